import { DeleteCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { backfillProgress } from '../../../scripts/backfill-progress.js';
import { DynamoDbCaseStore } from '../../../shared/housing/dynamodb-case-store.js';
import { HOUSING_2019 } from '../../../shared/housing/policy.js';
import { foldProjections, foldTownshipCases } from '../../../shared/reports/progress.js';
import { caseProgress, type CaseProgress } from '../../../shared/reports/progress-projection.js';
import { dynamo, tableName, uniqueSuffix } from '../../support/api.js';
import { dateArb, historyArb, writeHistory } from '../../support/progress-histories.js';

/**
 * A stage deployed before the progress projections holds cases without one (or, when a photo was judged
 * since the deploy, with the photo marks only). The backfill writes each from the case's file, never over a
 * newer one, and a second run writes nothing (docs/deploy.md, "Progress projections").
 */
const projections = async (store: DynamoDbCaseStore, township: string) => {
  const out: CaseProgress[] = [];
  for await (const p of store.progressOf(township)) out.push(p);
  return out;
};

describe('scripts/backfill-progress.ts on DynamoDB Local', () => {
  it('writes the missing and stub projections from each file, leaves up-to-date ones alone, and a rerun writes nothing', async () => {
    const store = new DynamoDbCaseStore(dynamo(), tableName());
    await fc.assert(
      fc.asyncProperty(historyArb(5), dateArb, async (scripts, asOf) => {
        const township = `backfill-${uniqueSuffix()}`;
        await writeHistory(store, township, scripts, uniqueSuffix());
        const written = await projections(store, township);
        expect(written).toHaveLength(scripts.length);
        // The stage before projections: every other projection gone; one left as a verdict's stub (marks only).
        const removed = written.filter((_, i) => i % 2 === 0);
        for (const [i, p] of removed.entries()) {
          await dynamo().send(
            new DeleteCommand({ TableName: tableName(), Key: { pk: `HCASE#${p.caseId}`, sk: 'PROGRESS' } }),
          );
          if (i === 0)
            await dynamo().send(
              new UpdateCommand({
                TableName: tableName(),
                Key: { pk: `HCASE#${p.caseId}`, sk: 'PROGRESS' },
                UpdateExpression: 'ADD photos :m',
                ExpressionAttributeValues: { ':m': new Set(['before#2018-11-11']) },
              }),
            );
        }
        expect(await projections(store, township)).toHaveLength(scripts.length - removed.length);

        expect(await backfillProgress(dynamo(), tableName(), [township])).toEqual({
          cases: scripts.length,
          written: removed.length,
          movedOn: 0,
        });
        const after = await projections(store, township);
        for (const p of after) {
          const file = (await store.load(p.caseId))!;
          const expected = caseProgress(p.caseId, file.case.programme, file.events, file.photos);
          // The stub's mark stays (marks are only ever added); otherwise exactly the file's projection.
          if (p.caseId === removed[0]!.caseId)
            expect(p).toEqual({ ...expected, photos: [...new Set([...expected.photos, 'before#2018-11-11'])].sort() });
          else expect(p).toEqual(expected);
        }
        if (removed[0]) {
          // The stub's extra mark aside, the figures equal the full fold.
          await dynamo().send(
            new UpdateCommand({
              TableName: tableName(),
              Key: { pk: `HCASE#${removed[0].caseId}`, sk: 'PROGRESS' },
              UpdateExpression: 'DELETE photos :m',
              ExpressionAttributeValues: { ':m': new Set(['before#2018-11-11']) },
            }),
          );
        }
        expect(await foldProjections(store.progressOf(township), asOf, HOUSING_2019)).toEqual(
          await foldTownshipCases(store.historyUpTo(township, asOf), asOf, HOUSING_2019),
        );
        expect(await backfillProgress(dynamo(), tableName(), [township])).toEqual({
          cases: scripts.length,
          written: 0,
          movedOn: 0,
        });
      }),
      { numRuns: 6 },
    );
  });
});
