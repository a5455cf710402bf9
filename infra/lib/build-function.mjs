/**
 * How one function is bundled for deployment, with esbuild's API (infra/lib/bundling.ts says which options).
 * Plain JavaScript, run by `node` with no loader: the stack's asset bundling (infra/lib/base-function.ts) runs
 * this file with the esbuild options as JSON, base64, as its one argument. The bench and the tests import the
 * plugin from here, so every build of a function uses the same one.
 */
import { readFile } from 'node:fs/promises';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';

/** An AWS SDK v3 client's schema table: every shape and operation of the service, as `export var X$ = [...]`. */
const SCHEMA_FILE = /[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]dist-es[\\/]schemas[\\/]schemas_\d+\.js$/;

/**
 * The schema table writes trait keys as computed keys (`{ [_h]: ["PUT", "/?acl", 200] }`, `_h` a module-level
 * `const _h = "http"`). esbuild cannot prove a computed key free of side effects, so it keeps every schema of the
 * service, used or not: ~65 KiB of S3's ~100 operations in each function that uses two of them. Writing each key
 * as the string its constant holds (`{ "http": … }`, the same object) lets esbuild drop the schemas nothing
 * references. Only keys named by such a constant are rewritten; anything else is left as it is.
 * @param {string} source
 * @returns {string}
 */
export function inlineSchemaKeys(source) {
  const strings = new Map();
  for (const m of source.matchAll(/^const (_\w+) = ("[^"\\\n]*");$/gm)) strings.set(m[1], m[2]);
  return source.replace(/([{,]\s*)\[(_\w+)\]:/g, (whole, before, name) =>
    strings.has(name) ? `${before}${strings.get(name)}:` : whole,
  );
}

/** @type {import('esbuild').Plugin} */
export const sdkSchemaKeys = {
  name: 'sdk-schema-keys',
  setup(b) {
    b.onLoad({ filter: SCHEMA_FILE }, async ({ path }) => ({
      contents: inlineSchemaKeys(await readFile(path, 'utf8')),
      loader: 'js',
    }));
  },
};

/** An AWS SDK v3 client's own package.json, which its runtime config imports whole for one field. */
const CLIENT_PACKAGE_JSON = /[\\/]@aws-sdk[\\/]client-[^\\/]+[\\/]package\.json$/;

/**
 * Each SDK client imports its package.json (`import packageInfo from "../package.json"`) to put
 * `packageInfo.version` in its user agent; esbuild keeps a default-imported JSON file whole, dependencies, scripts
 * and all: 2.3 KiB for DynamoDB's, 2.5 for S3's, in every function. This plugin gives the client its name and
 * version only.
 * @type {import('esbuild').Plugin}
 */
export const sdkPackageVersion = {
  name: 'sdk-package-version',
  setup(b) {
    b.onLoad({ filter: CLIENT_PACKAGE_JSON }, async ({ path }) => {
      const { name, version } = JSON.parse(await readFile(path, 'utf8'));
      return { contents: JSON.stringify({ name, version }), loader: 'json' };
    });
  },
};

/** What the functions' bundles carry instead of `@smithy/core/event-streams` (see `sdkWithoutEventStreams`). */
export const EVENT_STREAMS_LEFT_OUT = `
const leftOut = () =>
  new Error('Event streams are left out of this function bundle (infra/lib/build-function.mjs): no operation it sends streams events.');
export const eventStreamSerdeProvider = () => ({
  serialize() { throw leftOut(); },
  deserialize() { throw leftOut(); },
});
export const resolveEventStreamSerdeConfig = (input) =>
  Object.assign(input, { eventStreamMarshaller: input.eventStreamSerdeProvider(input) });
export class EventStreamSerde {
  constructor() { throw leftOut(); }
}
`;

/**
 * Event streams (S3's SelectObjectContent, Bedrock's and Transcribe's streaming calls) are a capability no
 * operation of this platform uses, yet every client carries their codec, ~14.5 KiB a function: the protocol
 * layer reaches it through a dynamic `import()` (which esbuild inlines in a single-file bundle), and S3's client
 * builds an event-stream marshaller when it is made. This plugin resolves `@smithy/core/event-streams` to
 * `EVENT_STREAMS_LEFT_OUT`: the same names, a marshaller that throws if it is ever asked to (de)serialize, and a
 * serde that throws when made, each with an error saying why. A client that came to import any other name from
 * it would fail the build (esbuild: no matching export), not a request.
 * @type {import('esbuild').Plugin}
 */
export const sdkWithoutEventStreams = {
  name: 'sdk-without-event-streams',
  setup(b) {
    b.onResolve({ filter: /^@smithy\/core\/event-streams$/ }, () => ({
      path: 'event-streams-left-out',
      namespace: 'zlt-left-out',
    }));
    b.onLoad({ filter: /.*/, namespace: 'zlt-left-out' }, () => ({ contents: EVENT_STREAMS_LEFT_OUT, loader: 'js' }));
  },
};

/** The plugins every function is built with. */
export const FUNCTION_PLUGINS = [sdkSchemaKeys, sdkWithoutEventStreams, sdkPackageVersion];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = JSON.parse(Buffer.from(process.argv[2] ?? '', 'base64').toString('utf8'));
  await build({ ...options, plugins: FUNCTION_PLUGINS });
}
