import { apiHandler } from '../shared/http/api-handler.js';

export const handler = apiHandler({ route: 'GET /v1/health' }, async () => ({ status: 200, body: { status: 'ok' } }));
