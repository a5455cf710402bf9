import type { IsoDate } from '../../dates.js';
import { ValidationError } from '../../errors.js';
import { policyInForce, shippedPolicies } from '../../policy/parameter.js';
import type { ClaimPolicy } from './parameters.js';
import { ZHALANTUN_2019 } from './zhalantun-2019.js';

export type { ClaimParameters, ClaimPolicy, Payer, TargetRule, TopUpPayer, ChronicCertifier } from './parameters.js';
export { ZHALANTUN_2019 } from './zhalantun-2019.js';

/**
 * Every health-claims policy version, oldest first, with non-overlapping effective ranges (checked by
 * tests/unit/claims/policy-lint.test.ts). A changed value is a dated value in its parameter; a new plan is a
 * new data file appended here; the engine does not change.
 */
export const claimPolicies: readonly ClaimPolicy[] = shippedPolicies([ZHALANTUN_2019]);

/**
 * The shipped policies resolved per day, once per container: a claim asks for its day's policy twice (its facts,
 * then the settlement), and resolving walks every parameter. The shipped documents are module data that nothing
 * changes; a list passed in (tests, the simulation's variants) is resolved afresh each time. At most one entry
 * per day asked.
 */
const shippedByDay = new Map<IsoDate, ClaimPolicy | undefined>();
const MAX_DAYS_CACHED = 2000;

/** The policy in force on a date (inclusive bounds), or undefined. */
export function claimPolicyOn(
  date: IsoDate,
  policies: readonly ClaimPolicy[] = claimPolicies,
): ClaimPolicy | undefined {
  if (policies !== claimPolicies) return policyInForce(policies, date);
  if (shippedByDay.has(date)) return shippedByDay.get(date);
  const policy = policyInForce(policies, date);
  if (shippedByDay.size >= MAX_DAYS_CACHED) shippedByDay.clear();
  shippedByDay.set(date, policy);
  return policy;
}

/**
 * The policy in force on a date, or a 400 `no-policy` naming the date field (docs/rules.md §2.1: a discharge
 * or service date with no policy in force). `path` is the request field the date came from, e.g.
 * `dischargedOn`, `servedOn` or `year`.
 */
export function requireClaimPolicy(
  date: IsoDate,
  path: string,
  policies: readonly ClaimPolicy[] = claimPolicies,
): ClaimPolicy {
  const policy = claimPolicyOn(date, policies);
  if (!policy) {
    const message = `No health-claims policy is in force on ${date}.`;
    throw new ValidationError(message, [{ path, message, code: 'no-policy' }], 'no-policy');
  }
  return policy;
}
