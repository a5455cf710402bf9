import { apiHandler } from '../shared/http/api-handler.js';
import { machineClientRegistry } from '../shared/app/adapters.js';
import { recordClaimRefused, recordSettlement } from '../shared/observability/metrics.js';
import { CLAIM_CONTRACTS } from '../shared/claims/contracts.js';
import { claimDeps } from '../shared/app/claims.js';
import { postClaim } from '../shared/claims/use-cases.js';
import { settlementView } from '../shared/claims/view.js';

export const makeHandler = (deps = claimDeps) =>
  apiHandler(
    { ...CLAIM_CONTRACTS.post, machineClients: machineClientRegistry, onRefused: recordClaimRefused },
    async ({ body, caller }) => {
      const { created, claim } = await postClaim(deps(), caller, body);
      // A replay returns the first settlement and is not counted again.
      if (created) recordSettlement(claim.settlement.amounts);
      return { status: created ? 201 : 200, body: settlementView(claim) };
    },
  );

export const handler = makeHandler();
