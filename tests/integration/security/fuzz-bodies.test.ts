import { readFileSync } from 'node:fs';
import { ScanCommand } from '@aws-sdk/lib-dynamodb';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ROUTES } from '../../../shared/platform/routes/index.js';
import type { RouteDef } from '../../../shared/platform/types.js';
import { call, dynamo, newPersonId, tableName, uniqueSuffix, type TokenClaims } from '../../support/api.js';
import { tally } from '../../support/attack-tally.js';

/**
 * Every route that takes a body, fuzzed with bodies that cannot be valid: text that is not JSON, JSON that is
 * not an object, objects whose required fields all have the wrong type, invalid UTF-8, deep nesting. Each must
 * be a 4xx in the error shape, and nothing may be stored. Other test files write to the same table at the
 * same time, so "nothing stored" is checked by this file's own keys: the fuzz caller has its own `sub` (every
 * change records who made it) and its own path ids; no item may carry either.
 */
const RUN = `fuzz${uniqueSuffix()}`;
const SUB = `sub-${RUN}`;
const doc = JSON.parse(readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8'));

type Schema = { $ref?: string; type?: string | string[]; required?: string[]; properties?: Record<string, Schema> };
const resolve = (s: Schema | undefined): Schema | undefined => {
  if (!s?.$ref) return s;
  const name = s.$ref.replace('#/components/schemas/', '');
  return resolve(doc.components.schemas[name]);
};
const bodySchemaOf = (r: RouteDef): Schema | undefined =>
  resolve(doc.paths[r.path]?.[r.method.toLowerCase()]?.requestBody?.content?.['application/json']?.schema);

const PARAMS: Record<string, () => string> = {
  personId: newPersonId,
  studentId: newPersonId,
  caseId: () => `HC-${RUN}`,
  photoId: () => `P-${RUN}`,
  claimId: () => `C-${RUN}`,
  householdId: () => `HH-${RUN}`,
  hospitalId: () => `h-${RUN}`,
  month: () => '2019-05',
  year: () => '2019',
  asOf: () => '2019-06-30',
};
const pathOf = (r: RouteDef) => r.path.replace(/\{(\w+)\}/g, (_, name: string) => (PARAMS[name] ?? (() => RUN))());

function callerFor(r: RouteDef): TokenClaims {
  const role = r.roles === 'public' ? 'audit' : r.roles[0]!;
  return {
    role,
    sub: SUB,
    ...(role === 'township' ? { township: 'zhonghe' } : {}),
    ...(role === 'hospital' ? { hospitalId: 'zlt-peoples' } : {}),
  };
}

/** A value of a type the property does not accept. */
function wrongFor(s: Schema | undefined): unknown {
  const type = Array.isArray(s?.type) ? s.type[0] : s?.type;
  if (type === 'string') return 12345.5;
  if (type === 'number' || type === 'integer') return 'not a number';
  if (type === 'boolean') return 'yes';
  if (type === 'array') return { not: 'an array' };
  if (type === 'object' || s?.properties) return [1, 2, 3];
  return Symbol.for('unrepresentable'); // dropped by JSON: the required field is then missing
}

const notJson = fc.string({ maxLength: 200 }).filter((t) => {
  try {
    JSON.parse(t);
    return false;
  } catch {
    return true;
  }
});
const notObject = fc
  .oneof(fc.array(fc.jsonValue(), { maxLength: 5 }), fc.integer(), fc.double({ noNaN: true }), fc.boolean())
  .map((v) => JSON.stringify(v))
  .chain((v) => fc.constantFrom(v, 'null', '"a string"'));
const badUtf8 = fc
  .uint8Array({ minLength: 1, maxLength: 40 })
  .map((bytes) => Buffer.concat([Buffer.from('{"x":"'), Buffer.from([0xff, ...bytes, 0xc0]), Buffer.from('"}')]));
const deep = fc.integer({ min: 1000, max: 20000 }).map((n) => `${'['.repeat(n)}${']'.repeat(n)}`);

function wrongTypes(schema: Schema) {
  const required = schema.required ?? [];
  return fc.dictionary(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue(), { maxKeys: 4 }).map((junk) => {
    const body: Record<string, unknown> = { ...junk };
    for (const name of required) {
      const w = wrongFor(resolve(schema.properties?.[name]));
      if (typeof w === 'symbol') delete body[name];
      else body[name] = w;
    }
    return JSON.stringify(body);
  });
}

async function itemsOfThisRun(): Promise<number> {
  let count = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await dynamo().send(
      new ScanCommand({ TableName: tableName(), ...(start ? { ExclusiveStartKey: start } : {}) }),
    );
    for (const item of page.Items ?? []) if (JSON.stringify(item).includes(RUN)) count += 1;
    start = page.LastEvaluatedKey;
  } while (start);
  return count;
}

const routesWithBody = ROUTES.filter((r) => bodySchemaOf(r) !== undefined);

describe('fuzz: malformed bodies on every route with a body', () => {
  it('finds the routes with a body in the published contract', () => {
    expect(routesWithBody.length).toBeGreaterThanOrEqual(15);
  });

  it.each(routesWithBody.map((r) => [`${r.method} ${r.path}`, r] as const))(
    '%s: every malformed body is a 4xx in the error shape and nothing is stored',
    async (_key, route) => {
      const schema = bodySchemaOf(route)!;
      const bodies: fc.Arbitrary<string | Buffer>[] = [notJson, notObject, badUtf8, deep];
      if ((schema.required ?? []).length > 0) bodies.push(wrongTypes(schema));
      let tries = 0;
      await fc.assert(
        fc.asyncProperty(fc.oneof(...bodies), async (raw) => {
          tries += 1;
          const r = await call(route.method, pathOf(route), { as: callerFor(route), rawBody: raw });
          expect(r.status, String(raw).slice(0, 80)).toBeGreaterThanOrEqual(400);
          expect(r.status, String(raw).slice(0, 80)).toBeLessThan(500);
          expect(r.body?.error).toEqual({
            code: expect.any(String),
            message: expect.any(String),
            details: expect.any(Array),
          });
        }),
        { numRuns: 30 },
      );
      tally('malformed bodies (fast-check, every route with a body)', tries);
      expect(await itemsOfThisRun()).toBe(0);
    },
  );
});
