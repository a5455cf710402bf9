import { apiHandler } from '../shared/http/api-handler.js';
import { BULLETIN_CONTRACTS } from '../shared/bulletin/contracts.js';
import { bulletinDeps } from '../shared/app/bulletin.js';
import { buildDraft, readBulletin } from '../shared/bulletin/use-cases.js';

/** The draft as it would be published now (before publication; afterwards the published revision answers). */
export const makeHandler = (deps = bulletinDeps) =>
  apiHandler(BULLETIN_CONTRACTS.draft, async ({ params, caller }) => {
    await buildDraft(deps(), params.asOf);
    return { status: 201, body: await readBulletin(deps(), caller, params.asOf) };
  });

export const handler = makeHandler();
