import { describe, expect, it } from 'vitest';
import { checkEligibility } from '../../../shared/housing/eligibility.js';
import { HOUSING_2019 } from '../../../shared/housing/policy.js';
import type { CaseRequest } from '../../../shared/housing/types.js';
import { poorPerson, request } from './fixtures.js';

/** Attestations as a caller bypassing the HTTP schema might pass them (the engine checks them again). */
const partial = (a: Partial<CaseRequest['attestations']>) => a as CaseRequest['attestations'];

describe('item 17: eligibility facts are attested, with who and when [R1 四.(一), 五.(一); R2 四.(一)]', () => {
  const codes = (r: ReturnType<typeof checkEligibility>) => (r.ok ? [] : r.reasons.map((x) => [x.path, x.code]));

  it('an application with all three attestations on or before the application day is eligible', () => {
    expect(checkEligibility(request(), poorPerson(), HOUSING_2019).ok).toBe(true);
  });

  it('without them the case is refused, one reason per missing fact', () => {
    expect(codes(checkEligibility(request({ attestations: partial({}) }), poorPerson(), HOUSING_2019))).toEqual([
      ['attestations.agriculturalRegistration', 'missing-attestation'],
      ['attestations.livesInVillage', 'missing-attestation'],
      ['attestations.housing', 'missing-attestation'],
    ]);
  });

  it('a no-house household needs the attestation that no member owns a house [R1 五.(一)]', () => {
    const r = checkEligibility(
      request({
        grade: 'no-house',
        mode: 'government-backed',
        plannedArea: 40,
        attestations: partial({
          agriculturalRegistration: { by: '村委会 王某', on: '2019-01-05' },
          livesInVillage: { by: '村委会 王某', on: '2019-01-05' },
        }),
      }),
      poorPerson(),
      HOUSING_2019,
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.reasons[0]).toMatchObject({ path: 'attestations.housing', clause: 'R1 五.(一)' });
    if (!r.ok) expect(r.reasons[0]!.message).toContain('no member of the household owns a house');
  });

  it('an attestation dated after the application (2019-01-11 > 2019-01-10) is refused', () => {
    const base = request();
    const r = checkEligibility(
      { ...base, attestations: { ...base.attestations, livesInVillage: { by: '村委会', on: '2019-01-11' } } },
      poorPerson(),
      HOUSING_2019,
    );
    expect(codes(r)).toEqual([['attestations.livesInVillage.on', 'attestation-after-application']]);
  });
});
