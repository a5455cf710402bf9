import type { Context } from 'aws-lambda';
import { bulletinDeps } from '../shared/app/bulletin.js';
import { BULLETIN_CONTRACTS } from '../shared/bulletin/contracts.js';
import { buildDraft, publish, readBulletin, submit } from '../shared/bulletin/use-cases.js';
import { type ApiEvent, apiHandler } from '../shared/http/api-handler.js';

/**
 * The bulletin's writes, one function for three routes (one function per access level keeps the stack under
 * CloudFormation's 500 resources; each route keeps its own contract and role check):
 * - a township's submission: 201 a new version, 200 a replay, 409 once published;
 * - the draft as it would be published now;
 * - publication, a person's act: 201 a new revision, 200 the latest when already published (no correction).
 */
export const makeHandler = (deps = bulletinDeps) => {
  const routes: Record<string, (event: ApiEvent, context: Context) => Promise<unknown>> = {
    [BULLETIN_CONTRACTS.submit.route]: apiHandler(BULLETIN_CONTRACTS.submit, async ({ params, body, caller }) => {
      const { created, submission } = await submit(deps(), caller, params.asOf, body);
      return { status: created ? 201 : 200, body: submission };
    }),
    [BULLETIN_CONTRACTS.draft.route]: apiHandler(BULLETIN_CONTRACTS.draft, async ({ params, caller }) => {
      await buildDraft(deps(), params.asOf);
      return { status: 201, body: await readBulletin(deps(), caller, params.asOf) };
    }),
    [BULLETIN_CONTRACTS.publish.route]: apiHandler(BULLETIN_CONTRACTS.publish, async ({ params, body, caller }) => {
      const { created, bulletin } = await publish(deps(), caller, params.asOf, body);
      return { status: created ? 201 : 200, body: bulletin };
    }),
  };
  return (event: ApiEvent, context: Context) => {
    const route = routes[event.routeKey];
    if (!route) throw new Error(`bulletin-write does not serve ${event.routeKey}`);
    return route(event, context);
  };
};

export const handler = makeHandler();
