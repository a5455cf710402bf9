import { apiHandler } from '../shared/http/api-handler.js';
import { HOUSING_CONTRACTS } from '../shared/housing/contracts.js';
import { housingDeps } from '../shared/housing/deps.js';
import { requestPhoto } from '../shared/housing/use-cases.js';

export const makeHandler = (deps = housingDeps) =>
  apiHandler(HOUSING_CONTRACTS.photo, async ({ params, body, caller }) => ({ status: 201, body: await requestPhoto(deps(), caller, params.caseId, body) }));

export const handler = makeHandler();
