import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MAIN_TABLE } from '../shared/data/tables.js';
import { mapLimit } from '../shared/data/concurrency.js';
import { DynamoDbCaseStore } from '../shared/housing/dynamodb-case-store.js';
import type { CaseEvent, CaseStatus } from '../shared/housing/types.js';
import { TOWNSHIPS } from '../shared/reference/townships.js';
import { runProgressReport } from '../shared/reports/progress-run.js';
import type { S3ReportStore } from '../shared/reports/report-store.js';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import { createTables } from '../infra/local/provision.js';

/**
 * `npm run bench:progress` — 100,000 synthetic housing cases (CASES to change) written into a fresh
 * DynamoDB Local as the case-event items the report reads (gsi2, township by township), then the progress
 * report timed: seconds, read capacity consumed by its Queries, and the process's peak RSS. Figures only.
 */
const CASES = Number(process.env.CASES ?? 100_000);
const STEPS: [string, CaseStatus][] = [
  ['village-review', 'village-reviewed'],
  ['village-notice', 'village-noticed'],
  ['township-review', 'township-reviewed'],
  ['township-notice', 'township-noticed'],
  ['identity-check', 'identity-checked'],
  ['appraisal', 'appraised'],
  ['approval', 'approved'],
];

function eventsOf(i: number, township: string): Record<string, unknown>[] {
  const caseId = `HC-BENCH-${i}`;
  const steps = i % (STEPS.length + 1);
  const day = (n: number) => `2019-${String(1 + ((i + n) % 6)).padStart(2, '0')}-${String(1 + ((i * 7 + n) % 27)).padStart(2, '0')}`;
  const items: CaseEvent[] = [
    { caseId, seq: 1, type: 'applied', on: '2019-01-05', actor: { sub: 'bench', role: 'township', township }, data: { programme: i % 3 === 0 ? 'R2' : 'R1', grade: i % 2 ? 'D' : 'C', subsidy: 2_523_200 }, statusBefore: null, statusAfter: 'applied' },
  ];
  for (let s = 0; s < steps; s += 1) {
    const [type, status] = STEPS[s]!;
    items.push({ caseId, seq: s + 2, type: type as CaseEvent['type'], on: day(s), actor: { sub: 'bench', role: 'township', township }, data: {}, statusBefore: items.at(-1)!.statusAfter, statusAfter: status });
  }
  return items.map((e) => ({
    pk: `HCASE#${caseId}`,
    sk: `EVENT#${String(e.seq).padStart(6, '0')}`,
    entity: 'housing-event',
    event: e,
    programme: e.seq === 1 ? e.data.programme : i % 3 === 0 ? 'R2' : 'R1',
    gsi2pk: `HEVENTS#${township}`,
    gsi2sk: `${e.on}#${caseId}#E${String(e.seq).padStart(6, '0')}`,
  }));
}

async function main(): Promise<void> {
  const dynamo = await startDynamoDbLocal();
  try {
    const raw = new DynamoDBClient({ endpoint: dynamo.endpoint, region: 'cn-north-1', credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' } });
    const table = 'zlt-bench-main';
    await createTables(raw, [{ name: table, def: MAIN_TABLE }]);
    const doc = DynamoDBDocumentClient.from(raw);

    const t0 = performance.now();
    let written = 0;
    let batches: Record<string, unknown>[][] = [];
    let pending: Record<string, unknown>[] = [];
    for (let i = 0; i < CASES; i += 1) {
      for (const item of eventsOf(i, TOWNSHIPS[i % TOWNSHIPS.length]!.code)) {
        pending.push(item);
        if (pending.length === 25) {
          batches.push(pending);
          pending = [];
        }
      }
    }
    if (pending.length) batches.push(pending);
    await mapLimit(batches, 8, async (batch) => {
      let request: Record<string, unknown[]> | undefined = { [table]: batch.map((Item) => ({ PutRequest: { Item } })) };
      while (request && Object.keys(request).length) {
        const out = await doc.send(new BatchWriteCommand({ RequestItems: request as never }));
        request = out.UnprocessedItems as Record<string, unknown[]> | undefined;
      }
      written += batch.length;
    });
    const loadSeconds = (performance.now() - t0) / 1000;
    batches = []; // free the generated items so the baseline is the report's, not the loader's

    let consumed = 0;
    let queries = 0;
    const store = new DynamoDbCaseStore(doc, table);
    const deps = {
      cases: { historyUpTo: (t: string, asOf: string) => store.historyUpTo(t, asOf, (u) => ((consumed += u), (queries += 1))) },
      reports: { publish: async () => ({ prefix: '', revision: 1, unchanged: false, keys: {} }) } as unknown as S3ReportStore,
    };
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 200));
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t1 = performance.now();
    const report = await runProgressReport(deps as never, '2019-06-30');
    const seconds = (performance.now() - t1) / 1000;
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);

    const cases = report.programmes.reduce((s, p) => s + p.totals.cases, 0);
    console.log('figure                                   value');
    console.log(`cases in the report                      ${cases}`);
    console.log(`event items written (load time)          ${written} (${loadSeconds.toFixed(1)} s)`);
    console.log(`report time                              ${seconds.toFixed(2)} s`);
    console.log(`Query pages / read capacity consumed     ${queries} / ${consumed.toFixed(1)} RCU`);
    console.log(`peak RSS during the report (baseline)    ${(peak / 2 ** 20).toFixed(0)} MiB (${(baseline / 2 ** 20).toFixed(0)} MiB)`);
    console.log(`(node ${process.version}; DynamoDB Local in memory; files built but not uploaded)`);
  } finally {
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
