import { describe, expect, it } from 'vitest';
import { AppError, ConflictError, ForbiddenError, ValidationError } from '../../../shared/errors.js';
import { checkEligibility, identityBasisOf, openCase } from '../../../shared/housing/eligibility.js';
import { HOUSING_2019 } from '../../../shared/housing/policy.js';
import type { CaseRequest } from '../../../shared/housing/types.js';
import type { Person } from '../../../shared/roster/types.js';
import { callers, disabledPerson, poorPerson, request, welfarePerson } from './fixtures.js';

const codes = (req: Partial<CaseRequest>, householder: Person): string[] => {
  const result = checkEligibility(request(req), householder, HOUSING_2019);
  return result.ok ? [] : result.reasons.map((r) => r.code);
};

describe('R1 eligibility: registered-poor households [R1 四.(一), 五.(一)]', () => {
  it.each<[string, Partial<CaseRequest>, Person, string[]]>([
    ['a household registered poor on the application date is eligible', {}, poorPerson(), []],
    [
      'a household registered from the application date itself is eligible',
      {},
      poorPerson({ registeredFrom: '2019-01-10' }),
      [],
    ],
    [
      'a household registered only after the application date is not (扶贫部门认定)',
      {},
      poorPerson({ registeredFrom: '2019-01-11' }),
      ['not-registered-poor'],
    ],
    [
      'a household that left the register before applying is not',
      {},
      poorPerson({ registeredUntil: '2018-12-31' }),
      ['not-registered-poor'],
    ],
    [
      'a welfare household that is not registered poor belongs in R2, not R1',
      {},
      welfarePerson(),
      ['not-registered-poor'],
    ],
    [
      'a household in the relocation plan is not (已纳入易地扶贫搬迁计划的不得列为)',
      { inRelocationPlan: true },
      poorPerson(),
      ['in-relocation-plan'],
    ],
    [
      'a 稳定脱贫 household may not take a government-backed house (四.(二).2)',
      { mode: 'government-backed', plannedArea: 40 },
      poorPerson({ flags: { stableExit: true } }),
      ['stable-exit-no-government-backed'],
    ],
    ['a 稳定脱贫 household may self-build', {}, poorPerson({ flags: { stableExit: true } }), []],
    [
      'a no-house household may take a government-backed house (五.(二))',
      { grade: 'no-house', mode: 'government-backed', plannedArea: 40 },
      poorPerson(),
      [],
    ],
    ['a C-grade household may build new itself (四.(二).4)', { grade: 'C', mode: 'self-build' }, poorPerson(), []],
    [
      'a D-grade household may not repair (四.(二).4)',
      { grade: 'D', mode: 'repair', repairCost: 100 },
      poorPerson(),
      ['repair-only-for-c'],
    ],
    [
      'a planned self-build of 60.5 m² is over the limit (九.(三).3)',
      { plannedArea: 60.5 },
      poorPerson(),
      ['area-over-limit'],
    ],
    [
      'a planned self-build of 80 m² with a township request is within',
      { plannedArea: 80, largeHousehold: true },
      poorPerson(),
      [],
    ],
    [
      'an extremely poor household on the safety net may not plan 45 m² (九.(三).3)',
      { plannedArea: 45 },
      poorPerson({ flags: { extremelyPoor: true } }),
      ['area-over-limit'],
    ],
  ])('%s', (_name, req, householder, expected) => {
    expect(codes(req, householder)).toEqual(expected);
  });
});

describe('R2 eligibility: 特困, 低保 and poor disabled households not registered poor [R2 四.(一)]', () => {
  const r2 = (req: Partial<CaseRequest> = {}): Partial<CaseRequest> => ({ programme: 'R2', ...req });
  it.each<[string, Partial<CaseRequest>, Person, string[]]>([
    ['a 低保 household is eligible', r2(), welfarePerson(), []],
    [
      'an extremely poor (特困) household is eligible',
      r2({ plannedArea: 40 }),
      welfarePerson({ flags: { extremelyPoor: true } }),
      [],
    ],
    ['a poor disabled household is eligible', r2(), disabledPerson(), []],
    [
      'a registered-poor household belongs in R1 (建档立卡贫困户另见扶贫实施方案)',
      r2(),
      poorPerson({ flags: { minimumLivingAllowance: true } }),
      ['registered-poor-belongs-in-r1'],
    ],
    [
      'a person who left the register before applying may be an R2 household',
      r2(),
      poorPerson({ registeredUntil: '2018-12-31', flags: { minimumLivingAllowance: true } }),
      [],
    ],
    [
      'a household with none of the three identities is not',
      r2(),
      welfarePerson({ flags: { lowIncomeFamily: true } }),
      ['no-welfare-identity'],
    ],
    ['R2 has no no-house category (只有唯一住房)', r2({ grade: 'no-house' }), welfarePerson(), ['no-house-not-in-r2']],
    [
      'an R2 C-grade house is repaired, not rebuilt (四.(二).4)',
      r2({ grade: 'C', mode: 'self-build' }),
      welfarePerson(),
      ['c-new-build-r2'],
    ],
    [
      'an R2 C-grade repair is eligible',
      r2({ grade: 'C', mode: 'repair', repairCost: 15_000_00 }),
      welfarePerson(),
      [],
    ],
  ])('%s', (_name, req, householder, expected) => {
    expect(codes(req, householder)).toEqual(expected);
  });

  it('lists every reason at once, each with its clause', () => {
    const result = checkEligibility(
      request({ programme: 'R2', grade: 'no-house', householdId: 'HH-999', township: 'chaihe' }),
      poorPerson(),
      HOUSING_2019,
    );
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons.map((r) => [r.code, r.path])).toEqual([
      ['household-mismatch', 'householdId'],
      ['township-mismatch', 'township'],
      ['registered-poor-belongs-in-r1', 'programme'],
      ['no-welfare-identity', 'householderId'],
      ['no-house-not-in-r2', 'grade'],
    ]);
    for (const reason of result.reasons) expect(reason.clause).toMatch(/^R[12] /);
  });

  it.each<[string, Person['flags'], string]>([
    ['a 低保 householder is checked by civil affairs', { minimumLivingAllowance: true }, 'welfare'],
    ['a 特困 householder is checked by civil affairs', { extremelyPoor: true }, 'welfare'],
    [
      'a poor disabled household is checked jointly (R2 八.(三).1)',
      { poorDisabledHousehold: true },
      'disabled-household',
    ],
    [
      'a 低保 poor disabled household is checked by civil affairs alone (decision)',
      { poorDisabledHousehold: true, minimumLivingAllowance: true },
      'welfare',
    ],
  ])('%s', (_name, flags, basis) => {
    expect(identityBasisOf('R2', flags)).toBe(basis);
  });
});

describe('opening a case (POST /v1/housing/cases)', () => {
  const ctx = { caseId: 'HC-2019-0001', householder: poorPerson(), caller: callers.township };

  it('opens an eligible case as applied, version 1, with its committed subsidy and first event', () => {
    const { case: c, event } = openCase(request(), ctx);
    expect(c).toMatchObject({
      caseId: 'HC-2019-0001',
      policyId: 'housing-2019',
      status: 'applied',
      version: 1,
      grade: 'D',
      appliedGrade: 'D',
      identityBasis: 'registered-poor',
      safetyNet: false,
      lastEventOn: '2019-01-10',
      subsidy: { committed: 25_232_00, paid: 0, rule: 'subsidy.dGradeNewBuild' },
      createdBy: { sub: 'clerk-zhonghe', role: 'township', township: 'zhonghe' },
    });
    expect(event).toMatchObject({
      seq: 1,
      type: 'applied',
      on: '2019-01-10',
      statusBefore: null,
      statusAfter: 'applied',
    });
  });

  it('marks an extremely poor householder as a safety-net case', () => {
    const { case: c } = openCase(request({ plannedArea: 40 }), {
      ...ctx,
      householder: poorPerson({ flags: { extremelyPoor: true } }),
    });
    expect(c.safetyNet).toBe(true);
  });

  it('refuses an ineligible household with 409 not-eligible and one detail per reason', () => {
    const error = catchError(() => openCase(request({ inRelocationPlan: true }), ctx));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error).toMatchObject({
      status: 409,
      code: 'not-eligible',
      details: [{ path: 'inRelocationPlan', code: 'in-relocation-plan' }],
    });
    expect(error.message).toContain('R1 四.(一)');
  });

  it.each([
    ['township staff of another township', callers.otherTownship],
    ['the housing office (cases are opened by the township)', callers.housingOffice],
    ['audit', callers.audit],
  ])('refuses %s with 403', (_name, caller) => {
    expect(() => openCase(request(), { ...ctx, caller })).toThrow(ForbiddenError);
  });

  it('refuses an application date with no housing policy in force as 400 no-policy', () => {
    const error = catchError(() =>
      openCase(request({ appliedOn: '2020-02-01' }), { ...ctx, householder: poorPerson() }),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.code).toBe('no-policy');
  });

  it.each<[string, Partial<CaseRequest>, string]>([
    ['a repair without its cost', { grade: 'C', mode: 'repair' }, 'repairCost'],
    ['a planned area of zero', { plannedArea: 0 }, 'plannedArea'],
    ['an unknown mode', { mode: 'palace' as never }, 'mode'],
    ['a malformed date', { appliedOn: '2019-02-30' }, 'appliedOn'],
  ])('refuses %s with 400 naming the field', (_name, req, path) => {
    const error = catchError(() => openCase(request(req), ctx));
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.details.map((d) => d.path)).toContain(path);
  });
});

function catchError(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected an error');
}
