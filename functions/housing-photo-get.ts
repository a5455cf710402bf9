import { apiHandler } from '../shared/http/api-handler.js';
import { HOUSING_CONTRACTS } from '../shared/housing/contracts.js';
import { photoDeps } from '../shared/app/housing-photos.js';
import { getPhoto } from '../shared/housing/use-cases.js';

export const makeHandler = (deps = photoDeps) =>
  apiHandler(HOUSING_CONTRACTS.photoGet, async ({ params, caller }) => ({
    status: 200,
    body: await getPhoto(deps(), caller, params.caseId, params.photoId),
  }));

export const handler = makeHandler();
