import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, ScanCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { ConditionalCheckFailedException } from '@aws-sdk/client-dynamodb';
import { mapLimit } from '../shared/data/concurrency.js';
import { personsShard } from '../shared/data/person-items.js';

/**
 * One-off migration of the index keys that are now split by township (docs/deploy.md, "Hot partitions at
 * province scale"):
 *   person        gsi2pk PERSONS               -> PERSONS#<township>
 *   student       gsi1pk STUDENTS              -> STUDENTS#<township>
 *   verification  gsi2pk VERIFIED#<semester>   -> VERIFIED#<semester>#<township>
 * Only the index partition key changes; the sort keys were already `<township>#<id>` or `<id>`. Each item is
 * updated on the condition that it still carries the old key, so a roster load running at the same time
 * (which writes the new key) is never overwritten, and a second run finds nothing to do.
 *
 *   TABLE_NAME=zlt-prod-main npx tsx scripts/migrate-shard-keys.ts
 */
export interface MigrationCount {
  persons: number;
  students: number;
  verifications: number;
}

type Item = Record<string, unknown>;

interface Move {
  kind: keyof MigrationCount;
  attribute: 'gsi1pk' | 'gsi2pk';
  from: string;
  to: string;
}

/** The move an item needs, if it still carries an unsplit key (pure: unit-tested through `migrateShardKeys`). */
export function moveFor(item: Item): Move | undefined {
  if (item.entity === 'person' && item.gsi2pk === 'PERSONS' && typeof item.township === 'string')
    return { kind: 'persons', attribute: 'gsi2pk', from: 'PERSONS', to: personsShard(item.township) };
  const student = item.student as { township?: unknown } | undefined;
  if (item.entity === 'student' && item.gsi1pk === 'STUDENTS' && typeof student?.township === 'string')
    return { kind: 'students', attribute: 'gsi1pk', from: 'STUDENTS', to: `STUDENTS#${student.township}` };
  if (
    item.entity === 'student-verification' &&
    typeof item.gsi2pk === 'string' &&
    /^VERIFIED#[^#]+$/.test(item.gsi2pk) &&
    typeof item.township === 'string'
  )
    return { kind: 'verifications', attribute: 'gsi2pk', from: item.gsi2pk, to: `${item.gsi2pk}#${item.township}` };
  return undefined;
}

/** Scans the table page by page and moves every item that still has an unsplit key. Returns what moved. */
export async function migrateShardKeys(client: DynamoDBDocumentClient, table: string): Promise<MigrationCount> {
  const count: MigrationCount = { persons: 0, students: 0, verifications: 0 };
  let start: Item | undefined;
  do {
    const page = await client.send(
      new ScanCommand({
        TableName: table,
        FilterExpression: 'gsi2pk = :persons OR gsi1pk = :students OR begins_with(gsi2pk, :verified)',
        ExpressionAttributeValues: { ':persons': 'PERSONS', ':students': 'STUDENTS', ':verified': 'VERIFIED#' },
        ...(start ? { ExclusiveStartKey: start } : {}),
      }),
    );
    const moves = (page.Items ?? []).flatMap((item) => {
      const move = moveFor(item);
      return move ? [{ item, move }] : [];
    });
    await mapLimit(moves, 8, async ({ item, move }) => {
      try {
        await client.send(
          new UpdateCommand({
            TableName: table,
            Key: { pk: item.pk, sk: item.sk },
            UpdateExpression: 'SET #k = :to',
            ConditionExpression: '#k = :from',
            ExpressionAttributeNames: { '#k': move.attribute },
            ExpressionAttributeValues: { ':from': move.from, ':to': move.to },
          }),
        );
        count[move.kind] += 1;
      } catch (error) {
        // Rewritten since the scan read it (a load wrote the new key): nothing left to move.
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
      }
    });
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = process.env.TABLE_NAME;
  if (!table) {
    console.error('TABLE_NAME is required (the stage table, e.g. zlt-prod-main)');
    process.exit(2);
  }
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  const moved = await migrateShardKeys(client, table);
  console.log(JSON.stringify({ table, moved }));
}
