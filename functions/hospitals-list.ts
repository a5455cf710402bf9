import { apiHandler } from '../shared/http/api-handler.js';
import { REFERENCE_CONTRACTS } from '../shared/reference/contracts.js';
import { hospitalStore } from '../shared/app/adapters.js';

export const makeHandler = (store = hospitalStore) =>
  apiHandler(REFERENCE_CONTRACTS.hospitals, async () => ({ status: 200, body: { hospitals: await store().list() } }));

export const handler = makeHandler();
