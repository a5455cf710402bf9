import { apiHandler } from '../shared/http/api-handler.js';
import { systemClock } from '../shared/platform/deps.js';
import { rosterStore } from '../shared/platform/deps.js';
import { shanghaiDate } from '../shared/dates.js';
import { arrearsFlagSchema, householdPathSchema } from '../shared/roster/schemas.js';

export const makeHandler = (store = rosterStore, clock = systemClock) =>
  apiHandler(
    { route: 'POST /v1/households/{householdId}/arrears-flag', body: arrearsFlagSchema, params: householdPathSchema },
    async ({ body, params, caller }) => {
      const flag = await store().setArrears(params.householdId, body, caller, shanghaiDate(clock.now()));
      return { status: 200, body: { householdId: params.householdId, ...flag } };
    },
  );

export const handler = makeHandler();
