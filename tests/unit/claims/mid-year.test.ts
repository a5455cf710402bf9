import { describe, expect, it } from 'vitest';
import { emptyPersonYear } from '../../../shared/claims/engine/person-year.js';
import { policyForClaim, settle } from '../../../shared/claims/engine/settle.js';
import type { ClaimPolicy } from '../../../shared/claims/policy/index.js';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/zhalantun-2019.js';
import { claim, fen, H, poor } from './fixtures.js';

/**
 * A value changed mid-year (docs/rules.md §2.1): one new dated value on one parameter, and claims on either
 * side of its date are settled with the value in force on their discharge date. Here the standard county
 * deductible goes from 300 to 400 yuan on 2019-07-01 (a synthetic notice); a registered poor patient pays
 * half of it [H 三.(二).1.2)] and basic insurance pays 75% + 5 points of the rest at a county hospital.
 */
const NOTICE = 'synthetic notice 2019-06-20 (test)';
const changed: ClaimPolicy = structuredClone(ZHALANTUN_2019);
changed.parameters.basicInpatient.deductible.county.changes = [
  { from: '2019-07-01', value: fen(400), citation: NOTICE },
];
const policies = [changed];

const settleOn = (on: string, policy?: ClaimPolicy) => {
  const c = claim(H.peoples, { total: 20_000, on });
  return settle(c, emptyPersonYear(poor.personId, 2019), poor, H.peoples, policy ?? policyForClaim(c, policies), [])
    .settlement;
};

describe('a deductible changed on 2019-07-01', () => {
  it('settles a claim discharged on 2019-06-30 with the old value: d = 300 × 50% = 150', () => {
    const s = settleOn('2019-06-30');
    expect(s.deductible).toBe(fen(150));
    expect(s.amounts.basicInsurance).toBe(fen((20_000 - 150) * 0.8)); // 15,880
  });

  it('settles a claim discharged on 2019-07-01 with the new value: d = 400 × 50% = 200', () => {
    const s = settleOn('2019-07-01');
    expect(s.deductible).toBe(fen(200));
    expect(s.amounts.basicInsurance).toBe(fen((20_000 - 200) * 0.8)); // 15,840
    expect(s.policyId).toBe('zhalantun-2019');
  });

  it('takes the date from the claim even when handed the whole document, and the parts still add up', () => {
    for (const [on, d] of [
      ['2019-06-30', 150],
      ['2019-12-31', 200],
    ] as const) {
      const s = settleOn(on, changed);
      expect(s.deductible).toBe(fen(d));
      const a = s.amounts;
      expect(
        a.basicInsurance +
          a.criticalIllnessInsurance +
          a.medicalAssistance +
          a.commercialInsurance +
          a.safetyNetFund +
          a.hospital +
          a.patient,
      ).toBe(a.total);
    }
  });

  it('leaves the shipped document and its figures as they were', () => {
    expect(ZHALANTUN_2019.parameters.basicInpatient.deductible.county.changes).toBeUndefined();
    expect(settleOn('2019-07-01', ZHALANTUN_2019).deductible).toBe(fen(150));
  });
});
