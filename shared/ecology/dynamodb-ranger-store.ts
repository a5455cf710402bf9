import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { batchGetItems } from '../data/batch-get.js';
import { queryItems } from '../data/query.js';
import { postChain } from '../audit/chains.js';
import { DynamoDbAuditTrail } from '../audit/dynamodb-audit-trail.js';
import { SYSTEM_ACTOR, type Actor } from '../audit/types.js';
import { TransactionCancelledError } from '../data/transact.js';
import { addDays, type IsoDate, monthOf } from '../dates.js';
import type { IncomeRecord } from './income.js';
import type { Tenure } from './rangers.js';
import type { HireOutcome, PayEntry, PostSlot, RangerPost, RangerStore } from './ports.js';

/**
 * Ecology items (docs/data-model.md):
 *   RANGERQ#<township> / COUNT     posts filled (the quota is policy data; the condition compares with it)
 *   RANGERHH#<household> / LOCK    the household's one ranger
 *   RANGER#<personId> / POST       the post; gsi1: RANGERS#<township> / <personId>
 *   RANGERSLOT#<township> / <postNo>      a numbered post: its holder, or the day it is free from
 *   RANGERTENURE#<township> / <postNo>#<from>#<personId>  who held which post from when to when
 *   RANGERPAY#<yyyy-mm> / <township>#<postNo>  the month's pay for a post (the pay ledger, once per post-month)
 *   INCOME#<programme> / <participantId>  an income-programme participant's record
 */
const pad = (n: number) => String(n).padStart(3, '0');
/** '2019-12' → '2020-01'. */
const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};
const tenureSk = (t: Pick<RangerPost, 'postNo' | 'from' | 'personId'>) => `${pad(t.postNo)}#${t.from}#${t.personId}`;

const postItemOf = (post: RangerPost) => ({
  pk: `RANGER#${post.personId}`,
  sk: 'POST',
  entity: 'ranger',
  post,
  gsi1pk: `RANGERS#${post.township}`,
  gsi1sk: post.personId,
});

const tenureItemOf = (post: RangerPost) => ({
  pk: `RANGERTENURE#${post.township}`,
  sk: tenureSk(post),
  entity: 'ranger-tenure',
  tenure: {
    township: post.township,
    postNo: post.postNo,
    personId: post.personId,
    householdId: post.householdId,
    village: post.village,
    from: post.from,
  } as Tenure,
});

/** A post's audit record (docs/audit.md): the post's own chain, named by township and post number. */
const postAudit = (p: { township: string; postNo: number }, action: string, actor: Actor) => ({
  chain: postChain(p.township, p.postNo),
  entity: 'post' as const,
  entityId: `${p.township}/${p.postNo}`,
  action,
  actor,
  at: new Date().toISOString(),
});

export class DynamoDbRangerStore implements RangerStore {
  private readonly audit: DynamoDbAuditTrail;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {
    this.audit = new DynamoDbAuditTrail(client, table);
  }

  async getPost(personId: string): Promise<RangerPost | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: { pk: `RANGER#${personId}`, sk: 'POST' }, ConsistentRead: true }),
    );
    return out.Item?.post as RangerPost | undefined;
  }

  /** Quota, household and post in one transaction: the quota can never be exceeded, whatever the concurrency. */
  async hire(post: RangerPost, quota: number, actor: Actor = SYSTEM_ACTOR): Promise<HireOutcome> {
    const lock = {
      pk: `RANGERHH#${post.householdId}`,
      sk: 'LOCK',
      entity: 'ranger-household',
      personId: post.personId,
    };
    const postItem = postItemOf(post);
    const tenure = tenureItemOf(post);
    try {
      await this.audit.transact(
        [
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
            Put: { TableName: this.table, Item: lock, ConditionExpression: 'attribute_not_exists(pk)' },
          },
          {
            Put: {
              TableName: this.table,
              Item: postItem,
              ConditionExpression: 'attribute_not_exists(pk) OR post.#s = :released',
              ExpressionAttributeNames: { '#s': 'status' },
              ExpressionAttributeValues: { ':released': 'released' },
            },
          },
          {
            Update: {
              TableName: this.table,
              Key: { pk: `RANGERSLOT#${post.township}`, sk: pad(post.postNo) },
              UpdateExpression: 'SET holder = :p, heldFrom = :from, postNo = :n, entity = :e',
              ConditionExpression:
                'attribute_not_exists(holder) AND (attribute_not_exists(freeFrom) OR freeFrom <= :from)',
              ExpressionAttributeValues: {
                ':p': post.personId,
                ':from': post.from,
                ':n': post.postNo,
                ':e': 'ranger-slot',
              },
            },
          },
          { Put: { TableName: this.table, Item: tenure } },
        ],
        {
          ...postAudit(post, 'ranger.hired', actor),
          // The quota count and the slot are coordination counters that follow from the posts: not hashed.
          items: [lock, postItem, tenure],
        },
      );
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
  async release(
    post: RangerPost,
    on: string,
    actor: Actor = SYSTEM_ACTOR,
  ): Promise<'released' | 'not-active' | 'conflict'> {
    // The post and the tenure are written whole (the post as read, released; the tenure as hired, with its
    // last day), on the same conditions the updates had, so the audit record hashes them as stored.
    const released = postItemOf({ ...post, status: 'released', releasedOn: on });
    const tenure = { ...tenureItemOf(post), tenure: { ...tenureItemOf(post).tenure, until: on } };
    const lockKey = { pk: `RANGERHH#${post.householdId}`, sk: 'LOCK' };
    try {
      await this.audit.transact(
        [
          {
            Put: {
              TableName: this.table,
              Item: released,
              ConditionExpression: 'post.#s = :active',
              ExpressionAttributeNames: { '#s': 'status' },
              ExpressionAttributeValues: { ':active': 'active' },
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
              Key: lockKey,
              ConditionExpression: 'personId = :p',
              ExpressionAttributeValues: { ':p': post.personId },
            },
          },
          {
            Update: {
              TableName: this.table,
              Key: { pk: `RANGERSLOT#${post.township}`, sk: pad(post.postNo) },
              UpdateExpression: 'REMOVE holder, heldFrom SET freeFrom = :next',
              ConditionExpression: 'holder = :p',
              ExpressionAttributeValues: { ':p': post.personId, ':next': addDays(on, 1) },
            },
          },
          { Put: { TableName: this.table, Item: tenure, ConditionExpression: 'attribute_exists(pk)' } },
        ],
        { ...postAudit(post, 'ranger.released', actor), items: [released, { ...lockKey, deleted: true }, tenure] },
      );
      return 'released';
    } catch (error) {
      if (!(error instanceof TransactionCancelledError)) throw error;
      return error.failed(0) ? 'not-active' : 'conflict';
    }
  }

  /** Filled posts per township: one BatchGet. */
  async filled(townships: readonly string[]): Promise<Map<string, number>> {
    const items = await batchGetItems(
      this.client,
      this.table,
      townships.map((t) => ({ pk: `RANGERQ#${t}`, sk: 'COUNT' })),
      { consistent: true },
    );
    const map = new Map<string, number>();
    for (const item of items) map.set(String(item.pk).slice('RANGERQ#'.length), item.filled as number);
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

  /** The numbered posts of a township that were ever held (free ones carry the day they are free from). */
  async slots(township: string): Promise<PostSlot[]> {
    const slots: PostSlot[] = [];
    for await (const item of queryItems(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `RANGERSLOT#${township}` },
      ConsistentRead: true,
    })) {
      slots.push({
        postNo: item.postNo as number,
        ...(item.holder ? { holder: item.holder as string } : {}),
        ...(item.freeFrom ? { freeFrom: item.freeFrom as string } : {}),
      });
    }
    return slots;
  }

  /** Every holding of the township's posts (one Query). */
  async tenures(township: string): Promise<Tenure[]> {
    const tenures: Tenure[] = [];
    for await (const item of queryItems(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': `RANGERTENURE#${township}` },
      ConsistentRead: true,
    })) {
      tenures.push(item.tenure as Tenure);
    }
    return tenures;
  }

  /** One pay entry per post and month, written once: a rerun of the month pays no post-month twice. */
  async payMonth(entry: PayEntry, actor: Actor = SYSTEM_ACTOR): Promise<boolean> {
    const item = {
      pk: `RANGERPAY#${entry.month}`,
      sk: `${entry.township}#${pad(entry.postNo)}`,
      entity: 'ranger-pay',
      entry,
    };
    try {
      await this.audit.transact(
        [{ Put: { TableName: this.table, Item: item, ConditionExpression: 'attribute_not_exists(pk)' } }],
        {
          ...postAudit(entry, 'ranger.paid', actor),
          items: [item],
          summary: { month: entry.month, days: entry.days, amount: entry.amount },
        },
      );
      return true;
    } catch (error) {
      if (error instanceof TransactionCancelledError && error.failed(0)) return false;
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

  /**
   * What the pay ledger paid one person (the household file, R1 九.(五)): the months of each of the person's
   * holdings in the township, up to `through`, read by key, keeping the entries paid to this person (a post
   * changing hands mid-month pays its holder of record). Two round trips: the township's tenures, then
   * BatchGets of at most 100 post-months (unprocessed keys retried).
   */
  async payOf(personId: string, township: string, through: IsoDate): Promise<PayEntry[]> {
    const keys = new Map<string, { pk: string; sk: string }>();
    for (const t of (await this.tenures(township)).filter((x) => x.personId === personId)) {
      const last = monthOf(t.until !== undefined && t.until < through ? t.until : through);
      for (let m = monthOf(t.from); m <= last; m = nextMonth(m))
        keys.set(`${m}#${t.postNo}`, { pk: `RANGERPAY#${m}`, sk: `${township}#${pad(t.postNo)}` });
    }
    const items = await batchGetItems(this.client, this.table, [...keys.values()], { consistent: true, inFlight: 1 });
    const entries = items.map((item) => item.entry as PayEntry);
    return entries.filter((e) => e.personId === personId).sort((a, b) => a.month.localeCompare(b.month));
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
