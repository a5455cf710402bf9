import { apiHandler } from '../shared/http/api-handler.js';
import { REFERENCE_CONTRACTS } from '../shared/reference/contracts.js';

export const handler = apiHandler(REFERENCE_CONTRACTS.health, async () => ({ status: 200, body: { status: 'ok' } }));
