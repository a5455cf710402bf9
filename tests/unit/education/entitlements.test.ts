import { describe, expect, it } from 'vitest';
import {
  decidePayment,
  semesterOf,
  type PaymentRequest,
  type Student,
} from '../../../shared/education/entitlements.js';
import { EDUCATION_2019 } from '../../../shared/education/policy.js';
import { parameterLeaves } from '../../../shared/policy/parameter.js';

const student = (overrides: Partial<Student> = {}): Student => ({
  studentId: '11010519491231002X',
  name: '示例',
  householdId: 'H',
  township: 'zhonghe',
  family: 'registered-poor',
  stage: 'university-bachelor',
  school: '示例大学',
  admissionYear: 2016,
  ...overrides,
});
const pay = (overrides: Partial<PaymentRequest> = {}): PaymentRequest => ({
  paymentId: 'P1',
  studentId: '11010519491231002X',
  type: 'university-aid',
  academicYear: 2019,
  paidOn: '2019-09-20',
  ...overrides,
});
const ALL = new Set(['2019-spring', '2019-autumn']);
const decide = (s: Student, p: PaymentRequest, verified: ReadonlySet<string> = ALL) =>
  decidePayment(s, p, verified, EDUCATION_2019);

describe('university aid [E 三.(二).2]', () => {
  it.each([
    // admitted 2016 to a bachelor course: 2016, 2017, 2018, 2019 are the four paid years (4 × 10,000 = 40,000 cap)
    [
      'the 4th bachelor year (admitted 2016, academic year 2019) is paid 10,000',
      student(),
      pay({ academicYear: 2019 }),
      { ok: true, amount: 1_000_000 },
    ],
    [
      'a year before admission is not eligible',
      student({ admissionYear: 2020 }),
      pay({ academicYear: 2019 }),
      { ok: false, code: 'not-eligible', reason: { path: 'body.academicYear', code: 'before-admission' } },
    ],
    [
      'a high-school student gets no university aid',
      student({ stage: 'high-school' }),
      pay(),
      { ok: false, code: 'not-eligible', reason: { path: 'body.type', code: 'stage-not-university' } },
    ],
    [
      'a 低保 family qualifies',
      student({ family: 'minimum-living-allowance' }),
      pay(),
      { ok: true, amount: 1_000_000 },
    ],
    ['an orphan qualifies', student({ family: 'orphan' }), pay(), { ok: true, amount: 1_000_000 }],
  ])('%s', (_n, s, p, expected) => {
    const d = decide(s, p);
    expect(d.ok).toBe(expected.ok);
    if (d.ok) expect(d.entitlement.amount).toBe((expected as { amount: number }).amount);
    else expect(d).toMatchObject(expected);
  });

  it('takes one slot per academic year, so a repeat in the same year is refused by the store', () => {
    const a = decide(student(), pay({ academicYear: 2018, paymentId: 'A' }));
    const b = decide(student(), pay({ academicYear: 2018, paymentId: 'B' }));
    expect(a.ok && b.ok && a.entitlement.slot === b.entitlement.slot).toBe(true);
  });
});

describe('milk subsidy [E 三.(二).3]', () => {
  it.each([
    ['a registered-poor preschool child: 500', student({ stage: 'preschool' }), true],
    ['a registered-poor high-school student: 500', student({ stage: 'high-school' }), true],
    [
      'a 低保 family is not eligible (registered-poor only)',
      student({ stage: 'compulsory', family: 'minimum-living-allowance' }),
      false,
      'milk-family',
    ],
    ['a university student is not eligible', student(), false, 'milk-stage'],
  ])('%s', (_n, s, ok, reason?: string) => {
    const d = decide(s, pay({ type: 'milk-subsidy' }));
    expect(d.ok).toBe(ok);
    if (d.ok) expect(d.entitlement).toMatchObject({ amount: 50_000, slot: 'milk-subsidy#2019' });
    // The refusal names the fact that refused it, so the console can say why (not just 不符合申请条件).
    else expect(d).toMatchObject({ code: 'not-eligible', reason: { path: 'body.type', code: reason } });
  });
});

describe('hardship aid [E 三.(二).3]', () => {
  it.each([
    ['preschool 1,500', 'preschool', 150_000, 'hardship-aid#preschool'],
    ['compulsory 2,000', 'compulsory', 200_000, 'hardship-aid#compulsory'],
    ['high school 3,000', 'high-school', 300_000, 'hardship-aid#highSchool'],
    ['bachelor 3,000', 'university-bachelor', 300_000, 'hardship-aid#university'],
    [
      'junior college 3,000 (same stage as bachelor: 全日制本专科)',
      'university-junior-college',
      300_000,
      'hardship-aid#university',
    ],
  ] as const)('%s', (_n, stage, amount, slot) => {
    const d = decide(student({ stage }), pay({ type: 'hardship-aid', hardshipFinding: '家庭突遭变故' }));
    expect(d).toMatchObject({ ok: true, entitlement: { amount, slot } });
  });

  it('needs a recorded hardship finding', () => {
    expect(decide(student(), pay({ type: 'hardship-aid' }))).toMatchObject({
      ok: false,
      code: 'not-eligible',
      reason: { path: 'body.hardshipFinding', code: 'hardship-finding-required' },
    });
  });

  it('is once per stage: the slot is the stage, so the next stage is a new slot', () => {
    const high = decide(student({ stage: 'high-school' }), pay({ type: 'hardship-aid', hardshipFinding: 'x' }));
    const uni = decide(student({ stage: 'university-bachelor' }), pay({ type: 'hardship-aid', hardshipFinding: 'x' }));
    expect(high.ok && uni.ok && high.entitlement.slot !== uni.entitlement.slot).toBe(true);
  });
});

describe('semester verification (decision on E 三.(一))', () => {
  it.each([
    ['2019-03-01', '2019-spring'],
    ['2019-07-31', '2019-spring'],
    ['2019-08-01', '2019-autumn'],
    ['2020-01-15', '2019-autumn'],
  ])('a payment on %s needs %s', (paidOn, semester) => {
    expect(semesterOf(paidOn)).toBe(semester);
  });

  it('an unverified student is not paid until verified', () => {
    expect(decide(student(), pay({ paidOn: '2019-09-20' }), new Set(['2019-spring']))).toMatchObject({
      ok: false,
      code: 'not-verified',
    });
    expect(decide(student(), pay({ paidOn: '2019-09-20' }), new Set(['2019-autumn'])).ok).toBe(true);
  });

  it('an ineligible student is told not-eligible, not to verify', () => {
    expect(decide(student({ stage: 'high-school' }), pay(), new Set())).toMatchObject({ code: 'not-eligible' });
  });
});

describe('policy data', () => {
  it('every number is cited and labelled', () => {
    for (const [path, p] of parameterLeaves(EDUCATION_2019.parameters)) {
      expect(p.citation, path).toMatch(/^E /);
      expect(['plan', 'decision', 'proxy', 'IM proxy', 'national 2019']).toContain(p.label);
    }
  });
});
