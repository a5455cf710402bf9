import { describe, expect, it } from 'vitest';
import { emptyPersonYear } from '../../../shared/claims/engine/person-year.js';
import { reconcile } from '../../../shared/claims/engine/reconcile.js';
import {
  adjustRefund,
  reconciliationMode,
  recomputeYear,
  type ReconClaim,
} from '../../../shared/claims/engine/recompute.js';
import { settle } from '../../../shared/claims/engine/settle.js';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/zhalantun-2019.js';
import type { Hospital } from '../../../shared/reference/types.js';
import { ALL_HOSPITALS, claim, fen, H, PERSON_ID, poor, type ClaimInput } from './fixtures.js';

const hospitals = new Map(ALL_HOSPITALS.map((h) => [h.hospitalId, h]));

/** Posts claims in the given order (as hospitals did), returning them as the reconciliation reads them. */
function post(inputs: readonly [Hospital, ClaimInput][]): ReconClaim[] {
  let year = emptyPersonYear(PERSON_ID, 2019);
  return inputs.map(([hospital, input], i) => {
    const facts = claim(hospital, input);
    const r = settle(facts, year, poor, hospital, ZHALANTUN_2019);
    year = r.nextPersonYear;
    return { facts, settlement: r.settlement, voided: false, yearVersion: i + 1 };
  });
}

// Person A of reconcile.test.ts [H 三.(二).5.6)]: township 15,000 (d 50, beyond d 1,495, paid 1,049.50),
// township 12,000 repeat (d 0, beyond 1,200, paid 1,020), county 12,000 (d 150, beyond 2,370, paid 2,037).
// Year: beyond 5,065, county cap 2,000 → due 2,000 + 10% × 3,065 = 2,306.50; paid 4,106.50 → refund 1,800.
const A: [Hospital, ClaimInput][] = [
  [H.clinic, { total: 15_000, on: '2019-02-01' }],
  [H.clinic, { total: 12_000, on: '2019-05-01' }],
  [H.peoples, { total: 12_000, on: '2019-09-01' }],
];
const refundOf = (claims: ReconClaim[]) => {
  const year = recomputeYear(PERSON_ID, 2019, claims, poor, hospitals, []);
  return reconcile(2019, year ? [year] : [], ZHALANTUN_2019).rows[0]?.refund ?? 0;
};

describe('item 6: the reconciliation recomputes from surviving claims and adjusts both ways [H 三.(二).5.6)]', () => {
  it('the audit case: 1,800 refunded, then admission 2 voided → owed 900, adjustment −900 recoverable (was: 900 kept)', () => {
    const claims = post(A);
    expect(refundOf(claims)).toBe(fen(1800));
    const afterVoid = claims.map((c, i) => (i === 1 ? { ...c, voided: true } : c));
    // admissions 1 and 3: beyond 1,495 + 2,370 = 3,865; due 2,000 + 186.50 = 2,186.50; paid 1,049.50 + 2,037 = 3,086.50
    expect(refundOf(afterVoid)).toBe(fen(900));
    // Before: refunds only went up, so the 1,800 paid stayed and 900 of it was kept silently.
    expect(adjustRefund(fen(900), { refunded: fen(1800) })).toEqual({
      refundDue: fen(900),
      paidBefore: fen(1800),
      adjustment: -fen(900),
      payNow: 0,
      recoverable: fen(900),
    });
  });

  it('a rerun with nothing changed adjusts by 0; a later rise is netted against what is recoverable', () => {
    expect(adjustRefund(fen(1800), { refunded: fen(1800) })).toMatchObject({
      adjustment: 0,
      payNow: 0,
      recoverable: 0,
    });
    expect(adjustRefund(fen(1800), undefined)).toMatchObject({ paidBefore: 0, payNow: fen(1800) });
    // 1,800 paid, owed fell to 900 (900 recoverable), then a new claim raises owed to 2,000: pay 200, nothing recoverable
    expect(adjustRefund(fen(2000), { refunded: fen(1800) })).toMatchObject({ payNow: fen(200), recoverable: 0 });
  });

  it('claims posted out of order are settled in discharge order: the February admission takes the township deductible', () => {
    // Posted May first (it took d 50 as the first township admission), then February (taken as the repeat: d 0).
    const outOfOrder = post([A[1]!, A[0]!, A[2]!]);
    const stored = outOfOrder.map((c) => c.settlement.yearDelta.generalAdmission!);
    expect(stored.map((g) => [g.dischargedOn, g.deductible])).toEqual([
      ['2019-05-01', fen(50)],
      ['2019-02-01', 0],
      ['2019-09-01', fen(150)],
    ]);
    const year = recomputeYear(PERSON_ID, 2019, outOfOrder, poor, hospitals, [])!;
    expect(year.general.admissions.map((g) => [g.dischargedOn, g.deductible])).toEqual([
      ['2019-02-01', fen(50)],
      ['2019-05-01', 0],
      ['2019-09-01', fen(150)],
    ]);
    // What the person actually paid is kept from the stored settlements: 1,019.50 + 1,050 + 2,037 = 4,106.50
    expect(year.general.paidBeyondDeductibles).toBe(fen(4106.5));
  });

  it('a hospital that left the registry leaves the stored year in place (undefined)', () => {
    expect(recomputeYear(PERSON_ID, 2019, post(A), poor, new Map(), [])).toBeUndefined();
  });
});

describe('item 7: the January–March window [H 三.(二).5.6) 下一年度的1月至3月份]', () => {
  const months = ZHALANTUN_2019.parameters.reconciliation.months.value;
  it.each([
    ['2019-12-31', 'preview'],
    ['2020-01-01', 'pay'],
    ['2020-03-31', 'pay'],
    ['2020-04-01', 'late'],
  ] as const)('a run for 2019 on %s is %s', (today, mode) => {
    expect(reconciliationMode(2019, today, months)).toBe(mode);
  });
});
