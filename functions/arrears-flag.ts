import { apiHandler } from '../shared/http/api-handler.js';
import { systemClock } from '../shared/app/adapters.js';
import { rosterStore } from '../shared/app/adapters.js';
import { shanghaiDate } from '../shared/dates.js';
import { ROSTER_CONTRACTS } from '../shared/roster/contracts.js';

export const makeHandler = (store = rosterStore, clock = systemClock) =>
  apiHandler(ROSTER_CONTRACTS.arrears, async ({ body, params, caller }) => {
    const flag = await store().setArrears(params.householdId, body, caller, shanghaiDate(clock.now()));
    return { status: 200, body: { householdId: params.householdId, ...flag } };
  });

export const handler = makeHandler();
