import { ECOLOGY_CONTRACTS } from '../shared/ecology/contracts.js';
import { ecologyDeps } from '../shared/app/ecology.js';
import { hire, postView } from '../shared/ecology/use-cases.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (deps = ecologyDeps) =>
  apiHandler(ECOLOGY_CONTRACTS.hire, async ({ body, caller }) => {
    const { created, post } = await hire(deps(), caller, body);
    return {
      status: created ? 201 : 200,
      body: postView(post, Number(post.from.slice(0, 4)), deps().policy, await deps().rangers.tenures(post.township)),
    };
  });

export const handler = makeHandler();
