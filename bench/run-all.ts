import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';

/**
 * `npm run bench` — every bench script in turn, each in a fresh `node` process (so each one's cold figures are
 * cold), its own tables printed as it runs; at the end every `RESULT <name> <value> <unit>` line they printed,
 * in order, and the same as JSON in `.bench/results.json`.
 *
 *   npm run bench                       the default sizes (the figures; < 15 minutes on the 2-core box)
 *   npm run bench -- --quick            small sizes (each bench's size variables), a minute or two
 *   npm run bench -- --only claims,bundles
 *   npm run bench -- --browser          also the benches that need a built console or a browser (console, lighthouse)
 *
 * A bench is listed below with its node flags and its quick sizes; a script under bench/ that is not listed
 * still runs (with no flags), after the listed ones, so a new bench is never forgotten. A bench exits 1 when its
 * own checks fail (e.g. the claims floor no longer issues what the API issues): the run goes on and ends with 1.
 */
interface Bench {
  name: string;
  /** Path from the repository root. */
  script: string;
  nodeArgs?: string[];
  /** Environment the bench always runs with (what its npm script sets). */
  env?: Record<string, string>;
  /** Sizes for `--quick`. */
  quick?: Record<string, string>;
  /** Needs `npm run build` or a browser: only with --browser. */
  browser?: boolean;
}

const BENCHES: Bench[] = [
  { name: 'bundles', script: 'bench/bundles.ts', quick: { BUNDLE_LOAD_RUNS: '3' } },
  { name: 'claims', script: 'bench/claims.ts', quick: { CLAIMS_COLD: '500', CLAIMS_WARM: '1000', PERSONS: '100' } },
  { name: 'progress', script: 'bench/progress-report.ts', nodeArgs: ['--expose-gc'], quick: { CASES: '5000' } },
  { name: 'simulation', script: 'bench/simulation.ts', quick: { CLAIMS: '3000' } },
  {
    name: 'roster-import',
    script: 'bench/roster-import.ts',
    nodeArgs: ['--expose-gc'],
    // The local stack's per-request log lines (the bench polls the import's status) would fill the run's output.
    env: { POWERTOOLS_LOG_LEVEL: 'WARN', POWERTOOLS_METRICS_DISABLED: 'true' },
    quick: { ROWS: '2000' },
  },
  { name: 'audit', script: 'bench/audit.ts', quick: { WRITES: '200' } },
  {
    name: 'year-claims',
    script: 'bench/year-claims.ts',
    env: { POWERTOOLS_LOG_LEVEL: 'WARN', POWERTOOLS_METRICS_DISABLED: 'true' },
    quick: { YEAR_CLAIMS_PERSONS: '1000' },
  },
  { name: 'console', script: 'bench/console.ts', browser: true },
  { name: 'lighthouse', script: 'bench/lighthouse.ts', browser: true, quick: { RUNS: '1' } },
];

const root = resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const onlyList = (() => {
  const i = args.findIndex((a) => a === '--only' || a.startsWith('--only='));
  if (i < 0) return undefined;
  const value = args[i] === '--only' ? (args[i + 1] ?? '') : args[i]!.slice('--only='.length);
  return new Set(value.split(',').filter(Boolean));
})();

const listed = new Set(BENCHES.map((b) => b.script));
const unlisted: Bench[] = readdirSync(join(root, 'bench'))
  .filter((f) => f.endsWith('.ts') && f !== 'run-all.ts' && !listed.has(`bench/${f}`))
  .sort()
  .map((f) => ({ name: f.replace(/\.ts$/, ''), script: `bench/${f}` }));

interface Result {
  bench: string;
  name: string;
  value: number;
  unit: string;
}
const RESULT = /^RESULT (\S+) (-?[\d.]+(?:e[+-]?\d+)?) (\S+)\s*$/;

function run(bench: Bench): Promise<{ code: number; results: Result[]; seconds: number }> {
  const env: Record<string, string | undefined> = {
    ...process.env,
    AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
    ...bench.env,
    ...(flag('quick') ? bench.quick : {}),
  };
  const started = performance.now();
  return new Promise((done, fail) => {
    const child = spawn(process.execPath, [...(bench.nodeArgs ?? []), '--import', 'tsx', bench.script], {
      cwd: root,
      env,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const results: Result[] = [];
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      process.stdout.write(chunk);
      pending += chunk.toString('utf8');
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        const m = RESULT.exec(line);
        if (m) results.push({ bench: bench.name, name: m[1]!, value: Number(m[2]), unit: m[3]! });
      }
    });
    child.on('error', fail);
    child.on('close', (code) => {
      const m = RESULT.exec(pending);
      if (m) results.push({ bench: bench.name, name: m[1]!, value: Number(m[2]), unit: m[3]! });
      done({ code: code ?? 1, results, seconds: (performance.now() - started) / 1000 });
    });
  });
}

const all: Result[] = [];
const summary: { name: string; status: string; seconds: number }[] = [];
let failed = false;
for (const bench of [...BENCHES, ...unlisted]) {
  if (onlyList && !onlyList.has(bench.name)) continue;
  if (!existsSync(join(root, bench.script))) {
    if (onlyList) console.log(`\n== ${bench.name}: ${bench.script} does not exist (yet)`);
    continue;
  }
  if (bench.browser && !flag('browser') && !onlyList) {
    summary.push({ name: bench.name, status: 'skipped (needs the built console or a browser: --browser)', seconds: 0 });
    continue;
  }
  console.log(`\n== ${bench.name} (${bench.script}${flag('quick') && bench.quick ? ', quick sizes' : ''})`);
  const { code, results, seconds } = await run(bench);
  all.push(...results);
  const status = code !== 0 ? `FAILED (exit ${code})` : results.length === 0 ? 'ok, but printed no RESULT line' : 'ok';
  if (code !== 0) failed = true;
  summary.push({ name: bench.name, status, seconds });
}

console.log('\n== summary');
for (const s of summary) console.log(`${s.name.padEnd(16)} ${s.seconds.toFixed(0).padStart(5)} s  ${s.status}`);
console.log(`(node ${process.version}, load average ${loadavg()[0]?.toFixed(1)}, ${new Date().toISOString()})`);
console.log('');
for (const r of all) console.log(`RESULT ${r.name} ${r.value} ${r.unit}`);
mkdirSync(join(root, '.bench'), { recursive: true });
writeFileSync(
  join(root, '.bench', 'results.json'),
  `${JSON.stringify({ at: new Date().toISOString(), quick: flag('quick'), summary, results: all }, null, 2)}\n`,
);
process.exitCode = failed ? 1 : 0;
