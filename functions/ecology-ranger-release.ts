import { ECOLOGY_CONTRACTS } from '../shared/ecology/contracts.js';
import { ecologyDeps } from '../shared/app/ecology.js';
import { postView, release } from '../shared/ecology/use-cases.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (deps = ecologyDeps) =>
  apiHandler(ECOLOGY_CONTRACTS.release, async ({ params, body, caller }) => {
    const post = await release(deps(), caller, params.personId, body.on);
    return {
      status: 200,
      body: postView(post, Number(body.on.slice(0, 4)), deps().policy, await deps().rangers.tenures(post.township)),
    };
  });

export const handler = makeHandler();
