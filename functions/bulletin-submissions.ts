import { apiHandler } from '../shared/http/api-handler.js';
import { BULLETIN_CONTRACTS } from '../shared/bulletin/contracts.js';
import { bulletinDeps } from '../shared/app/bulletin.js';
import { submissionsView } from '../shared/bulletin/use-cases.js';

export const makeHandler = (deps = bulletinDeps) =>
  apiHandler(BULLETIN_CONTRACTS.submissions, async ({ params, caller }) => ({
    status: 200,
    body: await submissionsView(deps(), caller, params.asOf),
  }));

export const handler = makeHandler();
