import { apiHandler } from '../shared/http/api-handler.js';
import { REFERENCE_CONTRACTS } from '../shared/reference/contracts.js';
import { DISEASES } from '../shared/reference/diseases.js';

export const handler = apiHandler(REFERENCE_CONTRACTS.diseases, async () => ({
  status: 200,
  body: { diseases: DISEASES },
}));
