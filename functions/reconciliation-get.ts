import { NotFoundError } from '../shared/errors.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { CLAIM_CONTRACTS } from '../shared/claims/contracts.js';
import { reconciliationDeps } from '../shared/app/reports.js';
import { readReconciliation } from '../shared/claims/reconciliation.js';

export const makeHandler = (deps = reconciliationDeps) =>
  apiHandler(CLAIM_CONTRACTS.reconciliation, async ({ params }) => {
    const found = await readReconciliation(deps(), params.year);
    if (!found) throw new NotFoundError(`No reconciliation has run for ${params.year}.`, 'reconciliation-not-found');
    return { status: 200, body: found };
  });

export const handler = makeHandler();
