import { join } from 'node:path';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import {
  BUNDLE_BUDGET_KIB,
  bundleBudgetKib,
  functionBuild,
  functionEntry,
  OVER_BUDGET_KIB,
  SPLIT_FUNCTIONS,
  splitBuild,
  splitInit,
} from '../../infra/lib/bundling.js';
import { EVENT_FUNCTIONS, ROUTES } from '../../shared/platform/routes/index.js';
import { ROOT } from './support.js';

/**
 * Every function's bundle, built in-process with the stack's own esbuild options and plugins (infra/lib/bundling.ts,
 * as the stack's assets are built), stays within its budget: 400 KiB minified, or the recorded size of a function
 * that is not there yet (OVER_BUDGET_KIB), in a stage without X-Ray and in one with it (docs/performance.md).
 * Sizes only; the time a bundle takes to load is measured by `npm run bench:bundles`, never asserted here.
 */
const fns = [...new Set([...ROUTES.map((r) => r.fn), ...EVENT_FUNCTIONS.map((f) => f.fn)])].sort();

/**
 * Each function's size as deployed: its one file, or for a split function (SPLIT_FUNCTIONS) what loads at
 * init, the entry and the chunks it imports statically (exceljs, behind a dynamic import, is not counted).
 * Also which functions' one file carries exceljs, which only split functions may.
 */
async function sizes(tracing: boolean): Promise<{ kib: Map<string, number>; withExceljs: string[] }> {
  const out = await build({
    ...functionBuild(tracing),
    entryPoints: Object.fromEntries(fns.map((fn) => [fn, functionEntry(fn)])),
    outdir: join(ROOT, '.bundle-size'),
    outExtension: { '.js': '.mjs' },
    write: false,
    metafile: true,
  });
  const name = (path: string) => path.slice(path.lastIndexOf('/') + 1, -'.mjs'.length);
  const kib = new Map(out.outputFiles.map((f) => [name(f.path), f.contents.byteLength / 1024]));
  const withExceljs = Object.entries(out.metafile.outputs)
    .filter(([, o]) => Object.keys(o.inputs).some((i) => i.includes('node_modules/exceljs/')))
    .map(([path]) => name(path))
    .filter((fn) => !SPLIT_FUNCTIONS.has(fn));
  for (const fn of SPLIT_FUNCTIONS) {
    const split = await build({
      ...splitBuild(functionEntry(fn), join(ROOT, '.bundle-size', fn), tracing),
      write: false,
      metafile: true,
    });
    kib.set(fn, splitInit(split.metafile).bytes / 1024);
  }
  return { kib, withExceljs };
}

describe('function bundle sizes (minified, as deployed)', () => {
  it.each([
    ['without X-Ray (tracing off, as in the China regions)', false],
    ['with X-Ray (a stage that traces)', true],
  ])('every function is within its budget %s', { timeout: 300_000 }, async (_label, tracing) => {
    const { kib: measured, withExceljs } = await sizes(tracing);
    expect([...measured.keys()].sort()).toEqual(fns);
    // exceljs only where it is a chunk of its own: a function that starts writing xlsx joins SPLIT_FUNCTIONS.
    expect(withExceljs).toEqual([]);
    const over = fns
      .filter((fn) => measured.get(fn)! > bundleBudgetKib(fn, tracing))
      .map((fn) => `${fn}: ${measured.get(fn)!.toFixed(1)} KiB > ${bundleBudgetKib(fn, tracing)} KiB`);
    expect(over).toEqual([]);
    if (!tracing) {
      // An exception that is no longer needed is removed, so the list says what is really left to do.
      const within = Object.keys(OVER_BUDGET_KIB).filter((fn) => measured.get(fn)! <= BUNDLE_BUDGET_KIB);
      expect(within).toEqual([]);
      // Without X-Ray neither the tracer nor the X-Ray SDK is in a bundle, nor the credential chain's other links.
      const claims = await build({
        ...functionBuild(false),
        entryPoints: [functionEntry('claims-post')],
        write: false,
        metafile: true,
      });
      const inputs = Object.keys(claims.metafile.inputs);
      expect(
        inputs.filter((i) => /aws-xray-sdk|powertools\/tracer|credential-provider-(sso|ini|node)\//.test(i)),
      ).toEqual([]);
    }
  });
});
