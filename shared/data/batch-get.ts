import { BatchGetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { mapLimit } from './concurrency.js';

/** DynamoDB's most keys in one BatchGetItem. */
const BATCH_GET_KEYS = 100;

/**
 * The items stored under `keys` (absent ones are simply missing from the answer, in no particular order): BatchGet
 * requests of 100 keys, `inFlight` at once, and the keys DynamoDB leaves unprocessed (throttling, the 16 MB
 * answer limit) asked again with a growing pause until none is left.
 */
export async function batchGetItems(
  client: DynamoDBDocumentClient,
  table: string,
  keys: readonly Record<string, unknown>[],
  options: { consistent?: boolean; inFlight?: number } = {},
): Promise<Record<string, unknown>[]> {
  const chunks: Record<string, unknown>[][] = [];
  for (let i = 0; i < keys.length; i += BATCH_GET_KEYS) chunks.push(keys.slice(i, i + BATCH_GET_KEYS));
  const found: Record<string, unknown>[] = [];
  await mapLimit(chunks, options.inFlight ?? 4, async (chunk) => {
    let pending = chunk;
    for (let attempt = 0; pending.length > 0; attempt += 1) {
      if (attempt > 0) await new Promise((ok) => setTimeout(ok, Math.min(1000, 50 * 2 ** attempt)));
      const out = await client.send(
        new BatchGetCommand({
          RequestItems: { [table]: { Keys: pending, ...(options.consistent ? { ConsistentRead: true } : {}) } },
        }),
      );
      for (const item of out.Responses?.[table] ?? []) found.push(item);
      pending = (out.UnprocessedKeys?.[table]?.Keys as Record<string, unknown>[] | undefined) ?? [];
    }
  });
  return found;
}
