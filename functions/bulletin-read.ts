import type { Context } from 'aws-lambda';
import { bulletinDeps } from '../shared/app/bulletin.js';
import { BULLETIN_CONTRACTS } from '../shared/bulletin/contracts.js';
import { listBulletins, readBulletin, submissionsView } from '../shared/bulletin/use-cases.js';
import { type ApiEvent, apiHandler } from '../shared/http/api-handler.js';

/**
 * The bulletin's reads, one function for three routes (see bulletin-write.ts): the list of cut-offs, a
 * bulletin with its short-lived xlsx link, and who submitted for a cut-off.
 */
export const makeHandler = (deps = bulletinDeps) => {
  const routes: Record<string, (event: ApiEvent, context: Context) => Promise<unknown>> = {
    [BULLETIN_CONTRACTS.list.route]: apiHandler(BULLETIN_CONTRACTS.list, async ({ caller }) => ({
      status: 200,
      body: { bulletins: await listBulletins(deps(), caller) },
    })),
    [BULLETIN_CONTRACTS.get.route]: apiHandler(BULLETIN_CONTRACTS.get, async ({ params, query, caller }) => ({
      status: 200,
      body: await readBulletin(deps(), caller, params.asOf, query.revision),
    })),
    [BULLETIN_CONTRACTS.submissions.route]: apiHandler(BULLETIN_CONTRACTS.submissions, async ({ params, caller }) => ({
      status: 200,
      body: await submissionsView(deps(), caller, params.asOf),
    })),
  };
  return (event: ApiEvent, context: Context) => {
    const route = routes[event.routeKey];
    if (!route) throw new Error(`bulletin-read does not serve ${event.routeKey}`);
    return route(event, context);
  };
};

export const handler = makeHandler();
