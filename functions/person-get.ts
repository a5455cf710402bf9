import { HOUSEHOLD_CONTRACTS } from '../shared/household/contracts.js';
import { getPerson } from '../shared/household/person-search.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { rosterStore } from '../shared/app/adapters.js';

export const makeHandler = (store = rosterStore) =>
  apiHandler(HOUSEHOLD_CONTRACTS.person, async ({ params, caller }) => ({
    status: 200,
    body: await getPerson(store(), caller, params.personId),
  }));

export const handler = makeHandler();
