import { actorOf } from '../shared/audit/types.js';
import { apiHandler } from '../shared/http/api-handler.js';
import { CLAIM_CONTRACTS } from '../shared/claims/contracts.js';
import { reconciliationDeps } from '../shared/app/reports.js';
import { runReconciliation } from '../shared/claims/reconciliation.js';

export const makeHandler = (deps = reconciliationDeps) =>
  apiHandler(CLAIM_CONTRACTS.reconcile, async ({ params, query, caller }) => ({
    status: 200,
    body: await runReconciliation(deps(), params.year, {
      ...(query.reason ? { reason: query.reason } : {}),
      actor: actorOf(caller),
    }),
  }));

export const handler = makeHandler();
