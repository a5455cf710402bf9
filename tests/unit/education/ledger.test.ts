import { describe, expect, it } from 'vitest';
import {
  academicYearOf,
  decideOpeningBalance,
  decidePayment,
  familiesOnRoster,
  policyForAcademicYear,
  semesterOf,
  semestersOf,
  universityAidRoom,
  type LedgerLine,
  type PaymentRequest,
  type Student,
} from '../../../shared/education/entitlements.js';
import { EDUCATION_2019, EDUCATION_POLICIES } from '../../../shared/education/policy.js';
import type { Person } from '../../../shared/roster/types.js';

const student = (overrides: Partial<Student> = {}): Student => ({
  studentId: '11010519491231002X',
  name: '示例',
  householdId: 'H',
  township: 'zhonghe',
  family: 'registered-poor',
  stage: 'university-bachelor',
  school: '示例大学',
  admissionYear: 2019,
  ...overrides,
});
const request = (overrides: Partial<PaymentRequest> = {}): PaymentRequest => ({
  paymentId: 'P',
  studentId: '11010519491231002X',
  type: 'university-aid',
  academicYear: 2019,
  paidOn: '2019-09-20',
  ...overrides,
});
const aid = (
  academicYear: number,
  amount = 1_000_000,
  stage: Student['stage'] = 'university-bachelor',
): LedgerLine => ({
  type: 'university-aid',
  academicYear,
  amount,
  slot: `university-aid#${academicYear}`,
  stage,
});
const EVERY = new Set(['2018-autumn', '2019-spring', '2019-autumn', '2020-spring']);

describe('item 1: university caps are sums over the ledger, whatever the register says now [E 三.(二).2]', () => {
  it('the audit case: four years paid (40,000), then re-registered with a later admission year: refused, not a 5th and 6th year', () => {
    // Before: the cap was a window of 4 academic years from admissionYear, so re-registering admission 2016 →
    // 2018 opened 2020 and 2021 again: 4 × 10,000 + 2 × 10,000 = 60,000 against a 40,000 cap.
    // After: paid = 10,000 × 4 = 40,000; room = 40,000 − 40,000 = 0 → cap-reached whatever admissionYear says.
    const ledger = [2015, 2016, 2017, 2018].map((y) => aid(y));
    const d = decidePayment(student({ admissionYear: 2018 }), request(), EVERY, EDUCATION_2019, ledger);
    expect(d).toMatchObject({ ok: false, code: 'cap-reached' });
    expect(universityAidRoom('university-bachelor', ledger, EDUCATION_2019)).toEqual({
      room: 0,
      cap: 4_000_000,
      paid: 4_000_000,
    });
  });

  it('junior college 30,000 then bachelor: 40,000 − 30,000 = 10,000 room, one more year, not four', () => {
    const ledger = [2016, 2017, 2018].map((y) => aid(y, 1_000_000, 'university-junior-college'));
    const d = decidePayment(student({ admissionYear: 2019 }), request(), EVERY, EDUCATION_2019, ledger);
    expect(d).toMatchObject({ ok: true, entitlement: { amount: 1_000_000, stage: 'university-bachelor' } });
    const after = [...ledger, aid(2019)];
    const next = decidePayment(
      student({ admissionYear: 2019 }),
      request({ academicYear: 2020, paidOn: '2020-09-20' }),
      new Set(['2020-autumn']),
      EDUCATION_2019,
      after,
    );
    expect(next).toMatchObject({ ok: false, code: 'cap-reached' });
  });

  it('a junior-college student with 20,000 paid as bachelor (switched down) has 30,000 − 20,000 = 10,000 left', () => {
    const ledger = [aid(2017), aid(2018)];
    expect(universityAidRoom('university-junior-college', ledger, EDUCATION_2019)).toEqual({
      room: 1_000_000,
      cap: 3_000_000,
      paid: 2_000_000,
    });
  });

  it('a partial opening balance leaves a remainder: 5,000 + 3 × 10,000 = 35,000, so the 5th entry pays 5,000 to reach 40,000 exactly', () => {
    const ledger = [aid(2015, 500_000), aid(2016), aid(2017), aid(2018)];
    const d = decidePayment(student({ admissionYear: 2015 }), request(), EVERY, EDUCATION_2019, ledger);
    expect(d).toMatchObject({ ok: true, entitlement: { amount: 500_000 } });
  });

  it('hardship aid is once per stage from the ledger slot; the stage recorded is the register stage when paid', () => {
    const d = decidePayment(
      student({ stage: 'university-junior-college' }),
      request({ type: 'hardship-aid', hardshipFinding: '火灾' }),
      EVERY,
      EDUCATION_2019,
    );
    expect(d).toMatchObject({ ok: true, entitlement: { slot: 'hardship-aid#university', amount: 300_000 } });
  });
});

describe('item 2: no advance payments; the policy is chosen by the academic year paid for [E 三.(二)]', () => {
  it('the audit case: academic year 2022 paid on 2019-09-10 is refused not-yet-due (starts 2022-08-01)', () => {
    const d = decidePayment(student(), request({ academicYear: 2022, paidOn: '2019-09-10' }), EVERY, EDUCATION_2019);
    expect(d).toMatchObject({ ok: false, code: 'not-yet-due' });
  });

  it('milk subsidy for 2025 on 2019-09-10 is refused not-yet-due', () => {
    const d = decidePayment(
      student({ stage: 'compulsory' }),
      request({ type: 'milk-subsidy', academicYear: 2025, paidOn: '2019-09-10' }),
      EVERY,
      EDUCATION_2019,
    );
    expect(d).toMatchObject({ ok: false, code: 'not-yet-due' });
  });

  it('the day the academic year starts (2019-08-01) is allowed, the day before is not', () => {
    const verified = new Set(['2019-autumn', '2019-spring']);
    expect(decidePayment(student(), request({ paidOn: '2019-08-01' }), verified, EDUCATION_2019).ok).toBe(true);
    expect(decidePayment(student(), request({ paidOn: '2019-07-31' }), verified, EDUCATION_2019)).toMatchObject({
      code: 'not-yet-due',
    });
  });

  it('within the year the semester of the payment date must be verified; 2019 spring does not verify academic year 2019', () => {
    const d = decidePayment(student(), request({ paidOn: '2019-09-20' }), new Set(['2019-spring']), EDUCATION_2019);
    expect(d).toMatchObject({ ok: false, code: 'not-verified' });
  });

  it('a late payment (after its academic year) needs either semester of that year verified', () => {
    // academic year 2018 = 2018-08-01..2019-07-31, paid 2019-09-20 (academic year 2019)
    const late = request({ academicYear: 2018, paidOn: '2019-09-20' });
    const s = student({ admissionYear: 2018 });
    expect(decidePayment(s, late, new Set(['2019-spring']), EDUCATION_2019).ok).toBe(true);
    expect(decidePayment(s, late, new Set(['2019-autumn']), EDUCATION_2019)).toMatchObject({ code: 'not-verified' });
  });

  it('the 2019 plan (2019-01-01..2019-12-31) pays academic years 2018 and 2019; 2020 and 2022 have no policy', () => {
    expect(policyForAcademicYear(EDUCATION_POLICIES, 2018)?.id).toBe('education-2019');
    expect(policyForAcademicYear(EDUCATION_POLICIES, 2019)?.id).toBe('education-2019');
    expect(policyForAcademicYear(EDUCATION_POLICIES, 2020)).toBeUndefined();
    expect(policyForAcademicYear(EDUCATION_POLICIES, 2022)).toBeUndefined();
  });
});

describe('item 3: semesters cover the whole academic year, January included', () => {
  it.each([
    ['2019-01-15', '2018-autumn', 2018],
    ['2019-01-31', '2018-autumn', 2018],
    ['2019-02-01', '2019-spring', 2018],
    ['2019-07-31', '2019-spring', 2018],
    ['2019-08-01', '2019-autumn', 2019],
    ['2020-01-02', '2019-autumn', 2019],
  ])('%s is in %s of academic year %i', (date, semester, year) => {
    expect(semesterOf(date)).toBe(semester);
    expect(academicYearOf(date)).toBe(year);
    expect(semestersOf(year)).toContain(semester);
  });

  it('a January payment is possible once the autumn semester is verified (2019-01-15 needs 2018-autumn)', () => {
    const s = student({ admissionYear: 2018 });
    const january = request({ academicYear: 2018, paidOn: '2019-01-15' });
    expect(decidePayment(s, january, new Set(['2018-autumn']), EDUCATION_2019).ok).toBe(true);
    expect(decidePayment(s, january, new Set(['2019-spring']), EDUCATION_2019)).toMatchObject({
      code: 'not-verified',
    });
  });
});

describe('item 4: the family type is the roster, on the payment date [E 三.(二).2–3]', () => {
  const person = (overrides: Partial<Person> = {}): Person => ({
    personId: '11010519491231002X',
    name: '示例',
    householdId: 'H',
    township: 'zhonghe',
    village: 'V',
    flags: {},
    insuredYears: [],
    ...overrides,
  });

  it('registered poor from the poverty office rows, 低保 and orphan from civil affairs flags', () => {
    expect(familiesOnRoster(person({ registeredFrom: '2016-01-01' }), '2019-09-20')).toEqual(['registered-poor']);
    expect(
      familiesOnRoster(person({ registeredFrom: '2016-01-01', registeredUntil: '2019-06-30' }), '2019-09-20'),
    ).toEqual([]);
    expect(familiesOnRoster(person({ flags: { minimumLivingAllowance: true, orphan: true } }), '2019-09-20')).toEqual([
      'minimum-living-allowance',
      'orphan',
    ]);
    expect(familiesOnRoster(undefined, '2019-09-20')).toEqual([]);
  });

  it('milk subsidy for a student the register calls registered-poor but who left the register on 2019-06-30 is refused', () => {
    const roster = familiesOnRoster(
      person({ registeredFrom: '2016-01-01', registeredUntil: '2019-06-30' }),
      '2019-09-20',
    );
    const d = decidePayment(
      student({ stage: 'compulsory' }),
      request({ type: 'milk-subsidy' }),
      EVERY,
      EDUCATION_2019,
      [],
      roster,
    );
    expect(d).toMatchObject({ ok: false, code: 'family-not-confirmed' });
    if (!d.ok) expect(d.message).toContain('registered-poor');
  });

  it('the same milk subsidy while still registered pays 500', () => {
    const roster = familiesOnRoster(person({ registeredFrom: '2016-01-01' }), '2019-09-20');
    const d = decidePayment(
      student({ stage: 'compulsory' }),
      request({ type: 'milk-subsidy' }),
      EVERY,
      EDUCATION_2019,
      [],
      roster,
    );
    expect(d).toMatchObject({ ok: true, entitlement: { amount: 50_000 } });
  });
});

describe('item 5: opening balances count against the caps', () => {
  const ob = (overrides = {}) => ({
    paymentId: 'OB1',
    studentId: '11010519491231002X',
    type: 'university-aid' as const,
    academicYear: 2017,
    amount: 1_000_000,
    paidOn: '2017-10-10',
    stage: 'university-bachelor' as const,
    evidence: '2017年资助台账第12页',
    ...overrides,
  });

  it('a 2017 payment is entered as an opening balance in the 2017 slot', () => {
    expect(decideOpeningBalance(ob(), [], EDUCATION_2019, '2019-01-01')).toMatchObject({
      ok: true,
      entitlement: { slot: 'university-aid#2017', amount: 1_000_000, rule: 'opening-balance-university-aid' },
    });
  });

  it('a payment dated on or after the system start (2019-01-01) is not an opening balance', () => {
    expect(
      decideOpeningBalance(ob({ paidOn: '2019-01-01', academicYear: 2018 }), [], EDUCATION_2019, '2019-01-01'),
    ).toMatchObject({
      ok: false,
      code: 'not-eligible',
    });
  });

  it('30,000 on the ledger + a 15,000 opening balance > 40,000: refused cap-reached', () => {
    expect(
      decideOpeningBalance(ob({ amount: 1_500_000 }), [aid(2014), aid(2015), aid(2016)], EDUCATION_2019, '2019-01-01'),
    ).toMatchObject({ ok: false, code: 'cap-reached' });
  });

  it('two opening balances (2016, 2017) and two payments (2018, 2019) reach 40,000; a 5th year is refused', () => {
    const ledger = [aid(2016), aid(2017), aid(2018), aid(2019)].map((l, i) =>
      i < 2 ? { ...l, openingBalance: true } : l,
    );
    const d = decidePayment(
      student({ admissionYear: 2016 }),
      request({ academicYear: 2020, paidOn: '2020-09-20' }),
      new Set(['2020-autumn']),
      EDUCATION_2019,
      ledger,
    );
    expect(d).toMatchObject({ ok: false, code: 'cap-reached' });
  });
});
