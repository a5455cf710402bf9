import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { MAIN_TABLE } from '../shared/data/tables.js';
import { mapLimit } from '../shared/data/concurrency.js';
import { DynamoDbCaseStore } from '../shared/housing/dynamodb-case-store.js';
import type { CaseEvent, CaseStatus } from '../shared/housing/types.js';
import { TOWNSHIPS } from '../shared/reference/townships.js';
import { runProgressReport, type ProgressDeps } from '../shared/reports/progress-run.js';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import { createTables } from '../infra/local/provision.js';

/**
 * `npm run bench:progress` — 100,000 synthetic housing cases (CASES to change) spread over the 16
 * townships, written into a fresh DynamoDB Local as the items the report reads (case events and decided
 * photos on gsi2), then the progress report for 2019-06-30 timed: seconds, the read capacity its Queries
 * consumed (ReturnConsumedCapacity through historyUpTo's onConsumed hook), and the process's peak RSS.
 * Case i walks the whole path up to step ⌊i/3⌋ mod 15 (applied … payment), one step every 9 days from an
 * application date in January–March, so at the cut-off cases sit at every stage and later events exist but
 * are never read. Every 20th case is returned once at the village review first. Figures only.
 */
const CASES = Number(process.env.CASES ?? 100_000);
const AS_OF = '2019-06-30';
/** Townships read at once (the report's default is 4). */
const IN_FLIGHT = process.env.IN_FLIGHT ? Number(process.env.IN_FLIGHT) : undefined;
const PATH: [CaseEvent['type'], CaseStatus][] = [
  ['village-review', 'village-reviewed'],
  ['village-notice', 'village-noticed'],
  ['township-review', 'township-reviewed'],
  ['township-notice', 'township-noticed'],
  ['identity-check', 'identity-checked'],
  ['appraisal', 'appraised'],
  ['approval', 'approved'],
  ['agreement', 'agreement-signed'],
  ['moved-out', 'moved-out'],
  ['construction-start', 'under-construction'],
  ['preliminary-acceptance', 'preliminary-accepted'],
  ['final-acceptance', 'final-accepted'],
  ['payment', 'paid'],
];

const day = (from: string, n: number) =>
  new Date(Date.parse(`${from}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

function itemsOf(i: number, township: string): Record<string, unknown>[] {
  const caseId = `HC-BENCH-${String(i).padStart(6, '0')}`;
  const programme = i % 3 === 0 ? 'R2' : 'R1';
  const grade = programme === 'R1' && i % 7 === 0 ? 'no-house' : i % 2 ? 'D' : 'C';
  const subsidy = grade === 'C' ? 1_500_000 : 2_523_200;
  const applied = day('2019-01-01', i % 90);
  const actor = { sub: 'bench', role: 'township' as const, township };
  const events: CaseEvent[] = [
    {
      caseId,
      seq: 1,
      type: 'applied',
      on: applied,
      actor,
      data: {
        programme,
        grade,
        mode: 'self-build',
        plannedArea: 50,
        attestations: {
          agriculturalRegistration: { by: '村委会', on: '2019-01-01' },
          livesInVillage: { by: '村委会', on: '2019-01-01' },
          housing: { by: '扶贫办', on: '2019-01-01' },
        },
        householdId: `HH-${caseId}`,
        householderId: '159998195001010000',
        township,
        village: '示例村',
        appliedOn: applied,
        policyId: 'housing-2019',
        subsidy,
      },
      statusBefore: null,
      statusAfter: 'applied',
    },
  ];
  const push = (type: CaseEvent['type'], statusAfter: CaseStatus, data: Record<string, unknown> = {}) =>
    events.push({
      caseId,
      seq: events.length + 1,
      type,
      on: day(applied, events.length * 9),
      actor,
      data,
      statusBefore: events.at(-1)!.statusAfter,
      statusAfter,
    });
  if (i % 20 === 0)
    push('village-review', 'returned', { passed: false, reason: '申请材料不全', returnedFrom: 'village-review' });
  const target = Math.floor(i / 3) % (PATH.length + 2);
  for (const [type, status] of PATH.slice(0, target)) {
    if (type === 'appraisal' && grade === 'no-house') continue;
    if (type === 'moved-out' && grade !== 'D') continue;
    push(
      type,
      status,
      type === 'appraisal'
        ? { grade, subsidy }
        : type === 'payment'
          ? { amount: subsidy, account: '6217000000000000001' }
          : {},
    );
  }
  const items: Record<string, unknown>[] = events.map((e) => ({
    pk: `HCASE#${caseId}`,
    sk: `EVENT#${String(e.seq).padStart(6, '0')}`,
    entity: 'housing-event',
    event: e,
    programme,
    gsi2pk: `HEVENTS#${township}`,
    gsi2sk: `${e.on}#${caseId}#E${String(e.seq).padStart(6, '0')}`,
  }));
  if (events.some((e) => e.type === 'preliminary-acceptance')) {
    const decidedOn = events.find((e) => e.type === 'preliminary-acceptance')!.on;
    for (const kind of ['before', 'after'] as const) {
      const photoId = `${caseId}-${kind}`;
      items.push({
        pk: `HCASE#${caseId}`,
        sk: `PHOTO#${photoId}`,
        entity: 'housing-photo',
        photo: {
          caseId,
          photoId,
          kind,
          contentType: 'image/jpeg',
          size: 200_000,
          status: 'accepted',
          requestedBy: actor,
          requestedAt: `${decidedOn}T02:00:00.000Z`,
          key: `housing/${caseId}/photos/${photoId}`,
          decidedOn,
        },
        gsi2pk: `HEVENTS#${township}`,
        gsi2sk: `${decidedOn}#${caseId}#P${photoId}`,
      });
    }
  }
  return items;
}

async function main(): Promise<void> {
  const dynamo = await startDynamoDbLocal();
  try {
    const raw = new DynamoDBClient({
      endpoint: dynamo.endpoint,
      region: 'cn-north-1',
      credentials: { accessKeyId: 'bench', secretAccessKey: 'bench' },
    });
    const table = 'zlt-bench-main';
    await createTables(raw, [{ name: table, def: MAIN_TABLE }]);
    const doc = DynamoDBDocumentClient.from(raw);

    const t0 = performance.now();
    let written = 0;
    let batches: Record<string, unknown>[][] = [];
    let pending: Record<string, unknown>[] = [];
    for (let i = 0; i < CASES; i += 1) {
      for (const item of itemsOf(i, TOWNSHIPS[i % TOWNSHIPS.length]!.code)) {
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
    let fileBytes = 0;
    const deps: ProgressDeps = {
      cases: {
        historyUpTo: (t: string, asOf: string) =>
          store.historyUpTo(t, asOf, (u) => {
            consumed += u;
            queries += 1;
          }),
      },
      // The files are built as in production; only the upload is left out.
      reports: {
        publish: async (_base, _id, _json, files) => {
          fileBytes = files.reduce((n, f) => n + Buffer.byteLength(f.body), 0);
          return { prefix: '', revision: 1, unchanged: false, keys: {} };
        },
        listIds: async () => [],
        latest: async () => undefined,
      },
    };
    (globalThis as { gc?: () => void }).gc?.();
    await new Promise((r) => setTimeout(r, 200));
    const baseline = process.memoryUsage().rss;
    let peak = baseline;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
    const t1 = performance.now();
    const cpu0 = process.cpuUsage();
    const report = await runProgressReport(deps, AS_OF, IN_FLIGHT ? { townshipsInFlight: IN_FLIGHT } : {});
    const seconds = (performance.now() - t1) / 1000;
    const cpu = process.cpuUsage(cpu0);
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().rss);

    const cases = report.programmes.reduce((s, p) => s + p.totals.cases, 0);
    console.log('figure                                   value');
    console.log(`cases in the report                      ${cases}`);
    console.log(`items written (events + photos; load)    ${written} (${loadSeconds.toFixed(1)} s)`);
    for (const p of report.programmes) {
      const t = p.totals;
      console.log(
        `${p.programme} cases by stage at the cut-off          ${Object.entries(t.stages)
          .filter(([, n]) => n > 0)
          .map(([s, n]) => `${s} ${n}`)
          .join(', ')}`,
      );
      console.log(
        `${p.programme} committed / paid / late / photos ok    ${t.subsidyCommitted} / ${t.subsidyPaid} yuan / ${t.late} / ${t.acceptedWithPhotos} of ${t.accepted}`,
      );
    }
    console.log(`report time (townships in flight)        ${seconds.toFixed(2)} s (${IN_FLIGHT ?? 'default 4'})`);
    console.log(
      `  of which this process's CPU            ${((cpu.user + cpu.system) / 1e6).toFixed(2)} s (the rest: waiting on DynamoDB Local)`,
    );
    console.log(`Query pages / read capacity consumed     ${queries} / ${consumed.toFixed(1)} RCU`);
    console.log(
      `peak RSS during the report (baseline)    ${(peak / 2 ** 20).toFixed(0)} MiB (${(baseline / 2 ** 20).toFixed(0)} MiB)`,
    );
    console.log(`report files (JSON + CSV + xlsx)         ${(fileBytes / 1024).toFixed(0)} KiB`);
    console.log(`(node ${process.version}; cut-off ${AS_OF}; DynamoDB Local in memory; files built but not uploaded)`);
  } finally {
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
