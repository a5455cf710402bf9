import { describe, expect, it } from 'vitest';
import { openCase } from '../../../shared/housing/eligibility.js';
import { HOUSING_2019, housingPolicyById, type HousingPolicy } from '../../../shared/housing/policy.js';
import { subsidyFor } from '../../../shared/housing/subsidy.js';
import { callers, poorPerson, request } from './fixtures.js';

/**
 * A housing standard changed mid-year (docs/rules.md §2.1): the D-grade new-build subsidy goes from 25,232 to
 * 27,000 yuan for cases applied for from 2019-05-01 (a synthetic notice). A case runs under the values in force
 * on its application date, whichever day its steps come later.
 */
const NOTICE = 'synthetic notice 2019-04-20 (test)';
const changed: HousingPolicy = structuredClone(HOUSING_2019);
changed.parameters.subsidy.dGradeNewBuild.changes = [{ from: '2019-05-01', value: 27_000_00, citation: NOTICE }];

const open = (appliedOn: string) =>
  openCase(request({ appliedOn, attestations: request().attestations }), {
    caseId: `HC-mid-${appliedOn}`,
    householder: poorPerson(),
    caller: callers.township,
    policies: [changed],
  }).case;

describe('a subsidy standard changed on 2019-05-01', () => {
  it('commits 25,232 yuan to a case applied for on 2019-04-30 and 27,000 to one applied for on 2019-05-01', () => {
    const before = open('2019-04-30');
    const after = open('2019-05-01');
    expect(before.subsidy).toMatchObject({
      committed: 25_232_00,
      rule: 'subsidy.dGradeNewBuild',
      clause: 'R1 四.(三); R2 四.(三)',
    });
    expect(after.subsidy).toMatchObject({ committed: 27_000_00, rule: 'subsidy.dGradeNewBuild', clause: NOTICE });
    expect(before.policyId).toBe(after.policyId);
  });

  it("reads a case's policy at its application date, not at the day a later step is taken", () => {
    const facts = { programme: 'R1', grade: 'D', mode: 'self-build', largeHousehold: false, safetyNet: false } as const;
    expect(subsidyFor(facts, housingPolicyById('housing-2019', [changed], '2019-04-30')!).amount).toBe(25_232_00);
    expect(subsidyFor(facts, housingPolicyById('housing-2019', [changed], '2019-08-01')!).amount).toBe(27_000_00);
    // Without a date the document itself (its timeline intact) is answered.
    expect(housingPolicyById('housing-2019', [changed])).toBe(changed);
  });
});
