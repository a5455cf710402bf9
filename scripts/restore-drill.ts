import { createHash } from 'node:crypto';
import { CreateTableCommand, DescribeTableCommand, type DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, type DynamoDBDocumentClient, ScanCommand } from '@aws-sdk/lib-dynamodb';
import type { TableDef } from '../shared/data/tables.js';

/**
 * The restore drill's mechanics, runnable against DynamoDB Local (tests/integration/operations) and
 * documented for AWS in docs/deploy.md "Backups and the restore drill". In AWS the export and the
 * restore are the service's own (`export-table-to-point-in-time` to S3, `restore-table-to-point-in-time`
 * or `import-table`); DynamoDB Local has neither, so here the export is a paged Scan and the restore a
 * CreateTable from the shared definition plus batched writes. The check is the same in both: the restored
 * table holds exactly the exported items (count and a digest over every item).
 */
export type Item = Record<string, unknown>;

/** Every item of a table, in pages (a consistent snapshot in AWS comes from PITR, not from a Scan). */
export async function exportTable(client: DynamoDBDocumentClient, table: string): Promise<Item[]> {
  const items: Item[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new ScanCommand({ TableName: table, ExclusiveStartKey: start }));
    items.push(...((page.Items ?? []) as Item[]));
    start = page.LastEvaluatedKey;
  } while (start);
  return items;
}

/** Order-independent digest of a set of items: SHA-256 over the sorted canonical JSON of each. */
export function digest(items: readonly Item[]): string {
  const canonical = (v: unknown): unknown =>
    Array.isArray(v)
      ? v.map(canonical)
      : v && typeof v === 'object' && !(v instanceof Uint8Array) && !(v instanceof Set)
        ? Object.fromEntries(
            Object.keys(v as Item)
              .sort()
              .map((k) => [k, canonical((v as Item)[k])]),
          )
        : v instanceof Set
          ? [...v].sort()
          : v;
  const lines = items.map((i) => JSON.stringify(canonical(i))).sort();
  const h = createHash('sha256');
  for (const l of lines) h.update(l).update('\n');
  return h.digest('hex');
}

/** Creates `target` with the shared table definition (keys and indexes) and waits until it is active. */
export async function createLike(raw: DynamoDBClient, def: TableDef, target: string): Promise<void> {
  const attrs = new Set([def.partitionKey, def.sortKey, ...def.indexes.flatMap((i) => [i.partitionKey, i.sortKey])]);
  await raw.send(
    new CreateTableCommand({
      TableName: target,
      BillingMode: 'PAY_PER_REQUEST',
      AttributeDefinitions: [...attrs].map((a) => ({ AttributeName: a, AttributeType: 'S' })),
      KeySchema: [
        { AttributeName: def.partitionKey, KeyType: 'HASH' },
        { AttributeName: def.sortKey, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: def.indexes.map((i) => ({
        IndexName: i.indexName,
        KeySchema: [
          { AttributeName: i.partitionKey, KeyType: 'HASH' },
          { AttributeName: i.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: 'ALL' },
      })),
    }),
  );
  for (let i = 0; i < 60; i += 1) {
    const d = await raw.send(new DescribeTableCommand({ TableName: target }));
    if (d.Table?.TableStatus === 'ACTIVE') return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${target} did not become active`);
}

/** Writes the exported items into the restored table, 25 at a time, retrying what DynamoDB hands back. */
export async function importItems(
  client: DynamoDBDocumentClient,
  target: string,
  items: readonly Item[],
): Promise<void> {
  for (let i = 0; i < items.length; i += 25) {
    let pending = items.slice(i, i + 25).map((Item) => ({ PutRequest: { Item } }));
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > 8) throw new Error('unprocessed items after retries');
      const out = await client.send(new BatchWriteCommand({ RequestItems: { [target]: pending } }));
      pending = (out.UnprocessedItems?.[target] ?? []) as typeof pending;
      if (pending.length) await new Promise((r) => setTimeout(r, 50 * 2 ** attempt));
    }
  }
}
