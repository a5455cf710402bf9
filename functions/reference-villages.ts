import { apiHandler } from '../shared/http/api-handler.js';
import { rosterStore } from '../shared/app/adapters.js';
import { ROSTER_IMPORT_CONTRACTS } from '../shared/roster/import/contracts.js';

export const makeHandler = (store = rosterStore) =>
  apiHandler(ROSTER_IMPORT_CONTRACTS.villages, async () => {
    const all = await store().villages();
    return {
      status: 200,
      body: { villages: [...all.entries()].map(([township, villages]) => ({ township, villages })) },
    };
  });

export const handler = makeHandler();
