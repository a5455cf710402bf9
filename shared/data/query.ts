import { QueryCommand, type DynamoDBDocumentClient, type QueryCommandInput } from '@aws-sdk/lib-dynamodb';

/** Every item a Query matches, page by page (streamed: callers never hold more than a page). */
export async function* queryItems(
  client: DynamoDBDocumentClient,
  input: Omit<QueryCommandInput, 'ExclusiveStartKey'>,
): AsyncGenerator<Record<string, unknown>> {
  let start: Record<string, unknown> | undefined;
  do {
    const page = await client.send(new QueryCommand({ ...input, ...(start ? { ExclusiveStartKey: start } : {}) }));
    yield* page.Items ?? [];
    start = page.LastEvaluatedKey;
  } while (start);
}

/** A Query on one index partition, e.g. `byIndex(client, table, 'gsi1', 'PYEARS#2019')`. */
export function byIndex(
  client: DynamoDBDocumentClient,
  table: string,
  index: 'gsi1' | 'gsi2',
  partition: string,
): AsyncGenerator<Record<string, unknown>> {
  return queryItems(client, {
    TableName: table,
    IndexName: index,
    KeyConditionExpression: `${index}pk = :pk`,
    ExpressionAttributeValues: { ':pk': partition },
  });
}

/**
 * Every item of an index partition that is split by township (`<base>#<township>`): one Query per shard, in
 * the order given. With the shards in code order the items come out in the order one unsplit partition keyed
 * `<township>#<id>` gave (docs/data-model.md, "Sharded partitions").
 */
export async function* byShards(
  client: DynamoDBDocumentClient,
  table: string,
  index: 'gsi1' | 'gsi2',
  base: string,
  shards: readonly string[],
): AsyncGenerator<Record<string, unknown>> {
  for (const shard of shards) yield* byIndex(client, table, index, `${base}#${shard}`);
}
