import { describe, expect, it } from 'vitest';
import { SHIPPED_HOSPITALS } from '../../../shared/reference/hospitals.js';
import { decideEligibility } from '../../../shared/roster/eligibility.js';
import type { Person } from '../../../shared/roster/types.js';

const person: Person = {
  personId: '11010519491231002X',
  name: '示例',
  householdId: 'H1',
  township: 'zhonghe',
  village: 'v',
  registeredFrom: '2019-01-01',
  flags: {},
  insuredYears: [2019],
};
const county = SHIPPED_HOSPITALS.find((h) => h.inCounty);
const outside = SHIPPED_HOSPITALS.find((h) => !h.inCounty);
const base = { person, certifications: [], arrears: undefined, hospital: county, on: '2019-05-01', emergency: false };

describe('why pay-after-treatment is refused [H 三.(二).5.3), H 四.(四)]', () => {
  it('names every reason that applies, and none when it is granted', () => {
    expect(decideEligibility(base)).toMatchObject({ payAfterTreatment: true, notPayAfterTreatmentBecause: [] });
    expect(decideEligibility({ ...base, on: '2018-06-01' }).notPayAfterTreatmentBecause).toEqual(['not-registered']);
    expect(
      decideEligibility({ ...base, hospital: outside, arrears: { flagged: true, reason: '欠费' } })
        .notPayAfterTreatmentBecause,
    ).toEqual(['arrears-flag', 'outside-county']);
    expect(decideEligibility({ ...base, arrears: { flagged: true, reason: '欠费' }, emergency: true })).toMatchObject({
      payAfterTreatment: true,
      notPayAfterTreatmentBecause: [],
      name: '示例',
      householdId: 'H1',
    });
  });
});
