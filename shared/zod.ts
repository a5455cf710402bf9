/**
 * The one zod every Lambda-side schema is written with: `zod/mini`, the functional build of zod 4.
 * The classic build (`import * as z from 'zod'`) attaches every method to every schema, so a bundle
 * that touches one schema carries all of zod (~96 KiB minified); with mini a function carries only
 * the checks its schemas use. Same parser, same issues, same JSON Schema: `docs/openapi.json` is
 * generated from these schemas and does not change.
 *
 * Mini loads no locale by itself, so an issue would read "Invalid input"; the English locale is
 * configured here once, so a caller is told what the classic build told them (e.g. "Too big: expected
 * number to be <=20").
 */
import { config, type core, globalRegistry, type ZodMiniType } from 'zod/mini';
import en from 'zod/v4/locales/en.js';

config(en());

export * from 'zod/mini';
/**
 * The error class a failed parse throws, imported by name: reaching it as `z.core.$ZodError` would make the
 * bundle carry the whole `core` namespace, every locale of zod included (~400 KiB).
 */
export { $ZodError } from 'zod/v4/core';

/**
 * Classic zod's `schema.meta(m)`: a copy of `schema` carrying `m` in the global registry (which the
 * OpenAPI document is generated from), leaving `schema` itself as it was. Mini's `z.meta()` check is
 * not the same thing: a check travels with every later copy, so an `id` given once would be claimed
 * again by each schema derived from it.
 */
export function withMeta<T extends ZodMiniType>(schema: T, metadata: core.GlobalMeta): T {
  const copy = schema.clone() as T;
  globalRegistry.add(copy, metadata);
  return copy;
}
