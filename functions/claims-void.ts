import { apiHandler } from '../shared/http/api-handler.js';
import { machineClientRegistry } from '../shared/app/adapters.js';
import { CLAIM_CONTRACTS } from '../shared/claims/contracts.js';
import { claimDeps } from '../shared/app/claims.js';
import { voidClaim } from '../shared/claims/use-cases.js';
import { settlementView } from '../shared/claims/view.js';

export const makeHandler = (deps = claimDeps) =>
  apiHandler({ ...CLAIM_CONTRACTS.void, machineClients: machineClientRegistry }, async ({ params, caller }) => ({
    status: 200,
    body: settlementView(await voidClaim(deps(), caller, params.claimId)),
  }));

export const handler = makeHandler();
