import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchWriteCommand, DynamoDBDocumentClient, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { MAIN_TABLE } from '../shared/data/tables.js';
import { mapLimit } from '../shared/data/concurrency.js';
import { DynamoDbCaseStore, progressItem } from '../shared/housing/dynamodb-case-store.js';
import type { CaseEvent, CaseStatus, PhotoRecord } from '../shared/housing/types.js';
import { TOWNSHIPS } from '../shared/reference/townships.js';
import { canonicalJson } from '../shared/data/canonical.js';
import { foldTownship } from '../shared/reports/progress.js';
import { caseProgress } from '../shared/reports/progress-projection.js';
import {
  policyFor,
  progressReportOf,
  runProgressReport,
  type ProgressDeps,
  type TownshipFigures,
} from '../shared/reports/progress-run.js';
import { startDynamoDbLocal } from '../infra/local/dynamodb-local.js';
import { createTables } from '../infra/local/provision.js';

/**
 * `npm run bench:progress` — 100,000 synthetic housing cases (CASES to change, e.g. CASES=10000 for a quick
 * run) spread over the 16 townships, written into a fresh DynamoDB Local as the progress projections the
 * store keeps (one item per case, built by the store's own caseProgress/progressItem from each case's events
 * and photos), then the progress report timed for the current cut-off and for a past one: seconds, the
 * Queries and read capacity consumed (ReturnConsumedCapacity through progressOf's onConsumed hook), and the
 * process's peak RSS. Case i walks the whole path up to step ⌊i/3⌋ mod 15 (applied … payment), one step
 * every 9 days from an application date in January–March; every 20th case is returned once first; the two
 * photos of a preliminary acceptance are accepted.
 *
 * FOLD=1 also writes every event and photo (450,000 + 100,000 items for 100,000 cases: slow to load) and
 * times the former way — folding every event of the history on gsi2 — for the past cut-off, and checks the
 * two reports are the same, figure for figure.
 *
 * The last lines are `RESULT <name> <value> <unit>` (bench/run-all.ts collects them): `progress_100k_s`,
 * `progress_100k_past_s`, `progress_peak_rss_mib` (`100k` is the size: CASES=10000 prints `progress_10k_s`).
 */
const CASES = Number(process.env.CASES ?? 100_000);
const FOLD = process.env.FOLD === '1';
/** After every event of the generated history: the state the 1st/15th report sees late in the year. */
const CURRENT = '2019-12-31';
/** Mid-way: cases at every stage, later events present but not counted. */
const PAST = '2019-06-30';
/** Townships read at once (the report's default: all 16). */
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

function itemsOf(
  i: number,
  township: string,
): { history: Record<string, unknown>[]; progress: Record<string, unknown> } {
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
  const photos: PhotoRecord[] = [];
  if (events.some((e) => e.type === 'preliminary-acceptance')) {
    const decidedOn = events.find((e) => e.type === 'preliminary-acceptance')!.on;
    for (const kind of ['before', 'after'] as const) {
      const photoId = `${caseId}-${kind}`;
      const photo: PhotoRecord = {
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
      };
      photos.push(photo);
      items.push({
        pk: `HCASE#${caseId}`,
        sk: `PHOTO#${photoId}`,
        entity: 'housing-photo',
        photo,
        gsi2pk: `HEVENTS#${township}`,
        gsi2sk: `${decidedOn}#${caseId}#P${photoId}`,
      });
    }
  }
  return { history: items, progress: progressItem(township, caseProgress(caseId, programme, events, photos)) };
}

type Doc = DynamoDBDocumentClient;

/** Writes items 25 at a time, 8 batches in flight, until DynamoDB Local took every one. */
async function load(doc: Doc, table: string, items: Iterable<Record<string, unknown>>): Promise<number> {
  let batches: Record<string, unknown>[][] = [];
  let pending: Record<string, unknown>[] = [];
  for (const item of items) {
    pending.push(item);
    if (pending.length === 25) {
      batches.push(pending);
      pending = [];
    }
  }
  if (pending.length) batches.push(pending);
  let written = 0;
  await mapLimit(batches, 8, async (batch) => {
    let request: Record<string, unknown[]> | undefined = { [table]: batch.map((Item) => ({ PutRequest: { Item } })) };
    while (request && Object.keys(request).length) {
      const out = await doc.send(new BatchWriteCommand({ RequestItems: request as never }));
      request = out.UnprocessedItems as Record<string, unknown[]> | undefined;
    }
    written += batch.length;
  });
  batches = [];
  return written;
}

interface Timed {
  seconds: number;
  cpu: number;
  queries: number;
  consumed: number;
  peakMiB: number;
  baselineMiB: number;
  fileKiB: number;
  report: Awaited<ReturnType<typeof runProgressReport>>;
}

/** One report run, timed, with the Queries it issued, the capacity they consumed and the peak RSS. */
async function timedReport(store: DynamoDbCaseStore, asOf: string): Promise<Timed> {
  let consumed = 0;
  let queries = 0;
  let fileBytes = 0;
  const deps: ProgressDeps = {
    cases: {
      progressOf: (t: string) =>
        store.progressOf(t, (u) => {
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
  const report = await runProgressReport(deps, asOf, IN_FLIGHT ? { townshipsInFlight: IN_FLIGHT } : {});
  const seconds = (performance.now() - t1) / 1000;
  const cpu = process.cpuUsage(cpu0);
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  return {
    seconds,
    cpu: (cpu.user + cpu.system) / 1e6,
    queries,
    consumed,
    peakMiB: peak / 2 ** 20,
    baselineMiB: baseline / 2 ** 20,
    fileKiB: fileBytes / 1024,
    report,
  };
}

/**
 * The floor: the report's own Queries (16 townships at once, every page, the same projection), with nothing
 * decoded or folded — what DynamoDB Local alone takes to hand over the items, so the report's share is known.
 */
async function readsAlone(doc: Doc, table: string): Promise<{ seconds: number; cpu: number; items: number }> {
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  let items = 0;
  await mapLimit(TOWNSHIPS, TOWNSHIPS.length, async (t) => {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await doc.send(
        new QueryCommand({
          TableName: table,
          IndexName: 'gsi2',
          KeyConditionExpression: 'gsi2pk = :pk',
          ExpressionAttributeValues: { ':pk': `HPROGRESS#${t.code}` },
          ProjectionExpression: 'gsi2sk, #programme, #version, #events, #photos',
          ExpressionAttributeNames: {
            '#programme': 'programme',
            '#version': 'version',
            '#events': 'events',
            '#photos': 'photos',
          },
          ExclusiveStartKey: start,
        }),
      );
      items += page.Items?.length ?? 0;
      start = page.LastEvaluatedKey;
    } while (start);
  });
  const cpu = process.cpuUsage(cpu0);
  return { seconds: (performance.now() - t0) / 1000, cpu: (cpu.user + cpu.system) / 1e6, items };
}

/** The former way, for FOLD=1: every township's events and photos up to the cut-off folded (4 townships at once). */
async function foldedReport(store: DynamoDbCaseStore, asOf: string) {
  (globalThis as { gc?: () => void }).gc?.();
  const baseline = process.memoryUsage().rss;
  let peak = baseline;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
  const t0 = performance.now();
  const policy = policyFor(asOf);
  const perTownship: TownshipFigures[] = await mapLimit(TOWNSHIPS, 4, async (t) => ({
    code: t.code,
    name: t.name,
    figures: await foldTownship(store.historyUpTo(t.code, asOf), asOf, policy),
  }));
  const { report } = progressReportOf(asOf, policy, perTownship);
  const seconds = (performance.now() - t0) / 1000;
  clearInterval(sampler);
  return { seconds, peakMiB: Math.max(peak, process.memoryUsage().rss) / 2 ** 20, report };
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
    function* generated(part: 'progress' | 'history') {
      for (let i = 0; i < CASES; i += 1) {
        const { history, progress } = itemsOf(i, TOWNSHIPS[i % TOWNSHIPS.length]!.code);
        if (part === 'progress') yield progress;
        else yield* history;
      }
    }
    const projections = await load(doc, table, generated('progress'));
    const loadSeconds = (performance.now() - t0) / 1000;
    const store = new DynamoDbCaseStore(doc, table);

    // Warm-up: the report's code and the workbook library loaded once, over no cases (as a warm Lambda is).
    await runProgressReport(
      {
        cases: { progressOf: async function* () {} },
        reports: {
          publish: async () => ({ prefix: '', revision: 1, unchanged: false, keys: {} }),
          listIds: async () => [],
          latest: async () => undefined,
        },
      },
      CURRENT,
    );
    const current = await timedReport(store, CURRENT);
    const past = await timedReport(store, PAST);
    const floor = await readsAlone(doc, table);

    let fold: Awaited<ReturnType<typeof foldedReport>> | undefined;
    let historyItems = 0;
    if (FOLD) {
      historyItems = await load(doc, table, generated('history'));
      fold = await foldedReport(store, PAST);
    }

    const kib = (n: number) => `${n.toFixed(0)} KiB`;
    console.log(
      `progress report over ${CASES} cases (node ${process.version}; DynamoDB Local in memory; files built, not uploaded)`,
    );
    console.log(`projection items loaded                  ${projections} (${loadSeconds.toFixed(1)} s)`);
    console.log('');
    console.log('cut-off       seconds  CPU s   Queries  read units  peak RSS (baseline) MiB  files');
    for (const [asOf, t] of [
      [CURRENT, current],
      [PAST, past],
    ] as const) {
      console.log(
        `${asOf}    ${t.seconds.toFixed(2).padStart(6)}  ${t.cpu.toFixed(2).padStart(5)}  ${String(t.queries).padStart(7)}  ${t.consumed.toFixed(1).padStart(10)}  ${t.peakMiB.toFixed(0).padStart(8)} (${t.baselineMiB.toFixed(0)})${' '.repeat(12)}${kib(t.fileKiB)}`,
      );
    }
    console.log(
      `reads alone  ${floor.seconds.toFixed(2).padStart(6)}  ${floor.cpu.toFixed(2).padStart(5)}       16  (the same Queries, ${floor.items} items, nothing decoded or folded)`,
    );
    console.log('');
    for (const [asOf, t] of [
      [CURRENT, current],
      [PAST, past],
    ] as const) {
      for (const p of t.report.programmes) {
        const f = p.totals;
        const stages = Object.entries(f.stages)
          .filter(([, n]) => n > 0)
          .map(([st, n]) => `${st} ${n}`)
          .join(', ');
        console.log(`${asOf} ${p.programme} ${f.cases} cases: ${stages}`);
        console.log(
          `${asOf} ${p.programme} committed / paid ${f.subsidyCommitted} / ${f.subsidyPaid} yuan, late ${f.late}, photos ok ${f.acceptedWithPhotos} of ${f.accepted}`,
        );
      }
    }
    if (fold) {
      const { revision: _r, unchanged: _u, ...pastJson } = past.report;
      const same = canonicalJson(fold.report) === canonicalJson(pastJson);
      console.log('');
      console.log(`FOLD=1: events and photos loaded         ${historyItems}`);
      console.log(
        `former way (fold every event), ${PAST}: ${fold.seconds.toFixed(2)} s, peak RSS ${fold.peakMiB.toFixed(0)} MiB; same report as the projections: ${same ? 'yes' : 'NO'}`,
      );
      if (!same) process.exitCode = 1;
    }
    const size = CASES % 1000 === 0 ? `${CASES / 1000}k` : String(CASES);
    console.log(`RESULT progress_${size}_s ${current.seconds.toFixed(2)} s`);
    console.log(`RESULT progress_${size}_past_s ${past.seconds.toFixed(2)} s`);
    console.log(`RESULT progress_${size}_reads_s ${floor.seconds.toFixed(2)} s`);
    console.log(`RESULT progress_peak_rss_mib ${Math.max(current.peakMiB, past.peakMiB).toFixed(0)} MiB`);
  } finally {
    await dynamo.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
