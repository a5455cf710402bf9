import { apiHandler } from '../shared/http/api-handler.js';
import { HOUSING_CONTRACTS } from '../shared/housing/contracts.js';
import { housingDeps } from '../shared/app/housing.js';
import { getCaseFile, withPhotos } from '../shared/housing/use-cases.js';
import { fileView } from '../shared/housing/view.js';

export const makeHandler = (deps = housingDeps) =>
  apiHandler(HOUSING_CONTRACTS.get, async ({ params, caller }) => {
    const file = await getCaseFile(deps(), caller, params.caseId);
    return { status: 200, body: fileView(file, withPhotos(file)) };
  });

export const handler = makeHandler();
