import { apiHandler } from '../shared/http/api-handler.js';
import { machineClientRegistry } from '../shared/app/adapters.js';
import { CLAIM_CONTRACTS } from '../shared/claims/contracts.js';
import { claimDeps } from '../shared/app/claims.js';
import { getClaim } from '../shared/claims/use-cases.js';
import { settlementView } from '../shared/claims/view.js';

export const makeHandler = (deps = claimDeps) =>
  apiHandler({ ...CLAIM_CONTRACTS.get, machineClients: machineClientRegistry }, async ({ params, query, caller }) => ({
    status: 200,
    body: settlementView(await getClaim(deps(), caller, params.claimId, query.hospitalId)),
  }));

export const handler = makeHandler();
