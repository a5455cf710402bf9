import { apiHandler } from '../shared/http/api-handler.js';
import { HOUSING_CONTRACTS } from '../shared/housing/contracts.js';
import { housingDeps } from '../shared/app/housing.js';
import type { EventInput } from '../shared/housing/types.js';
import { addEvent } from '../shared/housing/use-cases.js';
import { caseView, eventView } from '../shared/housing/view.js';

export const makeHandler = (deps = housingDeps) =>
  apiHandler(HOUSING_CONTRACTS.event, async ({ params, body, caller }) => {
    const result = await addEvent(deps(), caller, params.caseId, body as EventInput);
    return {
      status: result.replay ? 200 : 201,
      body: { ...caseView(result.case, true), event: eventView(result.event) },
    };
  });

export const handler = makeHandler();
