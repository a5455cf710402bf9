import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalJson, requestHash } from '../../../shared/data/canonical.js';

/** The definition, written plainly: what canonicalJson must always produce (the audit's stored hashes depend on it). */
function definition(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(definition).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${definition(v)}`).join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

describe('canonicalJson', () => {
  it('sorts keys by code unit, drops undefined members, writes null for undefined elements', () => {
    const value = { b: [1, undefined, 'x'], a: { d: undefined, c: null, '10': true, '9': 0.5 }, é: '元', Z: -0 };
    // Keys by UTF-16 code unit: "Z" (0x5A) < "a" (0x61) < "b" < "é" (0xE9); "10" < "9" < "c" as strings.
    expect(canonicalJson(value)).toBe('{"Z":0,"a":{"10":true,"9":0.5,"c":null},"b":[1,null,"x"],"é":"元"}');
    expect(canonicalJson(undefined)).toBe('null');
    expect(canonicalJson([])).toBe('[]');
    expect(canonicalJson({ only: undefined })).toBe('{}');
  });

  it('writes exactly what the plain definition writes, on random values', () => {
    const member = fc.oneof(fc.constant(undefined), fc.jsonValue());
    const arb = fc.letrec((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        member,
        fc.array(tie('value')),
        fc.dictionary(fc.string(), tie('value')),
        fc.dictionary(fc.oneof(fc.string(), fc.nat().map(String)), member),
      ),
    })).value;
    fc.assert(
      fc.property(arb, (value) => {
        expect(canonicalJson(value)).toBe(definition(value));
      }),
      { numRuns: 500 },
    );
  });

  it('hashes equal values equally whatever their key order', () => {
    expect(requestHash({ a: 1, b: { c: [1, 2], d: 'x' } })).toBe(requestHash({ b: { d: 'x', c: [1, 2] }, a: 1 }));
    expect(requestHash({ a: 1 })).not.toBe(requestHash({ a: 2 }));
  });
});
