import { describe, expect, it } from 'vitest';
import type { Student } from '../../../shared/education/entitlements.js';
import { EDUCATION_POLICIES } from '../../../shared/education/policy.js';
import type { LedgerEntry } from '../../../shared/education/ports.js';
import {
  EDUCATION_VARIANT_RULES,
  simulateEducationYear,
  type StudentLedger,
} from '../../../shared/simulation/education.js';
import { applyVariant } from '../../../shared/simulation/variant.js';
import { educationResultView } from '../../../shared/simulation/view.js';

/**
 * The education what-if on three students, worked by hand (E 三.(二).2–3: university aid 10,000 a year up to
 * 40,000 for a bachelor course and 30,000 for junior college; milk subsidy 500 a year; hardship aid 2,000 in
 * compulsory education). Money in fen.
 */
const student = (studentId: string, stage: Student['stage'], admissionYear: number, township: string): Student => ({
  studentId,
  name: '测试学生',
  householdId: `HH-${studentId}`,
  township,
  family: 'registered-poor',
  stage,
  school: '示例学校',
  admissionYear,
});

let n = 0;
const paid = (
  s: Student,
  type: LedgerEntry['type'],
  academicYear: number,
  paidOn: string,
  amount: number,
  extra: Partial<LedgerEntry> = {},
): LedgerEntry => ({
  paymentId: `P-${s.studentId}-${++n}`,
  studentId: s.studentId,
  type,
  academicYear,
  amount,
  rule: type,
  clause: 'E 三.(二)',
  slot: `${type}#${academicYear}`,
  paidOn,
  stage: s.stage,
  requestHash: 'h',
  paidBy: 'education-bureau',
  ...(type === 'hardship-aid' ? { hardshipFinding: '家庭遭受重大变故' } : {}),
  ...extra,
});

// A: bachelor, admitted 2016. 20,000 paid before the system (opening balances), then 10,000 in March 2019
// (academic year 2018) and 10,000 in September 2019 (academic year 2019): 40,000, the bachelor cap.
const a = student('A-BACHELOR', 'university-bachelor', 2016, 'zhonghe');
// B: compulsory education: the milk subsidy (500) and hardship aid (2,000) in autumn 2019.
const b = student('B-COMPULSORY', 'compulsory', 2015, 'chengguan');
// C: junior college, admitted 2019: 10,000 in September 2019.
const c = student('C-JUNIOR', 'university-junior-college', 2019, 'zhonghe');
const year: StudentLedger[] = [
  {
    student: a,
    ledger: [
      paid(a, 'university-aid', 2016, '2017-09-01', 1_000_000, { openingBalance: true }),
      paid(a, 'university-aid', 2017, '2018-09-01', 1_000_000, { openingBalance: true }),
      paid(a, 'university-aid', 2018, '2019-03-10', 1_000_000),
      paid(a, 'university-aid', 2019, '2019-09-20', 1_000_000),
    ],
  },
  {
    student: b,
    ledger: [
      paid(b, 'milk-subsidy', 2019, '2019-09-15', 50_000),
      paid(b, 'hardship-aid', 2019, '2019-10-01', 200_000, { slot: 'hardship-aid#compulsory' }),
    ],
  },
  { student: c, ledger: [paid(c, 'university-aid', 2019, '2019-09-30', 1_000_000)] },
];

const variantOf = (overrides: Record<string, number>) =>
  applyVariant(EDUCATION_POLICIES, overrides, EDUCATION_VARIANT_RULES).policies;

describe('simulateEducationYear', () => {
  it('the baseline equals what was paid, to the fen; history before the year is not re-decided', () => {
    const r = simulateEducationYear({ year: 2019, students: year, baseline: EDUCATION_POLICIES });
    // In 2019: A 20,000 + B 2,500 + C 10,000 = 32,500 yuan in 5 payments; A's opening balances are 2017/2018.
    expect(r.totals).toEqual({ payments: 5, recorded: 3_250_000, baseline: 3_250_000, variant: 3_250_000 });
    expect(r.inconsistencies).toEqual([]);
    expect(r.payments).toEqual({ counted: 5, students: 3, openingBalancesSkipped: 0 });
    // A has 40,000 in all: at the bachelor cap; C is at 10,000 of 30,000.
    expect(r.universityCap.studentsAtCap).toEqual({ baseline: 1, variant: 1 });
  });

  it('a changed table and cap move each student by the hand-worked amount', () => {
    const r = simulateEducationYear({
      year: 2019,
      students: year,
      baseline: EDUCATION_POLICIES,
      variant: variantOf({
        'universityAid.perAcademicYear': 12_000,
        'universityAid.capBachelor': 35_000,
        'milkSubsidy.perYear': 800,
        'hardshipAid.compulsory': 2_500,
      }),
    });
    // A: before 2019, 20,000 (recorded). March: min(12,000, 35,000 − 20,000) = 12,000. September:
    //    min(12,000, 35,000 − 32,000) = 3,000. A's year: 15,000 against 20,000 paid.
    // B: milk 800 + hardship 2,500 = 3,300 against 2,500. C: min(12,000, 30,000) = 12,000 against 10,000.
    expect(r.byType['university-aid']).toEqual({
      payments: 3,
      recorded: 3_000_000,
      baseline: 3_000_000,
      variant: 2_700_000,
    });
    expect(r.byType['milk-subsidy']?.variant).toBe(80_000);
    expect(r.byType['hardship-aid']?.variant).toBe(250_000);
    expect(r.byTownship.zhonghe).toEqual({ payments: 3, recorded: 3_000_000, baseline: 3_000_000, variant: 2_700_000 });
    expect(r.byTownship.chengguan?.variant).toBe(330_000);
    expect(r.totals.variant).toBe(3_030_000);
    // A reaches the lower cap (35,000 paid); nothing refused: the last payment is cut to the room left.
    expect(r.universityCap.studentsAtCap.variant).toBe(1);
    expect(r.universityCap.refusedUnderVariant).toEqual({ payments: 0, recorded: 0 });
    const view = educationResultView(r).education;
    expect(view.totals).toEqual({ payments: 5, recorded: 32_500, baseline: 32_500, variant: 30_300, change: -2_200 });
  });

  it('a cap already used up refuses the later payment under the variant, and says what the ledger paid for it', () => {
    const r = simulateEducationYear({
      year: 2019,
      students: year,
      baseline: EDUCATION_POLICIES,
      variant: variantOf({ 'universityAid.capBachelor': 30_000 }),
    });
    // A: March fills the 30,000 (20,000 + 10,000); September's 10,000 would be refused (cap-reached).
    expect(r.universityCap.refusedUnderVariant).toEqual({ payments: 1, recorded: 1_000_000 });
    expect(r.byType['university-aid']?.variant).toBe(2_000_000);
  });

  it('an edited payment is listed as an inconsistency, never absorbed; opening balances in the year count to the cap only', () => {
    const d = student('D-EDITED', 'compulsory', 2015, 'chengguan');
    const e = student('E-OPENING', 'university-junior-college', 2017, 'zhonghe');
    const r = simulateEducationYear({
      year: 2019,
      baseline: EDUCATION_POLICIES,
      students: [
        // 600 recorded where the rule pays 500.
        { student: d, ledger: [paid(d, 'milk-subsidy', 2019, '2019-09-15', 60_000)] },
        // 25,000 entered as an opening balance in January 2019: the September payment has 5,000 of room.
        {
          student: e,
          ledger: [
            paid(e, 'university-aid', 2017, '2019-01-05', 2_500_000, { openingBalance: true }),
            paid(e, 'university-aid', 2019, '2019-09-20', 500_000),
          ],
        },
      ],
    });
    expect(r.inconsistencies).toEqual([
      expect.objectContaining({ studentId: 'D-EDITED', recorded: 60_000, baseline: 50_000 }),
    ]);
    expect(r.payments.openingBalancesSkipped).toBe(1);
    expect(r.totals).toEqual({ payments: 2, recorded: 560_000, baseline: 550_000, variant: 550_000 });
    expect(educationResultView(r).education.inconsistencies.items[0]?.studentId).not.toContain('D-EDITED');
  });

  it('refuses an override that is not an education amount, naming it', () => {
    expect(() => variantOf({ 'milkSubsidy.stages': 3 })).toThrow(
      expect.objectContaining({
        details: [expect.objectContaining({ path: 'body.variant.overrides.milkSubsidy.stages' })],
      }),
    );
  });
});
