import { apiHandler } from '../shared/http/api-handler.js';
import { HOUSING_CONTRACTS } from '../shared/housing/contracts.js';
import { photoDeps } from '../shared/app/housing-photos.js';
import { requestPhoto } from '../shared/housing/use-cases.js';

export const makeHandler = (deps = photoDeps) =>
  apiHandler(HOUSING_CONTRACTS.photo, async ({ params, body, caller }) => ({
    status: 201,
    body: await requestPhoto(deps(), caller, params.caseId, body),
  }));

export const handler = makeHandler();
