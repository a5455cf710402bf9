import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ALL_CONTRACTS, EXTRA_SCHEMAS } from '../shared/app/contracts.js';
import { buildOpenApi } from '../shared/app/openapi.js';
import { policyDescription } from '../shared/app/policy-description.js';

/** `npm run openapi`: writes docs/openapi.json from the same schemas the handlers validate with. */
const target = resolve(import.meta.dirname, '../docs/openapi.json');
writeFileSync(
  target,
  `${JSON.stringify(buildOpenApi(ALL_CONTRACTS, { description: policyDescription(), schemas: EXTRA_SCHEMAS }), null, 2)}\n`,
);
console.log(`wrote ${target}`);
