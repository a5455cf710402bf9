import { readinessTargets } from '../shared/app/readiness.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { checkReadiness } from '../shared/platform/readiness.js';
import { REFERENCE_CONTRACTS } from '../shared/reference/contracts.js';

export const makeHandler = (targets = readinessTargets) =>
  apiHandler(REFERENCE_CONTRACTS.ready, async () => ({
    status: 200,
    body: { status: 'ready', checks: await checkReadiness(targets()) },
  }));

export const handler = makeHandler();
