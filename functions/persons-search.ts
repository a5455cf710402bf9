import { HOUSEHOLD_CONTRACTS } from '../shared/household/contracts.js';
import { searchPersons } from '../shared/household/person-search.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { rosterStore } from '../shared/app/adapters.js';

export const makeHandler = (store = rosterStore) =>
  apiHandler(HOUSEHOLD_CONTRACTS.search, async ({ query, caller }) => ({
    status: 200,
    body: await searchPersons(store(), caller, query.q, query.township),
  }));

export const handler = makeHandler();
