import { apiHandler } from '../shared/http/api-handler.js';
import { BULLETIN_CONTRACTS } from '../shared/bulletin/contracts.js';
import { bulletinDeps } from '../shared/app/bulletin.js';
import { listBulletins } from '../shared/bulletin/use-cases.js';

export const makeHandler = (deps = bulletinDeps) =>
  apiHandler(BULLETIN_CONTRACTS.list, async ({ caller }) => ({
    status: 200,
    body: { bulletins: await listBulletins(deps(), caller) },
  }));

export const handler = makeHandler();
