import { assertTownshipScope } from '../shared/auth/scope.js';
import { ECOLOGY_CONTRACTS } from '../shared/ecology/contracts.js';
import { ecologyDeps } from '../shared/app/ecology.js';
import { postView } from '../shared/ecology/use-cases.js';
import { ValidationError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';

export const makeHandler = (deps = ecologyDeps) =>
  apiHandler(ECOLOGY_CONTRACTS.list, async ({ query, caller }) => {
    const township = query.township ?? caller.township;
    if (!township)
      throw new ValidationError('Name the township.', [
        { path: 'query.township', message: 'is required for city-wide callers' },
      ]);
    assertTownshipScope(caller, township);
    const [posts, tenures] = await Promise.all([deps().rangers.posts(township), deps().rangers.tenures(township)]);
    return { status: 200, body: { rangers: posts.map((p) => postView(p, query.year, deps().policy, tenures)) } };
  });

export const handler = makeHandler();
