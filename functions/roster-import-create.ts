import { apiHandler } from '../shared/http/api-handler.js';
import { ROSTER_IMPORT_CONTRACTS } from '../shared/roster/import/contracts.js';
import { importDeps } from '../shared/app/roster-import.js';
import { createImport } from '../shared/roster/import/use-cases.js';

export const makeHandler = (deps = importDeps) =>
  apiHandler(ROSTER_IMPORT_CONTRACTS.create, async ({ body, caller }) => ({
    status: 201,
    body: await createImport(deps(), caller, body),
  }));

export const handler = makeHandler();
