import { apiHandler } from '../shared/http/api-handler.js';
import { BULLETIN_CONTRACTS } from '../shared/bulletin/contracts.js';
import { bulletinDeps } from '../shared/app/bulletin.js';
import { readBulletin } from '../shared/bulletin/use-cases.js';

export const makeHandler = (deps = bulletinDeps) =>
  apiHandler(BULLETIN_CONTRACTS.get, async ({ params, query, caller }) => ({
    status: 200,
    body: await readBulletin(deps(), caller, params.asOf, query.revision),
  }));

export const handler = makeHandler();
