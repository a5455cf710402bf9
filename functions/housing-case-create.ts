import { apiHandler } from '../shared/http/api-handler.js';
import { HOUSING_CONTRACTS } from '../shared/housing/contracts.js';
import { housingDeps } from '../shared/app/housing.js';
import { createCase, withPhotos } from '../shared/housing/use-cases.js';
import { fileView } from '../shared/housing/view.js';

export const makeHandler = (deps = housingDeps) =>
  apiHandler(HOUSING_CONTRACTS.create, async ({ body, caller }) => {
    const { created, file } = await createCase(deps(), caller, body);
    return { status: created ? 201 : 200, body: fileView(file, withPhotos(file)) };
  });

export const handler = makeHandler();
