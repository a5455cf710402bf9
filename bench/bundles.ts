import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join, resolve } from 'node:path';
import { build, type Metafile } from 'esbuild';
import {
  bundleBudgetKib,
  functionBuild,
  functionEntry,
  FUNCTION_NODE_OPTIONS,
  FUNCTION_SOURCE_MAP,
  SPLIT_FUNCTIONS,
  splitBuild,
  splitInit,
} from '../infra/lib/bundling.js';
import { EVENT_FUNCTIONS, ROUTES } from '../shared/platform/routes/index.js';

/**
 * `npm run bench:bundles`: bundles every function with the stack's own esbuild options (infra/lib/bundling.ts)
 * and prints its minified size and its module load time: a fresh `node` (with the functions' NODE_OPTIONS)
 * importing the bundle, BUNDLE_LOAD_RUNS times (default 5): the median and the minimum wall time, and the median
 * CPU time of the import (the minimum and the CPU time are the figures least disturbed by other work on a shared
 * machine). Then what weighs most in the largest bundle, by package.
 * Both ways a stage bundles: without X-Ray (tracing off: the China regions, where Zhalantun's stage runs; the
 * tracer and the X-Ray SDK are left out) and with it (the tracer loads at init, as in Lambda with active tracing).
 * FNS=claims-post,health limits the functions; XRAY=0 or XRAY=1 measures one flavour only. Figures, not
 * assertions; the size budget is also a test (tests/infra/bundle-size.test.ts). Ends with `RESULT bundle_max_kib`
 * and `RESULT module_load_max_ms` (the largest median) over both flavours, and the same per flavour.
 */
const root = resolve(import.meta.dirname, '..');
const out = join(root, '.bench', 'bundles');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const RUNS = Number(process.env.BUNDLE_LOAD_RUNS ?? 5);
const only = process.env.FNS ? new Set(process.env.FNS.split(',')) : undefined;

const fns = [...new Set([...ROUTES.map((r) => r.fn), ...EVENT_FUNCTIONS.map((f) => f.fn)])]
  .filter((fn) => !only || only.has(fn))
  .sort();
const flavours = [
  { name: 'no-xray', tracing: false },
  { name: 'xray', tracing: true },
].filter((f) => process.env.XRAY === undefined || String(Number(f.tracing)) === process.env.XRAY);

type Row = { fn: string; kib: number; p50: number; min: number; cpu: number };
const all: { flavour: string; rows: Row[] }[] = [];
for (const flavour of flavours) {
  const dir = join(out, flavour.name);
  const built = await build({
    ...functionBuild(flavour.tracing),
    entryPoints: Object.fromEntries(fns.map((fn) => [fn, functionEntry(fn)])),
    outdir: dir,
    outExtension: { '.js': '.mjs' },
    // As CDK writes it: a separate .map file, named by a comment at the end of the bundle.
    ...(FUNCTION_SOURCE_MAP ? { sourcemap: true, sourcesContent: false } : {}),
    metafile: true,
    logLevel: 'error',
  });

  // The xlsx functions are deployed split (infra/lib/bundling.ts): measure what loads at init, index.mjs and
  // its static chunks, and load index.mjs; exceljs is a chunk behind a dynamic import.
  const split = new Map<string, { outfile: string; kib: number; inputs: Metafile['outputs'][string]['inputs'] }>();
  for (const fn of fns.filter((f) => SPLIT_FUNCTIONS.has(f))) {
    const r = await build({ ...splitBuild(functionEntry(fn), join(dir, fn), flavour.tracing), metafile: true });
    const { bytes, inputs } = splitInit(r.metafile);
    split.set(fn, { outfile: join(dir, fn, 'index.mjs'), kib: bytes / 1024, inputs });
  }

  const rows: Row[] = [];
  for (const fn of fns) {
    const outfile = split.get(fn)?.outfile ?? join(dir, `${fn}.mjs`);
    const probe = join(dir, `${fn}.probe.mjs`);
    writeFileSync(
      probe,
      `const c=process.cpuUsage();const t=performance.now();await import(${JSON.stringify(outfile)});const u=process.cpuUsage(c);process.stdout.write(String(performance.now()-t)+' '+String((u.user+u.system)/1000));`,
    );
    const times: number[] = [];
    const cpus: number[] = [];
    for (let i = 0; i < RUNS; i += 1) {
      const r = spawnSync(process.execPath, [probe], {
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          ...(FUNCTION_NODE_OPTIONS ? { NODE_OPTIONS: FUNCTION_NODE_OPTIONS } : {}),
          TABLE_NAME: 'bench',
          BUCKET_NAME: 'bench',
          AWS_REGION: 'cn-north-1',
          POWERTOOLS_SERVICE_NAME: `zhalantun-${fn}`,
          AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
          // As Lambda runs it: with active tracing the tracer (and the X-Ray SDK) is made at init.
          ...(flavour.tracing
            ? { AWS_EXECUTION_ENV: 'AWS_Lambda_nodejs22.x', POWERTOOLS_TRACE_ENABLED: 'true' }
            : { POWERTOOLS_TRACE_ENABLED: 'false' }),
        },
      });
      if (r.status !== 0) throw new Error(`${fn} does not load: ${r.stderr}`);
      const [wall, cpu] = r.stdout.split(' ').map(Number);
      times.push(wall!);
      cpus.push(cpu!);
    }
    times.sort((a, b) => a - b);
    cpus.sort((a, b) => a - b);
    const mid = Math.floor(times.length / 2);
    rows.push({
      fn,
      kib: split.get(fn)?.kib ?? statSync(outfile).size / 1024,
      p50: times[mid]!,
      min: times[0]!,
      cpu: cpus[mid]!,
    });
  }

  console.log(`\nbundles ${flavour.tracing ? 'with X-Ray (stages that trace)' : 'without X-Ray (tracing off: China)'}`);
  console.log(
    `${'function'.padEnd(32)} ${'bundle KiB'.padStart(10)} ${'budget'.padStart(7)} ${'load ms p50'.padStart(12)} ${'min'.padStart(7)} ${'CPU ms p50'.padStart(11)}`,
  );
  for (const r of rows) {
    const budget = bundleBudgetKib(r.fn, flavour.tracing);
    console.log(
      `${r.fn.padEnd(32)} ${r.kib.toFixed(1).padStart(10)} ${String(budget).padStart(7)} ${r.p50.toFixed(1).padStart(12)} ${r.min.toFixed(1).padStart(7)} ${r.cpu.toFixed(1).padStart(11)}${r.kib > 400 ? '  over 400 KiB' : ''}${r.kib > budget ? '  OVER ITS BUDGET' : ''}`,
    );
  }

  // What the largest bundle is made of, by package (or by top folder of our own code).
  const largest = rows.reduce((a, b) => (b.kib > a.kib ? b : a));
  const inputs =
    split.get(largest.fn)?.inputs ??
    Object.entries((built.metafile as Metafile).outputs).find(([file]) => file.endsWith(`/${largest.fn}.mjs`))?.[1]
      .inputs;
  if (inputs) {
    const byPackage = new Map<string, number>();
    for (const [input, { bytesInOutput }] of Object.entries(inputs)) {
      const m = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(input);
      const key = m ? m[1]! : input.split('/').slice(0, 2).join('/');
      byPackage.set(key, (byPackage.get(key) ?? 0) + bytesInOutput);
    }
    console.log(`\nlargest bundle, ${largest.fn}, by package (KiB):`);
    for (const [name, bytes] of [...byPackage].sort((a, b) => b[1] - a[1]).slice(0, 12))
      console.log(`  ${name.padEnd(40)} ${(bytes / 1024).toFixed(1).padStart(8)}`);
  }
  const under = rows.filter((r) => r.kib <= 400).length;
  console.log(`${under} of ${rows.length} functions within 400 KiB`);
  all.push({ flavour: flavour.name, rows });
}

const rows = all.flatMap((a) => a.rows);
console.log(
  `(${fns.length} functions, node ${process.version}, NODE_OPTIONS ${FUNCTION_NODE_OPTIONS ?? 'none'}, load average ${loadavg()[0]?.toFixed(1)}, ${new Date().toISOString()})`,
);
console.log(`RESULT bundle_max_kib ${Math.max(...rows.map((r) => r.kib)).toFixed(1)} KiB`);
console.log(`RESULT module_load_max_ms ${Math.max(...rows.map((r) => r.p50)).toFixed(1)} ms`);
console.log(`RESULT module_load_max_cpu_ms ${Math.max(...rows.map((r) => r.cpu)).toFixed(1)} ms`);
console.log(`RESULT module_load_max_min_ms ${Math.max(...rows.map((r) => r.min)).toFixed(1)} ms`);
for (const { flavour, rows: its } of all) {
  const name = flavour.replace('-', '_');
  console.log(`RESULT bundle_max_kib_${name} ${Math.max(...its.map((r) => r.kib)).toFixed(1)} KiB`);
  console.log(`RESULT module_load_max_ms_${name} ${Math.max(...its.map((r) => r.p50)).toFixed(1)} ms`);
  console.log(`RESULT module_load_max_cpu_ms_${name} ${Math.max(...its.map((r) => r.cpu)).toFixed(1)} ms`);
}
