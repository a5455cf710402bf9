import { createHash } from 'node:crypto';

/**
 * JSON with object keys sorted, so two equal requests hash the same whatever their key order: keys sorted by
 * UTF-16 code unit (the default string sort), members whose value is undefined dropped, `null` for undefined
 * itself and for undefined array elements, primitives as `JSON.stringify` writes them. The audit trail hashes
 * stored items with it (docs/audit.md, "Hashes"), so its output must never change: tests/unit/core/canonical.test.ts
 * holds it to the plain definition on random values.
 *
 * Written as loops that append to one string: every claim canonicalises its facts (the request hash), its claim item
 * and its person-year item (the audit record), and the entries/filter/sort/map/join version allocated an array per
 * object and a string per member — about 1.4× the CPU (docs/performance.md).
 */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i += 1) {
      if (i > 0) out += ',';
      if (i in value) out += canonicalJson(value[i]);
    }
    return `${out}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  let out = '{';
  for (const key of keys) {
    const member = record[key];
    if (member === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonicalJson(member)}`;
  }
  return `${out}}`;
}

export const requestHash = (value: unknown): string => createHash('sha256').update(canonicalJson(value)).digest('hex');
