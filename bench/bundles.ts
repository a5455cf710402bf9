import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { EVENT_FUNCTIONS, ROUTES } from '../shared/platform/routes/index.js';

/**
 * `npm run bench:bundles`: bundles every function as the CDK stack does (esbuild, ESM, minified,
 * tree-shaken SDK v3) and prints its size and its cold module-load time (a fresh `node` importing the
 * bundle, median of 5). Figures, not assertions.
 */
const root = resolve(import.meta.dirname, '..');
const out = join(root, '.bench', 'bundles');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const fns = [...new Set([...ROUTES.map((r) => r.fn), ...EVENT_FUNCTIONS.map((f) => f.fn)])].sort();
const rows: { fn: string; kib: number; loadMs: number }[] = [];
for (const fn of fns) {
  const outfile = join(out, `${fn}.mjs`);
  await build({
    entryPoints: [join(root, 'functions', `${fn}.ts`)],
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node22',
    format: 'esm',
    outfile,
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" },
    logLevel: 'error',
  });
  const probe = join(out, `${fn}.probe.mjs`);
  writeFileSync(
    probe,
    `const t=performance.now();await import(${JSON.stringify(outfile)});process.stdout.write(String(performance.now()-t));`,
  );
  const times: number[] = [];
  for (let i = 0; i < 5; i += 1) {
    const r = spawnSync(process.execPath, [probe], {
      encoding: 'utf8',
      env: {
        ...process.env,
        TABLE_NAME: 'bench',
        BUCKET_NAME: 'bench',
        AWS_REGION: 'cn-north-1',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    });
    times.push(Number(r.stdout));
  }
  times.sort((a, b) => a - b);
  rows.push({ fn, kib: statSync(outfile).size / 1024, loadMs: times[2]! });
}

console.log(`${'function'.padEnd(32)} ${'bundle KiB'.padStart(10)} ${'load ms (p50)'.padStart(14)}`);
for (const r of rows)
  console.log(`${r.fn.padEnd(32)} ${r.kib.toFixed(1).padStart(10)} ${r.loadMs.toFixed(1).padStart(14)}`);
console.log(`(${rows.length} functions, node ${process.version}, ${new Date().toISOString()})`);
