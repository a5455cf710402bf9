import { apiHandler } from '../shared/http/api-handler.js';
import { TOWNSHIPS } from '../shared/reference/townships.js';

export const handler = apiHandler({ route: 'GET /v1/reference/townships' }, async () => ({ status: 200, body: { townships: TOWNSHIPS } }));
