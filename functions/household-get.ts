import { HOUSEHOLD_CONTRACTS } from '../shared/household/contracts.js';
import { householdDeps } from '../shared/app/household.js';
import { getHousehold } from '../shared/household/use-cases.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (deps = householdDeps) =>
  apiHandler(HOUSEHOLD_CONTRACTS.household, async ({ params, caller }) => ({
    status: 200,
    body: await getHousehold(deps(), caller, params.householdId),
  }));

export const handler = makeHandler();
