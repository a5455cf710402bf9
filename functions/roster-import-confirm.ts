import { apiHandler } from '../shared/http/api-handler.js';
import { ROSTER_IMPORT_CONTRACTS } from '../shared/roster/import/contracts.js';
import { importDeps } from '../shared/app/roster-import.js';
import { confirmImport } from '../shared/roster/import/use-cases.js';

export const makeHandler = (deps = importDeps) =>
  apiHandler(ROSTER_IMPORT_CONTRACTS.confirm, async ({ params, caller }) => ({
    status: 202,
    body: await confirmImport(deps(), caller, params.importId),
  }));

export const handler = makeHandler();
