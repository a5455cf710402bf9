import {
  CreateTableCommand,
  type DynamoDBClient,
  ListTablesCommand,
  type GlobalSecondaryIndex,
} from '@aws-sdk/client-dynamodb';
import type { TableDef } from '../../shared/data/tables.js';

/** Creates each table of the shared definition (same keys and indexes as the CDK stack) if missing. */
export async function createTables(
  client: DynamoDBClient,
  defs: readonly { name: string; def: TableDef }[],
): Promise<void> {
  const existing = new Set((await client.send(new ListTablesCommand({}))).TableNames ?? []);
  for (const { name, def } of defs) {
    if (existing.has(name)) continue;
    const attributes = new Set([
      def.partitionKey,
      def.sortKey,
      ...def.indexes.flatMap((i) => [i.partitionKey, i.sortKey]),
    ]);
    const indexes: GlobalSecondaryIndex[] = def.indexes.map((i) => ({
      IndexName: i.indexName,
      KeySchema: [
        { AttributeName: i.partitionKey, KeyType: 'HASH' },
        { AttributeName: i.sortKey, KeyType: 'RANGE' },
      ],
      Projection: { ProjectionType: 'ALL' },
    }));
    await client.send(
      new CreateTableCommand({
        TableName: name,
        BillingMode: 'PAY_PER_REQUEST',
        AttributeDefinitions: [...attributes].map((a) => ({ AttributeName: a, AttributeType: 'S' })),
        KeySchema: [
          { AttributeName: def.partitionKey, KeyType: 'HASH' },
          { AttributeName: def.sortKey, KeyType: 'RANGE' },
        ],
        ...(indexes.length ? { GlobalSecondaryIndexes: indexes } : {}),
      }),
    );
  }
}
