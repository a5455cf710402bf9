import { ECOLOGY_CONTRACTS } from '../shared/ecology/contracts.js';
import { ecologyDeps } from '../shared/app/ecology.js';
import { payRun } from '../shared/ecology/use-cases.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (deps = ecologyDeps) =>
  apiHandler(ECOLOGY_CONTRACTS.payRun, async ({ params, caller }) => ({
    status: 200,
    body: await payRun(deps(), caller, params.month),
  }));

export const handler = makeHandler();
