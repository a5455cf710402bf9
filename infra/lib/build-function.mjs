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

/** The plugins every function is built with. */
export const FUNCTION_PLUGINS = [sdkSchemaKeys];

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const options = JSON.parse(Buffer.from(process.argv[2] ?? '', 'base64').toString('utf8'));
  await build({ ...options, plugins: FUNCTION_PLUGINS });
}
