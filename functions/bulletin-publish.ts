import { apiHandler } from '../shared/http/api-handler.js';
import { BULLETIN_CONTRACTS } from '../shared/bulletin/contracts.js';
import { bulletinDeps } from '../shared/app/bulletin.js';
import { publish } from '../shared/bulletin/use-cases.js';

/** Publishing is a person's act: 201 a new revision, 200 the latest when already published (no correction). */
export const makeHandler = (deps = bulletinDeps) =>
  apiHandler(BULLETIN_CONTRACTS.publish, async ({ params, body, caller }) => {
    const { created, bulletin } = await publish(deps(), caller, params.asOf, body);
    return { status: created ? 201 : 200, body: bulletin };
  });

export const handler = makeHandler();
