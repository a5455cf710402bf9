import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { functionBuild } from '../../infra/lib/bundling.js';

const root = join(import.meta.dirname, '../..');

/** What a probe bundle is: its code, the inputs esbuild put in it, and what its `run(arg)` answered. */
export interface BundledProbe {
  code: string;
  inputs: string[];
  /** Runs the bundle's exported `run(arg)` in a fresh `node` with only `env` (and PATH), and parses its answer. */
  run(arg: string, env: Record<string, string>): { status: number | null; stderr: string; out: unknown };
  /** Removes the bundle's directory. */
  dispose(): void;
}

/**
 * Builds `source` (a module of the repository's own code that exports `async function run(arg)`) as a function's
 * bundle is built (the stack's esbuild options and plugins, infra/lib/bundling.ts), so a test can run what a
 * deployed function carries against the local services rather than the source.
 */
export async function bundleProbe(name: string, source: string): Promise<BundledProbe> {
  const dir = mkdtempSync(join(tmpdir(), `zlt-${name}-`));
  const outfile = join(dir, 'probe.mjs');
  try {
    const built = await build({
      ...functionBuild(false),
      stdin: { contents: source, resolveDir: root, loader: 'ts', sourcefile: `${name}.ts` },
      outfile,
      metafile: true,
    });
    const code = readFileSync(outfile, 'utf8');
    return {
      code,
      inputs: Object.keys(built.metafile.inputs),
      run(arg, env) {
        const r = spawnSync(
          process.execPath,
          [
            '--input-type=module',
            '-e',
            `const m = await import(${JSON.stringify(outfile)}); process.stdout.write(JSON.stringify(await m.run(${JSON.stringify(arg)})));`,
          ],
          {
            encoding: 'utf8',
            env: { PATH: process.env.PATH, AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true', ...env },
          },
        );
        return { status: r.status, stderr: r.stderr, out: r.status === 0 ? JSON.parse(r.stdout) : undefined };
      },
      dispose: () => rmSync(dir, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
