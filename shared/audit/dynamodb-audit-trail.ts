import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { byIndex, queryItems } from '../data/query.js';
import { TransactionCancelledError, transactWrite, type TransactItem } from '../data/transact.js';
import { DEFAULT_RETRY, type RetryOptions } from '../retry.js';
import { GENESIS, itemHash, recordHash } from './hash.js';
import { chainPk, entityPartition, HEAD_SHARDS, HEAD_SK, headShard, maskKeyPart, recordSk } from './keys.js';
import type { AuditedItem, AuditEntry, AuditRecord, ChainHead } from './types.js';

/**
 * The audit trail on the main table (docs/audit.md):
 *   AUDIT#<chain> / HEAD             the chain's head: last seq and hash; gsi1 AUDITHEADS#<00..15> / <chain>
 *   AUDIT#<chain> / REC#<seq:10>     one record; gsi2 AUDITOF#<entity>#<entityId> / <at>#<chain>#<seq>
 *
 * `transact` appends a record to the write's own TransactWriteItems: the record's Put is conditional on its
 * seq being new, and the head's Put on the head still being the one read. Two writers of one chain can
 * therefore never both link to the same previous record (no fork) and a record can never be lost: the
 * loser's whole transaction — the ledger write included — is cancelled, and it reads the head again and
 * retries with backoff. A failed condition on the ledger items themselves is the store's business: it is
 * rethrown untouched, as without the trail.
 */
/**
 * A chain head a writer read beside its own reads (a store's `readAhead`), for `transact`'s first attempt.
 * `knownHead` hands it over only for the chain being written.
 */
export interface HeadReadAhead {
  chain: string;
  head: ChainHead | undefined;
}

export const knownHead = (readAhead: unknown, chain: string): { head: ChainHead | undefined } | undefined => {
  const ahead = readAhead as HeadReadAhead | undefined;
  return ahead?.chain === chain ? { head: ahead.head } : undefined;
};

export class DynamoDbAuditTrail {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
    private readonly retry: RetryOptions = DEFAULT_RETRY,
  ) {}

  async head(chain: string): Promise<ChainHead | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: { pk: chainPk(chain), sk: HEAD_SK }, ConsistentRead: true }),
    );
    return out.Item ? toHead(out.Item) : undefined;
  }

  /** The record and head items `entry` adds after `head` (exported for the bench and the tests). */
  appendItems(entry: AuditEntry, head: ChainHead | undefined): { items: TransactItem[]; record: AuditRecord } {
    const seq = (head?.seq ?? 0) + 1;
    const body: Omit<AuditRecord, 'hash'> = {
      chain: entry.chain,
      seq,
      prevHash: head?.hash ?? GENESIS,
      entity: entry.entity,
      entityId: entry.entityId,
      action: entry.action,
      actor: entry.actor,
      at: entry.at,
      items: entry.items.map((i) => audited(i, entry.versioned === true)),
      ...(entry.summary ? { summary: entry.summary } : {}),
    };
    const record: AuditRecord = { ...body, hash: recordHash(body) };
    const pk = chainPk(entry.chain);
    return {
      record,
      items: [
        {
          Put: {
            TableName: this.table,
            Item: {
              pk,
              sk: recordSk(seq),
              kind: 'audit-record',
              ...record,
              gsi2pk: entityPartition(entry.entity, entry.entityId),
              gsi2sk: `${entry.at}#${entry.chain}#${recordSk(seq)}`,
            },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.table,
            Item: {
              pk,
              sk: HEAD_SK,
              kind: 'audit-head',
              chain: entry.chain,
              seq,
              hash: record.hash,
              at: entry.at,
              gsi1pk: headShard(entry.chain),
              gsi1sk: entry.chain,
            },
            ConditionExpression: head ? 'seq = :prev AND #h = :prevHash' : 'attribute_not_exists(pk)',
            ...(head
              ? {
                  ExpressionAttributeNames: { '#h': 'hash' },
                  ExpressionAttributeValues: { ':prev': head.seq, ':prevHash': head.hash },
                }
              : {}),
          },
        },
      ],
    };
  }

  /**
   * Runs `items` (at most 98: DynamoDB takes 100 per transaction) with `entry` appended in the same
   * transaction. Lost races on the chain are retried here; the ledger items' own failures are rethrown.
   * `known.head` is the chain's head as the caller already read it (beside its own reads, saving a round trip);
   * it is used for the first attempt only: if the chain moved since, that attempt is cancelled and the next
   * reads the head again.
   */
  async transact(
    items: TransactItem[],
    entry: AuditEntry,
    known?: { head: ChainHead | undefined },
  ): Promise<AuditRecord> {
    if (items.length > 98) throw new Error(`an audited transaction holds at most 98 items, got ${items.length}`);
    for (let n = 0; ; n += 1) {
      const head = n === 0 && known ? known.head : await this.head(entry.chain);
      const { items: auditItems, record } = this.appendItems(entry, head);
      try {
        await transactWrite(this.client, [...items, ...auditItems]);
        return record;
      } catch (error) {
        if (!(error instanceof TransactionCancelledError)) throw error;
        if (items.some((_, i) => error.failed(i)) || n + 1 >= this.retry.attempts) throw error;
        const ceiling = Math.min(this.retry.capMs, this.retry.baseMs * 2 ** Math.min(n, 10));
        await new Promise((r) => setTimeout(r, Math.random() * ceiling));
      }
    }
  }

  /** A chain's records in seq order. */
  async *records(chain: string): AsyncGenerator<AuditRecord> {
    for await (const item of queryItems(this.client, {
      TableName: this.table,
      KeyConditionExpression: 'pk = :pk AND begins_with(sk, :rec)',
      ExpressionAttributeValues: { ':pk': chainPk(chain), ':rec': 'REC#' },
      ConsistentRead: true,
    }))
      yield toRecord(item);
  }

  /** Every chain head: one Query per head shard, the shards read at the same time (the daily digest's wait). */
  async heads(): Promise<ChainHead[]> {
    const shards = await Promise.all(
      Array.from({ length: HEAD_SHARDS }, async (_, s) => {
        const heads: ChainHead[] = [];
        for await (const item of byIndex(this.client, this.table, 'gsi1', `AUDITHEADS#${String(s).padStart(2, '0')}`))
          heads.push(toHead(item));
        return heads;
      }),
    );
    return shards.flat().sort((a, b) => (a.chain < b.chain ? -1 : a.chain > b.chain ? 1 : 0));
  }

  /** The history of one claim, case, student, post…, oldest first. */
  async *recordsOf(entity: string, entityId: string): AsyncGenerator<AuditRecord> {
    for await (const item of byIndex(this.client, this.table, 'gsi2', entityPartition(entity, entityId)))
      yield toRecord(item);
  }

  /** The current item under a key (undefined: gone). */
  async item(pk: string, sk: string): Promise<Record<string, unknown> | undefined> {
    const out = await this.client.send(
      new GetCommand({ TableName: this.table, Key: { pk, sk }, ConsistentRead: true }),
    );
    return out.Item;
  }
}

function audited(item: AuditEntry['items'][number], versioned: boolean): AuditedItem {
  const pk = maskKeyPart(String(item.pk));
  const sk = maskKeyPart(String(item.sk));
  const hash = 'deleted' in item && item.deleted === true ? null : itemHash(item);
  if (!versioned) return { pk, sk, hash };
  const v = (item as Record<string, unknown>).version;
  if (typeof v !== 'number') throw new Error(`no version: ${pk}`);
  return { pk, sk, hash, v };
}

function toHead(item: Record<string, unknown>): ChainHead {
  return { chain: item.chain as string, seq: item.seq as number, hash: item.hash as string, at: item.at as string };
}

export function toRecord(item: Record<string, unknown>): AuditRecord {
  return {
    chain: item.chain as string,
    seq: item.seq as number,
    prevHash: item.prevHash as string,
    hash: item.hash as string,
    entity: item.entity as AuditRecord['entity'],
    entityId: item.entityId as string,
    action: item.action as string,
    actor: item.actor as AuditRecord['actor'],
    at: item.at as string,
    items: item.items as AuditedItem[],
    ...(item.summary ? { summary: item.summary as AuditRecord['summary'] } : {}),
  };
}
