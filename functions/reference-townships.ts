import { apiHandler } from '../shared/http/api-handler.js';
import { REFERENCE_CONTRACTS } from '../shared/reference/contracts.js';
import { TOWNSHIPS } from '../shared/reference/townships.js';

export const handler = apiHandler(REFERENCE_CONTRACTS.townships, async () => ({
  status: 200,
  body: { townships: TOWNSHIPS },
}));
