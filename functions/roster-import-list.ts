import { apiHandler } from '../shared/http/api-handler.js';
import { ROSTER_IMPORT_CONTRACTS } from '../shared/roster/import/contracts.js';
import { importDeps } from '../shared/app/roster-import.js';
import { listImports } from '../shared/roster/import/use-cases.js';

export const makeHandler = (deps = importDeps) =>
  apiHandler(ROSTER_IMPORT_CONTRACTS.list, async ({ caller }) => ({
    status: 200,
    body: await listImports(deps(), caller),
  }));

export const handler = makeHandler();
