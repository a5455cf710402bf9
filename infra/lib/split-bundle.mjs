/**
 * Rebuilds one function with esbuild's code splitting, replacing the single file CDK's NodejsFunction wrote
 * (infra/lib/bundling.ts, SPLIT_FUNCTIONS). Run by the function's afterBundling hook with the esbuild options
 * (splitBuild's, JSON, base64) as its one argument. Plain JavaScript: the hook runs it with `node`, no loader.
 */
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'esbuild';

const options = JSON.parse(Buffer.from(process.argv[2] ?? '', 'base64').toString('utf8'));
for (const file of ['index.mjs', 'index.mjs.map']) rmSync(join(options.outdir, file), { force: true });
await build(options);
