import {
  GetCommand,
  QueryCommand,
  type QueryCommandOutput,
  UpdateCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { caseChain } from '../audit/chains.js';
import { DynamoDbAuditTrail, type HeadReadAhead, knownHead } from '../audit/dynamodb-audit-trail.js';
import { SYSTEM_ACTOR, type AuditEntry } from '../audit/types.js';
import { TransactionCancelledError, type TransactItem } from '../data/transact.js';
import {
  caseProgress,
  decodeEvents,
  encodeEvents,
  photoMark,
  type CaseProgress,
} from '../reports/progress-projection.js';
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
 *   HCASE#<caseId> / PROGRESS        the case's progress projection (shared/reports/progress-projection.ts):
 *       `programme`, `version`, `events` (the events as the figures read them, one JSON string) and `photos`
 *       (a string set of `<kind>#<date>` marks of accepted uploads); rewritten in the same transaction as each
 *       event, its marks added in the same transaction as each accepted photo's verdict
 *       gsi2: HPROGRESS#<township> / <caseId>                        (progress report and bulletin: one item per case)
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

const progressKey = (caseId: string) => ({ pk: `HCASE#${caseId}`, sk: 'PROGRESS' });

/** The projection item as a whole (what the backfill's and the bench's loads write; the store updates it). */
export function progressItem(township: string, p: CaseProgress): Record<string, unknown> {
  return {
    ...progressKey(p.caseId),
    entity: 'housing-progress',
    gsi2pk: `HPROGRESS#${township}`,
    gsi2sk: p.caseId,
    programme: p.programme,
    version: p.version,
    events: encodeEvents(p.events),
    ...(p.photos.length ? { photos: new Set(p.photos) } : {}),
  };
}

/**
 * The projection's write: every attribute the events give is set whole (from the full history); the photo
 * marks are only ever added (a set union), so a verdict recorded at the same time is never lost.
 */
export function progressUpdate(table: string, township: string, p: CaseProgress): TransactItem {
  const item = progressItem(township, p);
  return {
    Update: {
      TableName: table,
      Key: progressKey(p.caseId),
      UpdateExpression: `SET entity = :entity, gsi2pk = :g, gsi2sk = :s, #programme = :programme, #version = :version, #events = :events${p.photos.length ? ' ADD #photos :photos' : ''}`,
      ExpressionAttributeNames: {
        '#programme': 'programme',
        '#version': 'version',
        '#events': 'events',
        ...(p.photos.length ? { '#photos': 'photos' } : {}),
      },
      ExpressionAttributeValues: {
        ':entity': item.entity,
        ':g': item.gsi2pk,
        ':s': item.gsi2sk,
        ':programme': item.programme,
        ':version': item.version,
        ':events': item.events,
        ...(p.photos.length ? { ':photos': item.photos } : {}),
      },
    },
  };
}

/** The audit record of a case event (docs/audit.md): the case's chain, the event's own actor. */
const eventAudit = (c: HousingCase, e: CaseEvent, items: Record<string, unknown>[]): AuditEntry => ({
  chain: caseChain(c.caseId),
  entity: 'case',
  entityId: c.caseId,
  action: `case.${e.type}`,
  actor: { sub: e.actor.sub, role: e.actor.role, ...(e.actor.township ? { township: e.actor.township } : {}) },
  at: new Date().toISOString(),
  items,
  summary: { seq: e.seq, on: e.on, status: e.statusAfter },
});

export class DynamoDbCaseStore implements CaseStore {
  private readonly audit: DynamoDbAuditTrail;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {
    this.audit = new DynamoDbAuditTrail(client, table);
  }

  /**
   * The case file in one Query (strongly consistent); `forWrite`: with the case's audit chain head read beside it,
   * for the step's transaction (`readAhead`), which saves that transaction a round trip of its own.
   */
  async load(caseId: string, options: { forWrite?: boolean } = {}): Promise<CaseFile | undefined> {
    const head = options.forWrite ? this.audit.head(caseChain(caseId)) : undefined;
    head?.catch(() => undefined);
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
    const caseItem = items.find((i) => i.sk === 'CASE');
    if (!caseItem) return undefined;
    return {
      case: caseItem.case as HousingCase,
      events: items.filter((i) => String(i.sk).startsWith('EVENT#')).map((i) => i.event as CaseEvent),
      photos: items.filter((i) => String(i.sk).startsWith('PHOTO#')).map((i) => i.photo as PhotoRecord),
      ...(head ? { readAhead: { chain: caseChain(caseId), head: await head } satisfies HeadReadAhead } : {}),
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
    const items = {
      case: caseItem(c),
      event: eventItem(c, first),
      latest: {
        pk: `HHCASES#${c.householdId}`,
        sk: 'LATEST',
        entity: 'household-cases',
        latest: c.caseId,
        count: (previous?.count ?? 0) + 1,
      },
    };
    try {
      // The progress projection is a read model derived from the events: written here, not hashed.
      await this.audit.transact(
        [
          { Put: { TableName: this.table, Item: items.case, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: this.table, Item: items.event, ConditionExpression: 'attribute_not_exists(pk)' } },
          progressUpdate(this.table, c.township, caseProgress(c.caseId, c.programme, [first])),
          {
            Put: {
              TableName: this.table,
              Item: items.latest,
              ConditionExpression: previous ? 'attribute_not_exists(pk) OR latest = :prev' : 'attribute_not_exists(pk)',
              ...(previous ? { ExpressionAttributeValues: { ':prev': previous.caseId } } : {}),
            },
          },
        ],
        eventAudit(c, first, [items.case, items.event, items.latest]),
      );
    } catch (error) {
      if (error instanceof TransactionCancelledError && (error.failed(0) || error.failed(3)))
        throw new CaseExistsError();
      if (error instanceof TransactionCancelledError) throw new CaseMovedError();
      throw error;
    }
  }

  /**
   * The next case, its event and its rewritten progress projection, only if nobody moved the case since
   * `expectedVersion` was read (so `prior` is the whole history before `event`).
   */
  async append(
    next: HousingCase,
    event: CaseEvent,
    expectedVersion: number,
    prior: Pick<CaseFile, 'events' | 'photos' | 'readAhead'>,
  ): Promise<void> {
    const progress = caseProgress(next.caseId, next.programme, [...prior.events, event], prior.photos);
    const items = { case: caseItem(next), event: eventItem(next, event) };
    try {
      // The trail retries a transaction cancelled by a concurrent one (TransactionConflict) itself.
      await this.audit.transact(
        [
          {
            Put: {
              TableName: this.table,
              Item: items.case,
              ConditionExpression: 'version = :v',
              ExpressionAttributeValues: { ':v': expectedVersion },
            },
          },
          { Put: { TableName: this.table, Item: items.event, ConditionExpression: 'attribute_not_exists(pk)' } },
          progressUpdate(this.table, next.township, progress),
        ],
        eventAudit(next, event, [items.case, items.event]),
        knownHead(prior.readAhead, caseChain(next.caseId)),
      );
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
    // The photo item holds exactly these attributes (putPhoto wrote pk, sk, entity and photo), so the verdict
    // is written whole, on the same condition, and its audit record carries the hash of the item as stored.
    const item = {
      pk: `HCASE#${photo.caseId}`,
      sk: `PHOTO#${photo.photoId}`,
      entity: 'housing-photo',
      photo,
      gsi2pk: `HEVENTS#${township}`,
      gsi2sk: `${photo.stepOn ?? photo.decidedOn}#${photo.caseId}#P${photo.photoId}`,
    };
    const mark = photoMark(photo);
    try {
      await this.audit.transact(
        [
          {
            Put: {
              TableName: this.table,
              Item: item,
              ConditionExpression: 'photo.#st = :pending',
              ExpressionAttributeNames: { '#st': 'status' },
              ExpressionAttributeValues: { ':pending': 'pending' },
            },
          },
          // An accepted upload's mark goes into the case's projection with the verdict (a projection not written
          // yet is created holding the mark only; the case's next event or the backfill completes it).
          ...(mark
            ? [
                {
                  Update: {
                    TableName: this.table,
                    Key: progressKey(photo.caseId),
                    UpdateExpression: 'ADD #photos :m',
                    ExpressionAttributeNames: { '#photos': 'photos' },
                    ExpressionAttributeValues: { ':m': new Set([mark]) },
                  },
                },
              ]
            : []),
        ],
        {
          chain: caseChain(photo.caseId),
          entity: 'photo',
          entityId: `${photo.caseId}/${photo.photoId}`,
          action: `photo.${photo.status}`,
          // The content check decides, on the storage event: no person is behind the verdict.
          actor: SYSTEM_ACTOR,
          at: new Date().toISOString(),
          items: [item],
          summary: { status: photo.status, ...(photo.decidedOn ? { decidedOn: photo.decidedOn } : {}) },
        },
      );
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelledError && error.failed(0)) return false;
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
   * Every case of a township as its progress projection, streamed page by page from gsi2 (one Query on
   * HPROGRESS#<township>; only the attributes the report reads).
   */
  async *progressOf(township: string, onConsumed?: (capacityUnits: number) => void): AsyncGenerator<CaseProgress> {
    const query = (start: Record<string, unknown> | undefined): Promise<QueryCommandOutput> =>
      this.client.send(
        new QueryCommand({
          TableName: this.table,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk',
          ExpressionAttributeValues: { ':pk': `HPROGRESS#${township}` },
          ProjectionExpression: 'gsi2sk, #programme, #version, #events, #photos',
          ExpressionAttributeNames: {
            '#programme': 'programme',
            '#version': 'version',
            '#events': 'events',
            '#photos': 'photos',
          },
          ExclusiveStartKey: start,
          ...(onConsumed ? { ReturnConsumedCapacity: 'TOTAL' as const } : {}),
        }),
      );
    // The next page is asked for before this one is handed on, so DynamoDB reads while the report folds
    // (one page ahead: memory stays at two pages per township).
    let next: Promise<QueryCommandOutput> | undefined = query(undefined);
    try {
      while (next) {
        const page: QueryCommandOutput = await next;
        next = page.LastEvaluatedKey ? query(page.LastEvaluatedKey) : undefined;
        if (onConsumed) onConsumed(page.ConsumedCapacity?.CapacityUnits ?? 0);
        for (const item of page.Items ?? []) {
          const photos = item.photos as Set<string> | undefined;
          yield {
            caseId: item.gsi2sk as string,
            programme: item.programme as Programme,
            version: item.version as number,
            events: decodeEvents(item.events as string),
            photos: photos ? [...photos].sort() : [],
          };
        }
      }
    } finally {
      // A reader that stops early (or fails) leaves the page asked for ahead unread: its failure is nobody's.
      next?.catch(() => undefined);
    }
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
