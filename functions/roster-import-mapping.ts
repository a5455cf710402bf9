import { apiHandler } from '../shared/http/api-handler.js';
import { ROSTER_IMPORT_CONTRACTS } from '../shared/roster/import/contracts.js';
import { importDeps } from '../shared/app/roster-import.js';
import { setMapping } from '../shared/roster/import/use-cases.js';

export const makeHandler = (deps = importDeps) =>
  apiHandler(ROSTER_IMPORT_CONTRACTS.mapping, async ({ params, body, caller }) => ({
    status: 200,
    body: await setMapping(deps(), caller, params.importId, body.mapping),
  }));

export const handler = makeHandler();
