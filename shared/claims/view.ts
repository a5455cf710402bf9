import { fenToYuan } from '../money.js';
import type { StoredClaim } from './ports.js';
import type { Settlement } from './types.js';

/** The Settlement of docs/openapi.json: yuan, the stored figures exactly as first settled. */
export function settlementView(claim: StoredClaim<Settlement>): Record<string, unknown> {
  const s = claim.settlement;
  return {
    claimId: claim.claimId,
    hospitalId: claim.hospitalId,
    personId: claim.personId,
    status: claim.status,
    policyId: s.policyId,
    settledAt: claim.settledAt,
    ...(claim.voidedAt ? { voidedAt: claim.voidedAt } : {}),
    kind: s.kind,
    serviceDate: s.serviceDate,
    tilt: s.tilt,
    rule: s.rule,
    amounts: Object.fromEntries(Object.entries(s.amounts).map(([k, v]) => [k, fenToYuan(v)])),
    steps: s.steps.map((step) => ({ ...step, amount: fenToYuan(step.amount) })),
  };
}
