import { ConditionalCheckFailedException, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { mapLimit } from '../shared/data/concurrency.js';
import { queryItems } from '../shared/data/query.js';
import { progressUpdate } from '../shared/housing/dynamodb-case-store.js';
import type { CaseEvent, HousingCase, PhotoRecord } from '../shared/housing/types.js';
import { TOWNSHIPS } from '../shared/reference/townships.js';
import { caseProgress } from '../shared/reports/progress-projection.js';

/**
 * One-off backfill of the housing cases' progress projections (docs/deploy.md, "Progress projections"): a
 * stage deployed before them holds cases whose events were written without one, and the progress report and
 * the bulletin read only the projections. For each township, one Query lists its cases (gsi1
 * `HCASES#<township>`: no Scan); for each case one Query reads its file (case, events, photos, projection);
 * a case whose projection is missing or behind the case's version gets it written from the file:
 *   - conditioned on the stored projection still being missing or older than the file read, so a step
 *     recorded meanwhile (which wrote a newer projection in its own transaction) is never overwritten;
 *   - the photo marks are added, never replaced, so a verdict recorded meanwhile is kept.
 * A second run writes nothing. Safe while the stage is in use.
 *
 *   TABLE_NAME=zlt-prod-main npx tsx scripts/backfill-progress.ts
 */
export interface BackfillCount {
  /** Cases read. */
  cases: number;
  /** Projections written (missing, holding marks only, or behind). */
  written: number;
  /** Cases whose projection moved on while this ran (its own step wrote it): left alone. */
  movedOn: number;
}

type Item = Record<string, unknown>;
const CASES_IN_FLIGHT = 8;

export async function backfillProgress(
  client: DynamoDBDocumentClient,
  table: string,
  townships: readonly string[] = TOWNSHIPS.map((t) => t.code),
): Promise<BackfillCount> {
  const count: BackfillCount = { cases: 0, written: 0, movedOn: 0 };
  for (const township of townships) {
    const caseIds: string[] = [];
    for await (const item of queryItems(client, {
      TableName: table,
      IndexName: 'gsi1',
      KeyConditionExpression: 'gsi1pk = :pk',
      ExpressionAttributeValues: { ':pk': `HCASES#${township}` },
      ProjectionExpression: 'pk',
    }))
      caseIds.push(String(item.pk).slice('HCASE#'.length));
    await mapLimit(caseIds, CASES_IN_FLIGHT, async (caseId) => {
      const file: Item[] = [];
      for await (const item of queryItems(client, {
        TableName: table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `HCASE#${caseId}` },
        ConsistentRead: true,
      }))
        file.push(item);
      const head = file.find((i) => i.sk === 'CASE')?.case as HousingCase | undefined;
      if (!head) return;
      count.cases += 1;
      const stored = file.find((i) => i.sk === 'PROGRESS');
      if (typeof stored?.version === 'number' && stored.version >= head.version) return;
      const events = file.filter((i) => String(i.sk).startsWith('EVENT#')).map((i) => i.event as CaseEvent);
      const photos = file.filter((i) => String(i.sk).startsWith('PHOTO#')).map((i) => i.photo as PhotoRecord);
      const update = progressUpdate(table, head.township, caseProgress(caseId, head.programme, events, photos))
        .Update as NonNullable<ReturnType<typeof progressUpdate>['Update']>;
      try {
        await client.send(
          new UpdateCommand({
            ...update,
            Key: update.Key as Record<string, unknown>,
            ConditionExpression: 'attribute_not_exists(#version) OR #version < :version',
          } as ConstructorParameters<typeof UpdateCommand>[0]),
        );
        count.written += 1;
      } catch (error) {
        if (!(error instanceof ConditionalCheckFailedException)) throw error;
        count.movedOn += 1;
      }
    });
  }
  return count;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const table = process.env.TABLE_NAME;
  if (!table) {
    console.error('TABLE_NAME is required (the stage table, e.g. zlt-prod-main)');
    process.exit(2);
  }
  const client = DynamoDBDocumentClient.from(new DynamoDBClient({}));
  const done = await backfillProgress(client, table);
  console.log(JSON.stringify({ table, ...done }));
}
