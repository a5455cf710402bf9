import { apiHandler } from '../shared/http/api-handler.js';
import { BULLETIN_CONTRACTS } from '../shared/bulletin/contracts.js';
import { bulletinDeps } from '../shared/app/bulletin.js';
import { submit } from '../shared/bulletin/use-cases.js';

/** A township's submission for a cut-off: 201 a new version, 200 a replay, 409 once published. */
export const makeHandler = (deps = bulletinDeps) =>
  apiHandler(BULLETIN_CONTRACTS.submit, async ({ params, body, caller }) => {
    const { created, submission } = await submit(deps(), caller, params.asOf, body);
    return { status: created ? 201 : 200, body: submission };
  });

export const handler = makeHandler();
