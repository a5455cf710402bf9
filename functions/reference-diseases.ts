import { apiHandler } from '../shared/http/api-handler.js';
import { DISEASES } from '../shared/reference/diseases.js';

export const handler = apiHandler({ route: 'GET /v1/reference/diseases' }, async () => ({ status: 200, body: { diseases: DISEASES } }));
