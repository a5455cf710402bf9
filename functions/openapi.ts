import { apiHandler } from '../shared/http/api-handler.js';
import { ALL_CONTRACTS, EXTRA_SCHEMAS } from '../shared/app/contracts.js';
import { buildOpenApi } from '../shared/app/openapi.js';
import { REFERENCE_CONTRACTS } from '../shared/reference/contracts.js';
import { policyDescription } from '../shared/app/policy-description.js';

let document: Record<string, unknown> | undefined;

export const handler = apiHandler(REFERENCE_CONTRACTS.openapi, async () => {
  document ??= buildOpenApi(ALL_CONTRACTS, { description: policyDescription(), schemas: EXTRA_SCHEMAS });
  return { status: 200, body: document };
});
