import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildDraft, type BulletinDeps } from '../../../shared/bulletin/use-cases.js';
import { canonicalJson } from '../../../shared/data/canonical.js';
import { DynamoDbCaseStore } from '../../../shared/housing/dynamodb-case-store.js';
import { MemoryCaseStore } from '../../../shared/housing/memory-case-store.js';
import { PROGRAMMES } from '../../../shared/housing/types.js';
import { fenToYuan } from '../../../shared/money.js';
import { TOWNSHIPS } from '../../../shared/reference/townships.js';
import { MemoryReportStore } from '../../../shared/reports/memory-report-store.js';
import { foldTownship } from '../../../shared/reports/progress.js';
import {
  policyFor,
  progressReportOf,
  runProgressReport,
  townshipFigures,
  type TownshipFigures,
} from '../../../shared/reports/progress-run.js';
import type { ReportFile } from '../../../shared/reports/ports.js';
import { dateArb, historyArb, writeHistory, type CaseScript } from '../../support/progress-histories.js';

/**
 * The progress report and the bulletin read one projection item per case (docs/reports.md, "How the report
 * reads the cases"). Whatever the history, they must say exactly what folding every event says.
 */

/** Three townships' random cases, written through the in-memory case store as the use cases write them. */
const townshipsArb = fc.tuple(historyArb(5), historyArb(5), historyArb(5));
const WHERE = ['zhonghe', 'chaihe', 'hexi'] as const;

async function storeWith(histories: CaseScript[][]): Promise<MemoryCaseStore> {
  const store = new MemoryCaseStore();
  for (const [i, scripts] of histories.entries()) await writeHistory(store, WHERE[i]!, scripts, WHERE[i]!);
  return store;
}

/** The reference: every township's whole history up to the cut-off, folded event by event. */
async function foldedTownships(store: MemoryCaseStore, asOf: string): Promise<TownshipFigures[]> {
  const policy = policyFor(asOf);
  const out: TownshipFigures[] = [];
  for (const t of TOWNSHIPS)
    out.push({
      code: t.code,
      name: t.name,
      figures: await foldTownship(store.historyUpTo(t.code, asOf), asOf, policy),
    });
  return out;
}

describe('the progress report from projections equals the report from a full fold', () => {
  it('for random histories and random cut-offs: the same JSON and the same tables (CSV and xlsx are built from them)', async () => {
    await fc.assert(
      fc.asyncProperty(townshipsArb, fc.array(dateArb, { minLength: 1, maxLength: 3 }), async (histories, cutOffs) => {
        const store = await storeWith(histories);
        for (const asOf of cutOffs) {
          const policy = policyFor(asOf);
          const fast = progressReportOf(asOf, policy, await townshipFigures(store, asOf, policy));
          const folded = progressReportOf(asOf, policy, await foldedTownships(store, asOf));
          expect(canonicalJson(fast.report)).toBe(canonicalJson(folded.report));
          expect(fast.tables).toEqual(folded.tables);
        }
      }),
      { numRuns: 60 },
    );
  });
});

/** 1st and 15th of the months around the plan (a bulletin's cut-offs). */
const cutOffArb = fc
  .record({ month: fc.integer({ min: 0, max: 15 }), day: fc.constantFrom('01', '15') })
  .map(({ month, day }) => {
    const y = 2019 + Math.floor(month / 12);
    return `${y}-${String((month % 12) + 1).padStart(2, '0')}-${day}`;
  });

function bulletinDeps(store: MemoryCaseStore): BulletinDeps {
  const written = new Map<string, ReportFile>();
  const states = new Map<string, { asOf: string; revisions: never[]; draft?: { prefix: string; builtAt: string } }>();
  return {
    cases: store,
    people: { getPerson: async () => ({ name: '张三' }) },
    store: {
      submissions: async () => [],
      state: async (asOf: string) => states.get(asOf),
      setDraft: async (asOf: string, draft: { prefix: string; builtAt: string }) => {
        states.set(asOf, { asOf, revisions: [], ...states.get(asOf), draft });
      },
    } as unknown as BulletinDeps['store'],
    files: {
      put: async (prefix, files) => {
        for (const f of files) written.set(`${prefix}${f.name}`, f);
      },
      readJson: async (prefix, name) => JSON.parse(String(written.get(`${prefix}${name}`)!.body)),
      link: async (prefix, name) => `memory://${prefix}${name}`,
    },
    now: () => new Date('2021-01-01T00:00:00Z'),
    newId: () => 'x',
  };
}

describe('the bulletin takes its figures from the same read as the progress report', () => {
  it('for random histories: every township row and the totals equal the progress report at the same cut-off', async () => {
    await fc.assert(
      fc.asyncProperty(townshipsArb, cutOffArb, async (histories, asOf) => {
        const store = await storeWith(histories);
        const reports = new MemoryReportStore();
        const report = await runProgressReport({ cases: store, reports }, asOf);
        const draft = await buildDraft(bulletinDeps(store), asOf);
        // And the progress report itself is the full fold's.
        const folded = progressReportOf(asOf, policyFor(asOf), await foldedTownships(store, asOf)).report;
        expect(canonicalJson({ ...report, revision: 0, unchanged: false })).toBe(
          canonicalJson({ ...folded, revision: 0, unchanged: false }),
        );
        for (const programme of PROGRAMMES) {
          const bulletin = draft.programmes.find((p) => p.programme === programme)!;
          const total = report.programmes.find((p) => p.programme === programme)!.totals;
          for (const row of bulletin.rows) {
            const f = report.townships.find((t) => t.township === row.township)![programme];
            expect({
              late: row.late,
              committed: row.committed,
              paid: row.paid,
              withPhotos: row.withPhotos,
              accepted: row.accepted,
            }).toEqual({
              late: f.late,
              committed: f.subsidyCommitted,
              paid: f.subsidyPaid,
              withPhotos: f.acceptedWithPhotos,
              accepted: f.accepted,
            });
          }
          expect(bulletin.totals.sales).toEqual(total.sales);
          expect(bulletin.totals.late).toBe(total.late);
          expect(bulletin.totals.committed).toBe(total.subsidyCommitted);
          expect(bulletin.totals.noHouseCommitted).toBe(total.noHouseSubsidyCommitted);
          expect(bulletin.lateCases).toHaveLength(total.late);
        }
      }),
      { numRuns: 15 },
    );
  });
});

describe('how the report reads the table', () => {
  it('one Query per township on its projection partition, all 16 in flight at once, pages followed; never a Scan', async () => {
    const calls: { name: string; input: Record<string, unknown> }[] = [];
    let inFlight = 0;
    let most = 0;
    const client = {
      send: async (command: { constructor: { name: string }; input: Record<string, unknown> }) => {
        calls.push({ name: command.constructor.name, input: command.input });
        inFlight += 1;
        most = Math.max(most, inFlight);
        await new Promise((r) => setTimeout(r, 20));
        inFlight -= 1;
        const pk = (command.input.ExpressionAttributeValues as Record<string, string>)[':pk'];
        // The first township answers in two pages: one case each (approved, 25,232.00 yuan committed).
        if (pk === `HPROGRESS#${TOWNSHIPS[0]!.code}`) {
          const item = (caseId: string) => ({
            gsi2sk: caseId,
            programme: 'R1',
            version: 2,
            events: JSON.stringify([
              ['2019-03-01', 1, 'applied', 'applied', { grade: 'D', subsidy: 2_523_200 }],
              ['2019-04-01', 2, 'approval', 'approved'],
            ]),
          });
          return command.input.ExclusiveStartKey
            ? { Items: [item('HC-2')] }
            : { Items: [item('HC-1')], LastEvaluatedKey: { pk: 'x' } };
        }
        return { Items: [] };
      },
    } as unknown as DynamoDBDocumentClient;
    const store = new DynamoDbCaseStore(client, 'zlt-test-main');
    const report = await runProgressReport({ cases: store, reports: new MemoryReportStore() }, '2019-06-30');

    expect(new Set(calls.map((c) => c.name))).toEqual(new Set(['QueryCommand']));
    expect(calls.every((c) => c.input.IndexName === 'gsi2' && c.input.KeyConditionExpression === 'gsi2pk = :pk')).toBe(
      true,
    );
    const partitions = calls.map((c) => (c.input.ExpressionAttributeValues as Record<string, string>)[':pk']);
    expect(new Set(partitions)).toEqual(new Set(TOWNSHIPS.map((t) => `HPROGRESS#${t.code}`)));
    expect(calls).toHaveLength(TOWNSHIPS.length + 1); // the first township's second page
    expect(most).toBe(TOWNSHIPS.length);
    // Two approved D cases of 25,232.00 yuan each.
    expect(report.programmes[0]!.totals.subsidyCommitted).toBe(fenToYuan(2 * 2_523_200));
    expect(report.programmes[0]!.totals.stages.approved).toBe(2);
  });
});
