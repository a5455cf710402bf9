import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ALL_CONTRACTS, EXTRA_SCHEMAS } from '../../../shared/app/contracts.js';
import { buildOpenApi } from '../../../shared/app/openapi.js';
import { policyDescription } from '../../../shared/app/policy-description.js';
import { ROUTES } from '../../../shared/platform/routes/index.js';

describe('OpenAPI 3.1 description', () => {
  const doc = buildOpenApi(ALL_CONTRACTS, { description: policyDescription(), schemas: EXTRA_SCHEMAS }) as {
    openapi: string;
    paths: Record<string, Record<string, any>>;
    components: { schemas: Record<string, any> };
  };

  it('has an operation for every route of the route table, and no /dev/token', () => {
    expect(doc.openapi).toBe('3.1.0');
    for (const r of ROUTES) expect(doc.paths[r.path]?.[r.method.toLowerCase()], `${r.method} ${r.path}`).toBeDefined();
    expect(doc.paths['/dev/token']).toBeUndefined();
  });

  it('describes request bodies from the validating schemas (money as yuan, field names of the published contract)', () => {
    expect(doc.paths['/v1/roster/persons']!.put.requestBody.content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/RosterLoad',
    });
    expect(doc.components.schemas.RosterLoad.properties.persons.maxItems).toBe(1000);
    expect(Object.keys(doc.components.schemas.PersonRow.properties)).toEqual(
      expect.arrayContaining([
        'personId',
        'name',
        'householdId',
        'township',
        'village',
        'registeredFrom',
        'registeredUntil',
        'birthDate',
        'flags',
        'insuredYears',
      ]),
    );
    expect(doc.components.schemas.Hospital.properties.level.enum).toEqual([
      'township',
      'county',
      'prefecture',
      'region',
      'outside',
    ]);
  });

  it('closes every object a client reads or sends: no undocumented field can validate, no untyped value', () => {
    const open: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) {
        for (const [i, v] of value.entries()) walk(v, `${path}/${i}`);
        return;
      }
      if (!value || typeof value !== 'object') return;
      const node = value as Record<string, unknown>;
      if (path.includes('/OpenApiDocument')) return; // GET /v1/openapi.json answers this very document
      if (node.type === 'object' && node.additionalProperties === undefined) open.push(path);
      for (const [k, v] of Object.entries(node)) {
        if (k === 'default' || k === 'example' || k === 'examples') continue;
        if (k === 'properties' || k === '$defs') {
          for (const [name, schema] of Object.entries(v as Record<string, unknown>)) {
            const empty = schema && typeof schema === 'object' && Object.keys(schema).length === 0;
            if (empty) open.push(`${path}/${k}/${name} (untyped)`);
            walk(schema, `${path}/${k}/${name}`);
          }
        } else walk(v, `${path}/${k}`);
      }
    };
    walk(doc.components.schemas, '#/components/schemas');
    walk(doc.paths, '#/paths');
    expect(open).toEqual([]);
  });

  it('lists each error status with the codes a client can switch on, and Retry-After on 429 and 503', () => {
    const missing: string[] = [];
    for (const [path, ops] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(ops)) {
        for (const [status, response] of Object.entries(op.responses as Record<string, any>)) {
          if (Number(status) < 400) continue;
          const code = response.content['application/json'].schema.properties.error.properties.code;
          if (!Array.isArray(code.enum) || code.enum.length === 0) missing.push(`${method} ${path} ${status}: codes`);
          if ((status === '429' || status === '503') && response.headers?.['Retry-After']?.required !== true)
            missing.push(`${method} ${path} ${status}: Retry-After`);
        }
      }
    }
    expect(missing).toEqual([]);
    const claims = doc.paths['/v1/claims']!.post.responses;
    expect(claims['409'].content['application/json'].schema.properties.error.properties.code.enum).toEqual([
      'claim-conflict',
    ]);
    expect(claims['404'].content['application/json'].schema.properties.error.properties.code.enum).toEqual([
      'person-not-found',
      'hospital-not-found',
    ]);
    // A replay answers 200 with the same body as the first 201.
    expect(claims['200'].content['application/json'].schema).toEqual(claims['201'].content['application/json'].schema);
  });

  it('shows one realistic, synthetic exchange per operation: request body, answer and path values', () => {
    const missing: string[] = [];
    const examples: unknown[] = [];
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, op] of Object.entries(methods)) {
        const where = `${method.toUpperCase()} ${path}`;
        const request = op.requestBody?.content?.['application/json'];
        if (request && request.example === undefined) missing.push(`${where} request`);
        const answers = Object.entries(op.responses as Record<string, any>).filter(([status]) =>
          status.startsWith('2'),
        );
        const withBody = answers.filter(([, r]) => r.content?.['application/json']);
        if (withBody.length > 0 && !withBody.some(([, r]) => r.content['application/json'].example !== undefined))
          missing.push(`${where} answer`);
        for (const p of op.parameters ?? [])
          if (p.in === 'path' && p.example === undefined) missing.push(`${where} ${p.name}`);
        examples.push(request?.example, ...withBody.map(([, r]) => r.content['application/json'].example));
      }
    }
    expect(missing).toEqual([]);
    const text = JSON.stringify(examples);
    // Identity numbers only from the non-existent region 159999 (masked or not); no local addresses.
    const identities = text.match(/\b\d{6}[\d*]{11}[\dX]\b/g) ?? [];
    expect(identities.length).toBeGreaterThan(10);
    expect(identities.filter((id) => !id.startsWith('159999'))).toEqual([]);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost/);
    // Claims, cases and payments of 2019 on many different days, not one date everywhere.
    const dates = new Set(text.match(/\b2019-\d\d-\d\d\b/g));
    expect(dates.size).toBeGreaterThanOrEqual(15);
  });

  it('docs/openapi.json is the current generated document (run `npm run openapi` after changing a schema)', () => {
    const written = JSON.parse(readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
