import { apiHandler } from '../shared/http/api-handler.js';
import { rosterStore } from '../shared/platform/deps.js';
import { checkRosterRows, loadingRoleOf } from '../shared/roster/load.js';
import { rosterLoadSchema } from '../shared/roster/schemas.js';

export const makeHandler = (store = rosterStore) =>
  apiHandler({ route: 'PUT /v1/roster/persons', body: rosterLoadSchema }, async ({ body, caller }) => {
    const role = loadingRoleOf(caller);
    const { good, rejected } = checkRosterRows(body.persons, role);
    await store().upsertRows(good.map((g) => g.row), role, caller);
    return { status: 200, body: { accepted: good.length, rejected } };
  });

export const handler = makeHandler();
