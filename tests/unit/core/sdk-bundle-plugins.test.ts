import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';
import { sdkPackageVersion, sdkWithoutEventStreams } from '../../../infra/lib/build-function.mjs';
import { functionBuild } from '../../../infra/lib/bundling.js';

/**
 * Two of the bundling plugins every function is built with (infra/lib/build-function.mjs; the third,
 * sdk-schema-keys.test.ts). The bundle-size test measures what they save and the bundled S3 and DynamoDB tests
 * run real requests through bundles built with them; this checks what the bundles carry in place of what they
 * leave out.
 * - Event streams: the same names, failing loudly and only if an event stream is ever asked for, and a build
 *   that fails if a client comes to import anything else.
 * - A client's package.json: its name and version, which is all the client reads of it.
 */
const root = join(import.meta.dirname, '../../..');
const dir = mkdtempSync(join(tmpdir(), 'zlt-event-streams-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const bundle = async (name: string, contents: string, plugins = [sdkWithoutEventStreams]) => {
  const outfile = join(dir, `${name}.mjs`);
  const built = await build({
    ...functionBuild(false),
    plugins,
    logLevel: 'silent',
    stdin: { contents, resolveDir: root, loader: 'ts', sourcefile: `${name}.ts` },
    outfile,
    metafile: true,
  });
  return { outfile, inputs: Object.keys(built.metafile.inputs) };
};

describe('the event streams left out of function bundles', () => {
  it('gives the names the clients import, and fails with a reason only when an event stream is used', async () => {
    const { outfile } = await bundle(
      'names',
      `export { eventStreamSerdeProvider, resolveEventStreamSerdeConfig, EventStreamSerde } from '@smithy/core/event-streams';`,
    );
    const m = await import(pathToFileURL(outfile).href);
    // A client's config resolves as it did: the marshaller is made from the provider, and nothing throws yet.
    const config = m.resolveEventStreamSerdeConfig({
      eventStreamSerdeProvider: m.eventStreamSerdeProvider,
      region: 'x',
    });
    expect(config.region).toBe('x');
    expect(typeof config.eventStreamMarshaller.serialize).toBe('function');
    // Only using it fails, and says why.
    expect(() => config.eventStreamMarshaller.serialize({}, () => undefined)).toThrow(/Event streams are left out/);
    expect(() => config.eventStreamMarshaller.deserialize({}, () => undefined)).toThrow(/Event streams are left out/);
    expect(() => new m.EventStreamSerde({})).toThrow(/Event streams are left out/);
  });

  it('fails the build, not a request, if a client imports any other name from it', async () => {
    await expect(
      bundle('other-name', `import { Int64 } from '@smithy/core/event-streams'; export const x = Int64;`),
    ).rejects.toThrow(/No matching export.*Int64/);
  });

  it('leaves the codec out of the S3 and DynamoDB clients, which are made and configured as before', async () => {
    const probe = `
      import { S3Client } from '@aws-sdk/client-s3';
      import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
      export const make = () => {
        const s3 = new S3Client({ region: 'cn-north-1' });
        const dynamo = new DynamoDBClient({ region: 'cn-north-1' });
        return { s3: typeof s3.config.eventStreamMarshaller?.deserialize, dynamo: typeof dynamo.send };
      };`;
    const without = await bundle('clients', probe);
    expect(without.inputs.some((i) => i.includes('submodules/event-streams/'))).toBe(false);
    expect(without.inputs).toContain('zlt-left-out:event-streams-left-out');
    const m = await import(pathToFileURL(without.outfile).href);
    expect(m.make()).toEqual({ s3: 'function', dynamo: 'function' });
    // Built without the plugin, the same clients do carry the codec: the plugin is what removes it.
    const withCodec = await bundle('clients-with-codec', probe, []);
    expect(withCodec.inputs.some((i) => i.includes('submodules/event-streams/eventstream-codec/'))).toBe(true);
  });
});

describe("an SDK client's package.json in a function bundle", () => {
  const require = createRequire(import.meta.url);
  const packageOf = (pkg: string) => dirname(require.resolve(`${pkg}/package.json`));

  it.each(['@aws-sdk/client-s3', '@aws-sdk/client-dynamodb'])(
    'is cut to name and version, and %s still reports its own version in its user agent',
    async (pkg) => {
      const { version } = JSON.parse(readFileSync(join(packageOf(pkg), 'package.json'), 'utf8'));
      const client = pkg === '@aws-sdk/client-s3' ? 'S3Client' : 'DynamoDBClient';
      const probe = `
        import { ${client} } from '${pkg}';
        import info from '${pkg}/package.json';
        export const keys = Object.keys(info);
        export const agent = () => new ${client}({ region: 'cn-north-1' }).config.defaultUserAgentProvider();`;
      const without = await bundle(`ua-${client}`, probe, [sdkPackageVersion]);
      const m = await import(pathToFileURL(without.outfile).href);
      expect(m.keys).toEqual(['name', 'version']);
      const agent: string[][] = await m.agent();
      expect(agent.some(([name, v]) => name?.startsWith('api/') && v === version)).toBe(true);
      // Built without the plugin, the whole file is there (dependencies, scripts, …): the plugin is what cuts it.
      const whole = await bundle(`ua-${client}-whole`, probe, []);
      const n = await import(pathToFileURL(whole.outfile).href);
      expect(n.keys).toEqual(expect.arrayContaining(['name', 'version', 'dependencies']));
    },
  );

  it.each(['@aws-sdk/client-s3', '@aws-sdk/client-dynamodb'])(
    'is read for its version only by %s (an SDK that read more would get undefined)',
    (pkg) => {
      const source = readFileSync(join(packageOf(pkg), 'dist-es/runtimeConfig.js'), 'utf8');
      expect(source).toContain('import packageInfo from "../package.json"');
      expect([...new Set([...source.matchAll(/packageInfo\b(\.\w+)?/g)].map((x) => x[1] ?? '(whole)'))]).toEqual([
        '(whole)',
        '.version',
      ]);
    },
  );
});
