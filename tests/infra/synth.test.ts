import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { EVENT_FUNCTIONS, ROUTES } from '../../shared/platform/routes/index.js';
import { splitBuild } from '../../infra/lib/bundling.js';
import type { RouteDef } from '../../shared/platform/types.js';
import { CDK_CONTEXT, probeStack, ROOT, testApp } from './support.js';

/**
 * Synthesis as `cdk synth` runs it, offline. Bundling every function takes about a second each on two
 * cores (70–110 s for the whole stack), so the default run bundles three real handlers in-process and runs the
 * app entry with bundling off; the full CLI synth with every bundle runs too (ZLT_SKIP_FULL_SYNTH=1 skips it).
 */
const dirs: string[] = [];
const tempDir = (prefix: string) => {
  const d = mkdtempSync(join(tmpdir(), prefix));
  dirs.push(d);
  return d;
};
afterAll(() => {
  for (const d of dirs) rmSync(d, { recursive: true, force: true });
});

/**
 * A bundle that still imports the SDK would run against the runtime's SDK, not the pinned one. (The SDK's
 * own error messages mention `require("@aws-sdk/…")`, so only module imports count; the load check below,
 * from a directory with no node_modules, is the stronger proof.)
 */
const EXTERNAL_IMPORT = /\bfrom\s*["'](?:@aws-sdk|@smithy)\//;

const assetsIn = (outdir: string) =>
  readdirSync(outdir)
    .filter((d) => d.startsWith('asset.') && existsSync(join(outdir, d, 'index.mjs')))
    .map((d) => join(outdir, d));

/** Synthesises a probe stack with these routes' functions, bundled as `cdk synth` bundles them; their assets. */
function bundled(prefix: string, routes: readonly RouteDef[]): string[] {
  const outdir = tempDir(prefix);
  const app = testApp({ bundle: true, outdir });
  const { functions } = probeStack(app, `${prefix.replace(/\W/g, '')}probe`);
  for (const route of routes) functions.forFn(route.fn, 'api', route.access);
  app.synth();
  return assetsIn(outdir);
}

/**
 * Imports the files in a fresh `node` from a directory with no node_modules, the first being the handler's
 * module; prints `typeof handler`.
 */
const loadHandler = (files: readonly string[]) =>
  spawnSync(
    process.execPath,
    [
      '--input-type=module',
      '-e',
      `const m = await import(${JSON.stringify(files[0])}); for (const f of ${JSON.stringify(files.slice(1))}) await import(f); process.stdout.write(typeof m.handler);`,
    ],
    {
      encoding: 'utf8',
      env: {
        ...process.env,
        AWS_REGION: 'cn-north-1',
        TABLE_NAME: 'probe',
        BUCKET_NAME: 'probe',
        AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true',
      },
    },
  );

describe('bundling with the local esbuild (no Docker)', () => {
  it('bundles a handler with the AWS SDK inside into one ESM file with a source map, and the bundle loads', () => {
    const withTable = ROUTES.find((r) => r.access.table && !r.access.bucket);
    const plain = ROUTES.find((r) => !r.access.table && !r.access.bucket);
    const withBucket = ROUTES.find((r) => r.fn === 'housing-photo-get');
    if (!withTable || !plain || !withBucket) throw new Error('the route table has no route of each kind to bundle');
    // One asset per function: CDK's asset cache tells them apart (base-function.ts, FunctionBundler).
    const assets = bundled('zlt-bundle-', [withTable, plain, withBucket]);
    expect(assets).toHaveLength(3);
    for (const asset of assets) {
      expect(readdirSync(asset).sort()).toEqual(['index.mjs', 'index.mjs.map']);
      const code = readFileSync(join(asset, 'index.mjs'), 'utf8');
      expect(code.match(EXTERNAL_IMPORT)?.[0] ?? null, asset).toBeNull();
      expect(code.startsWith('import { createRequire as __cr }')).toBe(true);
      // Node 20 here, Node 22 in Lambda: the same ES2022 module must load and export the handler.
      const probe = loadHandler([join(asset, 'index.mjs')]);
      expect(probe.stdout, probe.stderr).toBe('function');
    }
    const sdkBundle = readFileSync(
      join(assets.find((a) => readFileSync(join(a, 'index.mjs'), 'utf8').includes('DynamoDBClient'))!, 'index.mjs'),
      'utf8',
    );
    expect(sdkBundle.length).toBeGreaterThan(300_000); // the client is inside, not imported
    // The S3 function's bundle went through the schema plugin (build-function.mjs): the schemas of the
    // operations it uses are there, those of S3's other ~100 operations are not.
    const s3Bundle = assets
      .map((a) => readFileSync(join(a, 'index.mjs'), 'utf8'))
      .find((code) => code.includes('GetObjectRequest'));
    expect(s3Bundle).toBeDefined();
    expect(s3Bundle).not.toContain('PutBucketAnalyticsConfigurationRequest');
    // …and through the plugin that leaves out the event-stream codec: its stand-in is there, the codec is not.
    for (const code of [s3Bundle, sdkBundle]) {
      expect(code).toContain('Event streams are left out of this function bundle');
      expect(code).not.toContain('Truncated event message received');
    }
  });
});

describe('the xlsx functions, bundled split (infra/lib/bundling.ts, SPLIT_FUNCTIONS)', () => {
  it('deploys index.mjs without exceljs and exceljs as a chunk, and every file of the asset loads', () => {
    const route = ROUTES.find((r) => r.fn === 'reports-progress-run');
    if (!route) throw new Error('no reports-progress-run route');
    const [asset] = bundled('zlt-split-', [route]);
    if (!asset) throw new Error('no asset');
    const chunks = readdirSync(join(asset, 'chunks')).filter((f) => f.endsWith('.mjs'));
    expect(readdirSync(asset).sort()).toEqual(['chunks', 'index.mjs', 'index.mjs.map']);
    const index = readFileSync(join(asset, 'index.mjs'), 'utf8');
    // exceljs writes a workbook's parts under these names; only the chunk knows them.
    const EXCELJS = 'xl/worksheets/';
    expect(index.includes(EXCELJS)).toBe(false);
    expect(chunks.some((c) => readFileSync(join(asset, 'chunks', c), 'utf8').includes(EXCELJS))).toBe(true);
    expect(index.length).toBeLessThan(700_000);
    expect(index.match(EXTERNAL_IMPORT)?.[0] ?? null).toBeNull();
    // The entry, and each chunk as the dynamic import loads it, from a directory with no node_modules.
    const files = ['index.mjs', ...chunks.map((c) => `chunks/${c}`)].map((f) => join(asset, f));
    const probe = loadHandler(files);
    expect(probe.stdout, probe.stderr).toBe('function');
  });

  it('builds and reads back a workbook through exceljs as a chunk, with the same options', async () => {
    const outdir = tempDir('zlt-xlsx-');
    const { entryPoints: _entry, ...options } = splitBuild('', outdir, false);
    await build({
      ...options,
      entryNames: 'index',
      stdin: {
        contents: `
          import { toXlsx } from './shared/reports/xlsx.ts';
          export async function run() {
            const table = { sheet: '进度', columns: [{ key: 't', header: '乡镇' }, { key: 'n', header: '户数' }], rows: [{ t: '成吉思汗镇', n: 12 }] };
            const { default: ExcelJS } = await import('exceljs');
            const workbook = new ExcelJS.Workbook();
            await workbook.xlsx.load(await toXlsx([table], new Date(0)));
            const sheet = workbook.worksheets[0];
            return [sheet.name, sheet.getCell('A1').value, sheet.getCell('A2').value, sheet.getCell('B2').value];
          }`,
        resolveDir: ROOT,
        loader: 'ts',
        sourcefile: 'xlsx-probe.ts',
      },
    });
    expect(readdirSync(join(outdir, 'chunks')).some((f) => f.startsWith('excel-'))).toBe(true);
    const probe = spawnSync(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `const m = await import(${JSON.stringify(join(outdir, 'index.mjs'))}); process.stdout.write(JSON.stringify(await m.run()));`,
      ],
      { encoding: 'utf8' },
    );
    expect(probe.stdout, probe.stderr).toBe(JSON.stringify(['进度', '乡镇', '成吉思汗镇', 12]));
  });
});

describe('the app entry of cdk.json', () => {
  it('synthesises offline as the CLI runs it, with cdk-nag as a validation plugin, and honours -c stage', () => {
    const outdir = tempDir('zlt-app-');
    const [command, ...args] = (JSON.parse(readFileSync(join(ROOT, 'cdk.json'), 'utf8')).app as string).split(' ');
    expect(command).toBe('node');
    // What the CLI passes to the app, minus bundling (covered above and by the full synth).
    const context = { ...CDK_CONTEXT, stage: 'ci', 'aws:cdk:bundling-stacks': [] };
    const r = spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        CDK_OUTDIR: outdir,
        CDK_CONTEXT_JSON: JSON.stringify(context),
        CDK_DISABLE_VERSION_CHECK: '1',
      },
      timeout: 240_000,
    });
    expect(r.status, r.stderr.slice(-3000)).toBe(0);
    const template = JSON.parse(readFileSync(join(outdir, 'zlt-ci.template.json'), 'utf8'));
    expect(
      Object.values(template.Resources as Record<string, { Type: string }>).filter(
        (x) => x.Type === 'AWS::ApiGatewayV2::Route',
      ),
    ).toHaveLength(ROUTES.length);
    const manifest = readFileSync(join(outdir, 'manifest.json'), 'utf8');
    expect(manifest).toContain('zlt-ci');
  }, 250_000);

  it('synthesises prod-cn offline for aws-cn / cn-northwest-1 (`npx cdk synth -c stage=prod-cn`)', () => {
    const outdir = tempDir('zlt-cn-');
    const [, ...args] = (JSON.parse(readFileSync(join(ROOT, 'cdk.json'), 'utf8')).app as string).split(' ');
    const context = { ...CDK_CONTEXT, stage: 'prod-cn', 'aws:cdk:bundling-stacks': [] };
    const r = spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        CDK_OUTDIR: outdir,
        CDK_CONTEXT_JSON: JSON.stringify(context),
        CDK_DISABLE_VERSION_CHECK: '1',
      },
      // A synth with cdk-nag takes ~15 s alone and minutes on a two-core machine shared by several builds.
      timeout: 240_000,
    });
    expect(r.status, r.stderr.slice(-3000)).toBe(0);
    const manifest = JSON.parse(readFileSync(join(outdir, 'manifest.json'), 'utf8'));
    expect(manifest.artifacts['zlt-prod-cn'].environment).toBe('aws://unknown-account/cn-northwest-1');
    const text = readFileSync(join(outdir, 'zlt-prod-cn.template.json'), 'utf8');
    expect(text).not.toContain('arn:aws:');
    expect(text).toContain('arn:aws-cn:');
    expect(text).not.toContain('AWS::Cognito::');
  }, 250_000);

  it('refuses an invalid stage before building anything', () => {
    const [, ...args] = (JSON.parse(readFileSync(join(ROOT, 'cdk.json'), 'utf8')).app as string).split(' ');
    const r = spawnSync(process.execPath, args, {
      cwd: ROOT,
      encoding: 'utf8',
      env: {
        ...process.env,
        CDK_OUTDIR: tempDir('zlt-bad-'),
        CDK_CONTEXT_JSON: JSON.stringify({ ...CDK_CONTEXT, stage: 'Prod!', 'aws:cdk:bundling-stacks': [] }),
      },
      timeout: 60_000,
    });
    expect(r.status).not.toBe(0);
    expect(r.stderr).toContain('Invalid configuration for stage "Prod!"');
  }, 60_000);
});

// Runs in every `npm test` (about 70–110 s on two cores): CI proves the offline synth with every bundle. ZLT_SKIP_FULL_SYNTH=1 skips it for quick local runs.
describe.skipIf(process.env.ZLT_SKIP_FULL_SYNTH === '1')('full CLI synth', () => {
  it('`cdk synth --quiet` bundles every function offline', () => {
    const outdir = tempDir('zlt-synth-');
    const r = spawnSync(
      process.execPath,
      [join(ROOT, 'node_modules/aws-cdk/bin/cdk'), 'synth', '--quiet', '--output', outdir],
      {
        cwd: ROOT,
        encoding: 'utf8',
        env: { ...process.env, CDK_DISABLE_VERSION_CHECK: '1' },
        timeout: 890_000,
      },
    );
    expect(r.status, r.stderr.slice(-3000)).toBe(0);
    const assets = assetsIn(outdir);
    expect(assets).toHaveLength(new Set([...ROUTES.map((x) => x.fn), ...EVENT_FUNCTIONS.map((x) => x.fn)]).size);
    for (const a of assets)
      expect(readFileSync(join(a, 'index.mjs'), 'utf8').match(EXTERNAL_IMPORT)?.[0] ?? null, a).toBeNull();
  }, 900_000);
});
