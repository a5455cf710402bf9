import { assertTownshipScope } from '../shared/auth/scope.js';
import { ValidationError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { HOUSING_CONTRACTS } from '../shared/housing/contracts.js';
import { housingDeps } from '../shared/app/housing.js';
import { decodeNextToken } from '../shared/housing/use-cases.js';
import { caseView } from '../shared/housing/view.js';

export const makeHandler = (deps = housingDeps) =>
  apiHandler(HOUSING_CONTRACTS.list, async ({ query, caller }) => {
    const township = query.township ?? caller.township;
    if (!township)
      throw new ValidationError('Name the township to list.', [
        { path: 'query.township', message: 'is required for city-wide callers' },
      ]);
    assertTownshipScope(caller, township);
    decodeNextToken(query.nextToken);
    const page = await deps().cases.list(
      township,
      { programme: query.programme, status: query.status },
      query.limit,
      query.nextToken,
    );
    return {
      status: 200,
      body: { cases: page.cases.map(caseView), ...(page.nextToken ? { nextToken: page.nextToken } : {}) },
    };
  });

export const handler = makeHandler();
