import { apiHandler } from '../shared/http/api-handler.js';
import { hospitalStore } from '../shared/platform/deps.js';

export const makeHandler = (store = hospitalStore) =>
  apiHandler({ route: 'GET /v1/hospitals' }, async () => ({ status: 200, body: { hospitals: await store().list() } }));

export const handler = makeHandler();
