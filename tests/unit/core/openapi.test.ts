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

  it('describes request bodies from the validating schemas (money as yuan, field names of API.md)', () => {
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

  it('docs/openapi.json is the current generated document (run `npm run openapi` after changing a schema)', () => {
    const written = JSON.parse(readFileSync(new URL('../../../docs/openapi.json', import.meta.url), 'utf8'));
    expect(written).toEqual(JSON.parse(JSON.stringify(doc)));
  });
});
