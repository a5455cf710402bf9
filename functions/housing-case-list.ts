import { assertTownshipScope } from '../shared/auth/scope.js';
import { ValidationError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { HOUSING_CONTRACTS } from '../shared/housing/contracts.js';
import { housingDeps } from '../shared/app/housing.js';
import { openPageToken, sealPageToken, type PageBinding } from '../shared/http/page-token.js';
import { pageTokenKey } from '../shared/platform/page-token-key.js';
import { caseView } from '../shared/housing/view.js';

export const makeHandler = (deps = housingDeps, tokenKey = pageTokenKey) =>
  apiHandler(HOUSING_CONTRACTS.list, async ({ query, caller }) => {
    const township = query.township ?? caller.township;
    if (!township)
      throw new ValidationError('Name the township to list.', [
        { path: 'query.township', message: 'is required for city-wide callers' },
      ]);
    assertTownshipScope(caller, township);
    // A token continues exactly this list: this township, programme and status.
    const binding: PageBinding = {
      route: HOUSING_CONTRACTS.list.route,
      scope: `township:${township}`,
      filters: { programme: query.programme, status: query.status },
    };
    const key = await tokenKey();
    const startKey = query.nextToken ? openPageToken(query.nextToken, binding, key) : undefined;
    const page = await deps().cases.list(
      township,
      { programme: query.programme, status: query.status },
      query.limit,
      startKey,
    );
    const nextToken = page.lastKey ? sealPageToken(page.lastKey, binding, key) : undefined;
    return { status: 200, body: { cases: page.cases.map((c) => caseView(c)), ...(nextToken ? { nextToken } : {}) } };
  });

export const handler = makeHandler();
