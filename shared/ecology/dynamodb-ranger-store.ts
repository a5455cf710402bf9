import {
  BatchGetCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  type DynamoDBDocumentClient,
} from '@aws-sdk/lib-dynamodb';
import { queryItems } from '../data/query.js';
import { transactWrite, TransactionCancelledError } from '../data/transact.js';
import type { IncomeRecord } from './income.js';

/**
 * Ecology items (docs/data-model.md):
 *   RANGERQ#<township> / COUNT     posts filled (the quota is policy data; the condition compares with it)
 *   RANGERHH#<household> / LOCK    the household's one ranger
 *   RANGER#<personId> / POST       the post; gsi1: RANGERS#<township> / <personId>
 *   RANGERPAY#<yyyy-mm> / <personId>      the month's pay for a post (the pay ledger)
 *   INCOME#<programme> / <participantId>  an income-programme participant's record
 */
export interface RangerPost {
  personId: string;
  householdId: string;
  township: string;
  from: string;
  status: 'active' | 'released';
  releasedOn?: string;
  hiredBy: string;
}

export interface PayEntry {
  month: string;
  personId: string;
  householdId: string;
  township: string;
  amount: number;
  clause: string;
  runBy: string;
}

export type HireOutcome = 'hired' | 'quota-full' | 'household-has-ranger' | 'already-hired' | 'conflict';

export class DynamoDbRangerStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  async getPost(personId: string): Promise<RangerPost | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: { pk: `RANGER#${personId}`, sk: 'POST' }, ConsistentRead: true }),
    );
    return out.Item?.post as RangerPost | undefined;
  }

  /** Quota, household and post in one transaction: the quota can never be exceeded, whatever the concurrency. */
  async hire(post: RangerPost, quota: number): Promise<HireOutcome> {
    try {
      await transactWrite(this.client, [
        {
          Update: {
            TableName: this.table,
            Key: { pk: `RANGERQ#${post.township}`, sk: 'COUNT' },
            UpdateExpression: 'SET filled = if_not_exists(filled, :zero) + :one, entity = :e',
            ConditionExpression: 'attribute_not_exists(filled) OR filled < :quota',
            ExpressionAttributeValues: { ':zero': 0, ':one': 1, ':quota': quota, ':e': 'ranger-quota' },
          },
        },
        {
          Put: {
            TableName: this.table,
            Item: {
              pk: `RANGERHH#${post.householdId}`,
              sk: 'LOCK',
              entity: 'ranger-household',
              personId: post.personId,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.table,
            Item: {
              pk: `RANGER#${post.personId}`,
              sk: 'POST',
              entity: 'ranger',
              post,
              gsi1pk: `RANGERS#${post.township}`,
              gsi1sk: post.personId,
            },
            ConditionExpression: 'attribute_not_exists(pk) OR post.#s = :released',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':released': 'released' },
          },
        },
      ]);
      return 'hired';
    } catch (error) {
      if (!(error instanceof TransactionCancelledError)) throw error;
      if (error.failed(2)) return 'already-hired';
      if (error.failed(1)) return 'household-has-ranger';
      if (error.failed(0)) return 'quota-full';
      return 'conflict';
    }
  }

  /** Ends the post, frees the quota and the household, atomically. */
  async release(post: RangerPost, on: string): Promise<'released' | 'not-active' | 'conflict'> {
    try {
      await transactWrite(this.client, [
        {
          Update: {
            TableName: this.table,
            Key: { pk: `RANGER#${post.personId}`, sk: 'POST' },
            UpdateExpression: 'SET post.#s = :released, post.releasedOn = :on',
            ConditionExpression: 'post.#s = :active',
            ExpressionAttributeNames: { '#s': 'status' },
            ExpressionAttributeValues: { ':released': 'released', ':active': 'active', ':on': on },
          },
        },
        {
          Update: {
            TableName: this.table,
            Key: { pk: `RANGERQ#${post.township}`, sk: 'COUNT' },
            UpdateExpression: 'SET filled = filled - :one',
            ConditionExpression: 'filled > :zero',
            ExpressionAttributeValues: { ':one': 1, ':zero': 0 },
          },
        },
        {
          Delete: {
            TableName: this.table,
            Key: { pk: `RANGERHH#${post.householdId}`, sk: 'LOCK' },
            ConditionExpression: 'personId = :p',
            ExpressionAttributeValues: { ':p': post.personId },
          },
        },
      ]);
      return 'released';
    } catch (error) {
      if (!(error instanceof TransactionCancelledError)) throw error;
      return error.failed(0) ? 'not-active' : 'conflict';
    }
  }

  /** Filled posts per township: one BatchGet. */
  async filled(townships: readonly string[]): Promise<Map<string, number>> {
    const out = await this.client.send(
      new BatchGetCommand({
        RequestItems: {
          [this.table]: { Keys: townships.map((t) => ({ pk: `RANGERQ#${t}`, sk: 'COUNT' })), ConsistentRead: true },
        },
      }),
    );
    const map = new Map<string, number>();
    for (const item of out.Responses?.[this.table] ?? [])
      map.set(String(item.pk).slice('RANGERQ#'.length), item.filled as number);
    return map;
  }

  async posts(township: string): Promise<RangerPost[]> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :pk',
        ExpressionAttributeValues: { ':pk': `RANGERS#${township}` },
      }),
    );
    return (out.Items ?? []).map((i) => i.post as RangerPost);
  }

  /** One pay entry per post and month, written once: a rerun of the month pays nobody twice. */
  async payMonth(entry: PayEntry): Promise<boolean> {
    try {
      await this.client.send(
        new PutCommand({
          TableName: this.table,
          Item: { pk: `RANGERPAY#${entry.month}`, sk: entry.personId, entity: 'ranger-pay', entry },
          ConditionExpression: 'attribute_not_exists(pk)',
        }),
      );
      return true;
    } catch (error) {
      if ((error as Error).name === 'ConditionalCheckFailedException') return false;
      throw error;
    }
  }

  async payEntries(month: string): Promise<PayEntry[]> {
    const entries: PayEntry[] = [];
    for await (const item of queryItems(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `RANGERPAY#${month}` },
    })) {
      entries.push(item.entry as PayEntry);
    }
    return entries;
  }

  async putIncome(record: IncomeRecord, by: string): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: { pk: `INCOME#${record.programme}`, sk: record.participantId, entity: 'income-record', record, by },
      }),
    );
  }

  async income(programmes: readonly string[]): Promise<IncomeRecord[]> {
    const all: IncomeRecord[] = [];
    for (const p of programmes) {
      const items = queryItems(this.client, {
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `INCOME#${p}` },
      });
      for await (const item of items) all.push(item.record as IncomeRecord);
    }
    return all;
  }
}
