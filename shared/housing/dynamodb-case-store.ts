import { GetCommand, QueryCommand, UpdateCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { transactWrite, TransactionCancelledError } from '../data/transact.js';
import {
  CaseExistsError,
  CaseMovedError,
  PhotoExistsError,
  type CaseFile,
  type CaseStore,
  type HistoryItem,
} from './ports.js';
import type { CaseEvent, CaseStatus, HousingCase, PhotoRecord, Programme } from './types.js';

/**
 * Housing items in the main table (docs/data-model.md):
 *   HCASE#<caseId> / CASE            the case, `version` = number of events (optimistic lock)
 *       gsi1: HCASES#<township> / <programme>#<status>#<caseId>      (lists by township, programme, status)
 *   HCASE#<caseId> / EVENT#<seq>     the append-only history
 *       gsi2: HEVENTS#<township> / <on>#<caseId>#E<seq>              (progress report: a township's events to a date)
 *   HCASE#<caseId> / PHOTO#<photoId> a photo: pending → accepted | rejected
 *       gsi2 (once decided): HEVENTS#<township> / <stepOn, else decidedOn>#<caseId>#P<photoId>
 *   HHCASES#<householdId> / LATEST   the household's latest case id and how many it has had (a new case
 *       only after the latest is closed; the pointer's condition stops two concurrent new cases)
 * One Query on HCASE#<caseId> reads the whole file: case, history and photos.
 */
const caseKey = (caseId: string) => ({ pk: `HCASE#${caseId}`, sk: 'CASE' });
const seqKey = (seq: number) => `EVENT#${String(seq).padStart(6, '0')}`;

const caseItem = (c: HousingCase) => ({
  ...caseKey(c.caseId),
  entity: 'housing-case',
  version: c.version,
  case: c,
  gsi1pk: `HCASES#${c.township}`,
  gsi1sk: `${c.programme}#${c.status}#${c.caseId}`,
});

const eventItem = (c: HousingCase, e: CaseEvent) => ({
  pk: `HCASE#${e.caseId}`,
  sk: seqKey(e.seq),
  entity: 'housing-event',
  event: e,
  programme: c.programme,
  gsi2pk: `HEVENTS#${c.township}`,
  gsi2sk: `${e.on}#${e.caseId}#E${String(e.seq).padStart(6, '0')}`,
});

export class DynamoDbCaseStore implements CaseStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** The case file in one Query (strongly consistent). */
  async load(caseId: string): Promise<CaseFile | undefined> {
    const items: Record<string, unknown>[] = [];
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          KeyConditionExpression: 'pk = :pk',
          ExpressionAttributeValues: { ':pk': `HCASE#${caseId}` },
          ConsistentRead: true,
          ExclusiveStartKey: start,
        }),
      );
      items.push(...(page.Items ?? []));
      start = page.LastEvaluatedKey;
    } while (start);
    const head = items.find((i) => i.sk === 'CASE');
    if (!head) return undefined;
    return {
      case: head.case as HousingCase,
      events: items.filter((i) => String(i.sk).startsWith('EVENT#')).map((i) => i.event as CaseEvent),
      photos: items.filter((i) => String(i.sk).startsWith('PHOTO#')).map((i) => i.photo as PhotoRecord),
    };
  }

  async getCase(caseId: string): Promise<HousingCase | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: caseKey(caseId), ConsistentRead: true }),
    );
    return out.Item?.case as HousingCase | undefined;
  }

  /** The household's latest case id and its number (1 for `HC-<household>`), if the household has a pointer. */
  async latestOf(householdId: string): Promise<{ caseId: string; count: number } | undefined> {
    const out = await this.client.send(
      new GetCommand({
        TableName: this.table,
        Key: { pk: `HHCASES#${householdId}`, sk: 'LATEST' },
        ConsistentRead: true,
      }),
    );
    return out.Item ? { caseId: out.Item.latest as string, count: out.Item.count as number } : undefined;
  }

  /**
   * A new case and its `applied` event, only if the case id is new and the household's latest case is still
   * `previous` (none for a first case), with the household pointer moved to it, atomically.
   */
  async create(c: HousingCase, first: CaseEvent, previous?: { caseId: string; count: number }): Promise<void> {
    try {
      await transactWrite(this.client, [
        { Put: { TableName: this.table, Item: caseItem(c), ConditionExpression: 'attribute_not_exists(pk)' } },
        { Put: { TableName: this.table, Item: eventItem(c, first), ConditionExpression: 'attribute_not_exists(pk)' } },
        {
          Put: {
            TableName: this.table,
            Item: {
              pk: `HHCASES#${c.householdId}`,
              sk: 'LATEST',
              entity: 'household-cases',
              latest: c.caseId,
              count: (previous?.count ?? 0) + 1,
            },
            ConditionExpression: previous ? 'attribute_not_exists(pk) OR latest = :prev' : 'attribute_not_exists(pk)',
            ...(previous ? { ExpressionAttributeValues: { ':prev': previous.caseId } } : {}),
          },
        },
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelledError && (error.failed(0) || error.failed(2)))
        throw new CaseExistsError();
      if (error instanceof TransactionCancelledError) throw new CaseMovedError();
      throw error;
    }
  }

  /** The next case and its event, only if nobody moved the case since `expectedVersion` was read. */
  async append(next: HousingCase, event: CaseEvent, expectedVersion: number): Promise<void> {
    try {
      await transactWrite(this.client, [
        {
          Put: {
            TableName: this.table,
            Item: caseItem(next),
            ConditionExpression: 'version = :v',
            ExpressionAttributeValues: { ':v': expectedVersion },
          },
        },
        {
          Put: { TableName: this.table, Item: eventItem(next, event), ConditionExpression: 'attribute_not_exists(pk)' },
        },
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelledError) throw new CaseMovedError();
      throw error;
    }
  }

  async putPhoto(photo: PhotoRecord): Promise<void> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: `HCASE#${photo.caseId}`, sk: `PHOTO#${photo.photoId}` },
          UpdateExpression: 'SET entity = :e, photo = :p',
          ConditionExpression: 'attribute_not_exists(pk)',
          ExpressionAttributeValues: { ':e': 'housing-photo', ':p': photo },
        }),
      );
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') throw new PhotoExistsError();
      throw error;
    }
  }

  async getPhoto(caseId: string, photoId: string): Promise<PhotoRecord | undefined> {
    const out = await this.client.send(
      new GetCommand({
        TableName: this.table,
        Key: { pk: `HCASE#${caseId}`, sk: `PHOTO#${photoId}` },
        ConsistentRead: true,
      }),
    );
    return out.Item?.photo as PhotoRecord | undefined;
  }

  /**
   * Records the content check's verdict once: only a pending photo changes (a redelivered storage event
   * finds it decided and changes nothing). Returns false when it was already decided.
   */
  async decidePhoto(photo: PhotoRecord, township: string): Promise<boolean> {
    try {
      await this.client.send(
        new UpdateCommand({
          TableName: this.table,
          Key: { pk: `HCASE#${photo.caseId}`, sk: `PHOTO#${photo.photoId}` },
          UpdateExpression: 'SET photo = :p, gsi2pk = :g, gsi2sk = :s',
          ConditionExpression: 'photo.#st = :pending',
          ExpressionAttributeNames: { '#st': 'status' },
          ExpressionAttributeValues: {
            ':p': photo,
            ':pending': 'pending',
            ':g': `HEVENTS#${township}`,
            ':s': `${photo.stepOn ?? photo.decidedOn}#${photo.caseId}#P${photo.photoId}`,
          },
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  /** One page of a township's cases, optionally of one programme and status (the caller seals the position). */
  async list(
    township: string,
    filter: { programme?: Programme; status?: CaseStatus },
    limit: number,
    startKey?: Record<string, unknown>,
  ): Promise<{ cases: HousingCase[]; lastKey?: Record<string, unknown> }> {
    const prefix = filter.programme ? `${filter.programme}#${filter.status ? `${filter.status}#` : ''}` : undefined;
    const page = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'gsi1',
        KeyConditionExpression: prefix ? 'gsi1pk = :pk AND begins_with(gsi1sk, :pre)' : 'gsi1pk = :pk',
        ...(filter.status && !filter.programme
          ? { FilterExpression: '#c.#s = :st', ExpressionAttributeNames: { '#c': 'case', '#s': 'status' } }
          : {}),
        ExpressionAttributeValues: {
          ':pk': `HCASES#${township}`,
          ...(prefix ? { ':pre': prefix } : {}),
          ...(filter.status && !filter.programme ? { ':st': filter.status } : {}),
        },
        Limit: limit,
        ...(startKey ? { ExclusiveStartKey: startKey } : {}),
      }),
    );
    return {
      cases: (page.Items ?? []).map((i) => i.case as HousingCase),
      ...(page.LastEvaluatedKey ? { lastKey: page.LastEvaluatedKey } : {}),
    };
  }

  /**
   * A township's history up to a cut-off date (inclusive), streamed page by page from gsi2: case events
   * and photo verdicts in date order. The progress report folds these; nothing dated later is read.
   */
  async *historyUpTo(
    township: string,
    asOf: string,
    onConsumed?: (capacityUnits: number) => void,
  ): AsyncGenerator<HistoryItem> {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await this.client.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk AND gsi2sk <= :to',
          ExpressionAttributeValues: { ':pk': `HEVENTS#${township}`, ':to': `${asOf}#~` },
          ExclusiveStartKey: start,
          ...(onConsumed ? { ReturnConsumedCapacity: 'TOTAL' as const } : {}),
        }),
      );
      if (onConsumed) onConsumed(page.ConsumedCapacity?.CapacityUnits ?? 0);
      for (const item of page.Items ?? []) {
        if (item.entity === 'housing-event')
          yield { kind: 'event', event: item.event as CaseEvent, programme: item.programme as Programme };
        else if (item.entity === 'housing-photo') yield { kind: 'photo', photo: item.photo as PhotoRecord };
      }
      start = page.LastEvaluatedKey;
    } while (start);
  }
}
