/**
 * How every function is bundled (esbuild through CDK's NodejsFunction, never Docker), in one place so that
 * `bench/bundles.ts` and the bundle-size test build exactly what the stack deploys. ESM, minified, tree-shaken,
 * the pinned AWS SDK inside the bundle (not the runtime's copy), `module` entry points first so packages ship
 * their ES modules (which tree-shake) rather than their CommonJS builds.
 */
export const FUNCTION_BUNDLING = {
  format: 'esm',
  target: 'node22',
  platform: 'node',
  minify: true,
  treeShaking: true,
  mainFields: ['module', 'main'],
  /** CommonJS dependencies inside an ESM bundle still call require() for Node built-ins. */
  banner: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);",
} as const;

/**
 * Source maps are written next to the bundle (CDK: a separate .map file, no sources inside), for reading a logged
 * stack offline, but not loaded at runtime: `--enable-source-maps` makes Node read and parse the map of the
 * bundle at load, ~15 ms more CPU per cold start of claims-post (108 → 123 ms measured here), paid by every cold
 * start to help the rare invocation that logs a stack (docs/performance.md).
 */
export const FUNCTION_SOURCE_MAP = true;

/** NODE_OPTIONS every function runs with (none; see FUNCTION_SOURCE_MAP). */
export const FUNCTION_NODE_OPTIONS: string | undefined = undefined;

/** The budget a function bundle must stay within (docs/performance.md): minified size. */
export const BUNDLE_BUDGET_KIB = 400;
