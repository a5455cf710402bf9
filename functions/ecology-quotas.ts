import { ECOLOGY_CONTRACTS } from '../shared/ecology/contracts.js';
import { ecologyDeps } from '../shared/app/ecology.js';
import { quotas } from '../shared/ecology/use-cases.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (deps = ecologyDeps) =>
  apiHandler(ECOLOGY_CONTRACTS.quotas, async ({ caller }) => ({ status: 200, body: await quotas(deps(), caller) }));

export const handler = makeHandler();
