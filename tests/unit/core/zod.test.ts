import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import * as classic from 'zod';
import { describe, expect, it } from 'vitest';
import * as z from '../../../shared/zod.js';

const root = resolve(import.meta.dirname, '../../..');
const messages = (r: { success: boolean; error?: { issues: { message: string }[] } }) =>
  r.error?.issues.map((i) => i.message) ?? [];

describe('shared/zod.ts: zod/mini as every Lambda-side schema uses it', () => {
  it('tells a caller what classic zod told them: the English messages, not "Invalid input"', () => {
    // In a fresh process that loads only shared/zod.ts, as a function bundle does: importing classic zod (as this
    // file does, to compare) configures the same English messages process-wide and would hide a missing locale.
    const script = `
      import * as z from './shared/zod.ts';
      const cases = [
        [z.number().check(z.int(), z.lte(20)), 21],
        [z.number().check(z.int(), z.gte(1)), 0.5],
        [z.string().check(z.minLength(1), z.maxLength(4)), 'abcdef'],
        [z.string().check(z.minLength(1)), ''],
        [z.enum(['a', 'b']), 'c'],
        [z.strictObject({ a: z.string() }), { a: 1, b: 2 }],
        [z.iso.datetime(), '2019-13-01'],
        [z.url(), 'not a url'],
      ];
      process.stdout.write(JSON.stringify(cases.map(([s, v]) => s.safeParse(v).error.issues.map((i) => i.message))));`;
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.stderr).toBe('');
    const mini = JSON.parse(run.stdout) as string[][];
    const full: [classic.ZodType, unknown][] = [
      [classic.number().int().max(20), 21],
      [classic.number().int().min(1), 0.5],
      [classic.string().min(1).max(4), 'abcdef'],
      [classic.string().min(1), ''],
      [classic.enum(['a', 'b']), 'c'],
      [classic.strictObject({ a: classic.string() }), { a: 1, b: 2 }],
      [classic.iso.datetime(), '2019-13-01'],
      [classic.url(), 'not a url'],
    ];
    expect(mini).toEqual(full.map(([schema, input]) => messages(schema.safeParse(input))));
    expect(mini[0]).toEqual(['Too big: expected number to be <=20']);
    expect(mini.flat()).not.toContain('Invalid input');
  });

  it('withMeta, like classic .meta(): registers a copy, leaves the original as it was, and the id stays with the copy', () => {
    const base = z.string().check(z.minLength(1));
    const named = z.withMeta(base, { id: 'Probe', description: 'a probe' });
    expect(named).not.toBe(base);
    expect(z.globalRegistry.get(base)).toBeUndefined();
    expect(z.globalRegistry.get(named)).toEqual({ id: 'Probe', description: 'a probe' });
    // A schema derived from the named one inherits its description but not its id (two schemas with one id
    // cannot be converted together: the OpenAPI document would fail to build).
    const derived = named.check(z.maxLength(9));
    expect(z.globalRegistry.get(derived)).toEqual({ description: 'a probe' });
    const doc = z.toJSONSchema(z.object({ a: named, b: derived }));
    expect(doc.$defs?.Probe).toMatchObject({ type: 'string', minLength: 1, description: 'a probe' });
    expect(named.safeParse('').success).toBe(false);
  });
});
