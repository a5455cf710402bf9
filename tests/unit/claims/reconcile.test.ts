import { describe, expect, it } from 'vitest';
import { emptyPersonYear } from '../../../shared/claims/engine/person-year.js';
import { reconcile } from '../../../shared/claims/engine/reconcile.js';
import { reverse } from '../../../shared/claims/engine/void.js';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/zhalantun-2019.js';
import type { PersonYear } from '../../../shared/claims/types.js';
import { fen, H, poor, settleAll } from './fixtures.js';

/**
 * Yearly reconciliation of self-pay caps [H 三.(二).5.6), docs/rules.md §3.5]: for each person with more than one
 * general admission, due = cap of the highest level + 10% of the year's self-pay beyond deductibles above
 * it; refund = paid beyond deductibles − due, by commercial supplementary insurance.
 */
const as = (personId: string, year: PersonYear): PersonYear => ({ ...year, personId });

// Person A, at two levels over three admissions (all general: in-policy self-pay stays below 7,000):
//  1. township 15,000: d 50; basic (15,000 − 50) × 90% = 13,455; self-pay beyond d 1,495; paid 1,000 + 10% × 495 = 1,049.50
//  2. township 12,000, repeat: d 0; basic 10,800; beyond d 1,200; paid 1,000 + 10% × 200 = 1,020
//  3. county 12,000: d 150; basic (12,000 − 150) × 80% = 9,480; beyond d 2,370; paid 2,000 + 10% × 370 = 2,037
const a = settleAll(poor, [
  [H.clinic, { total: 15_000, on: '2019-02-01' }],
  [H.clinic, { total: 12_000, on: '2019-05-01' }],
  [H.peoples, { total: 12_000, on: '2019-09-01' }],
]);

// Person D: two township admissions that stay within the cap (5,000 each: beyond d 495, then 500).
const d = settleAll(poor, [
  [H.clinic, { total: 5000 }],
  [H.clinic, { total: 5000 }],
]);

// Person E: a major-disease admission at a prefecture hospital, then admissions 1 and 2 of person A.
// The cap is the prefecture's 3,000 (decision: the highest level of any tilted admission in the year).
const e = settleAll(poor, [
  [H.infectious, { total: 10_000, majorDisease: 'lung-cancer', on: '2019-01-20' }],
  [H.clinic, { total: 15_000, on: '2019-02-01' }],
  [H.clinic, { total: 12_000, on: '2019-05-01' }],
]);

// Person B: one general admission only; person C: a general and a major-disease admission.
const b = settleAll(poor, [[H.clinic, { total: 15_000 }]]);
const c = settleAll(poor, [
  [H.clinic, { total: 15_000 }],
  [H.peoples, { total: 50_000, majorDisease: 'gastric-cancer' }],
]);

const years = [
  as('A', a.year),
  as('B', b.year),
  as('C', c.year),
  as('D', d.year),
  as('E', e.year),
  as('A', { ...a.year, year: 2018 }),
];

describe('yearly reconciliation', () => {
  const result = reconcile(2019, years, ZHALANTUN_2019);
  const row = (id: string) => result.rows.find((r) => r.personId === id);

  it.each<[string, string, Record<string, unknown> | undefined]>([
    [
      'a person at two levels over three admissions: the county cap applies to the year and the excess is refunded',
      'A',
      {
        highestLevel: 'county',
        cap: fen(2000),
        generalAdmissions: 3,
        selfPayBeyondDeductibles: fen(1495 + 1200 + 2370),
        due: fen(2000 + (5065 - 2000) * 0.1), // 2,306.50
        paidBeyondDeductibles: fen(1049.5 + 1020 + 2037), // 4,106.50
        refund: fen(4106.5 - 2306.5), // 1,800
      },
    ],
    [
      'a person within the cap all year gets no refund',
      'D',
      { highestLevel: 'township', due: fen(495 + 500), paidBeyondDeductibles: fen(995), refund: 0 },
    ],
    [
      'a major-disease admission at a higher level raises the year’s cap',
      'E',
      { highestLevel: 'prefecture', cap: fen(3000), generalAdmissions: 2, due: fen(1495 + 1200), refund: 0 },
    ],
    ['a person with one general admission is not reconciled', 'B', undefined],
    ['a major-disease admission is not a general admission', 'C', undefined],
  ])('%s', (_name, id, expected) => {
    if (expected === undefined) expect(row(id)).toBeUndefined();
    else expect(row(id)).toMatchObject(expected);
  });

  it('totals per payer: commercial supplementary insurance pays the refunds', () => {
    expect(result.rows.map((r) => r.personId)).toEqual(['A', 'D', 'E']);
    expect(result.totals).toMatchObject({
      persons: 3,
      personsWithRefund: 1,
      refund: fen(1800),
      byPayer: { commercialInsurance: fen(1800) },
    });
    expect(result.policyId).toBe('zhalantun-2019');
  });

  it('is idempotent: a second run on the same years gives the same report', () => {
    expect(reconcile(2019, years, ZHALANTUN_2019)).toEqual(result);
  });

  it('a voided general admission leaves the reconciliation', () => {
    const voided = reverse(a.year, a.results[1]!.settlement.yearDelta);
    const again = reconcile(2019, [as('A', voided)], ZHALANTUN_2019);
    // admissions 1 and 3: beyond d 1,495 + 2,370 = 3,865; due 2,000 + 186.50; paid 1,049.50 + 2,037
    expect(again.rows[0]).toMatchObject({
      due: fen(2186.5),
      paidBeyondDeductibles: fen(3086.5),
      refund: fen(3086.5 - 2186.5),
    });
  });

  it('an empty year reconciles to nothing', () => {
    expect(reconcile(2019, [emptyPersonYear('X', 2019)], ZHALANTUN_2019).rows).toEqual([]);
  });
});

describe('item 8: the highest level for the yearly cap, and the other reading [H 三.(二).5.6)]', () => {
  // Person F: admissions 1 and 2 of person A (township, tilted, general) and a stay at a region hospital
  // outside the county without referral, 5,000 (no tilt, settled by the standard rule, not a general
  // admission; small enough that the year stays below the critical-illness threshold).
  //   tilted reading (in force): highest tilted level township → cap 1,000; beyond d 1,495 + 1,200 = 2,695
  //     → due 1,000 + 10% × 1,695 = 1,169.50; paid 1,049.50 + 1,020 = 2,069.50 → refund 900
  //   all stays: highest level region → cap 4,000 > 2,695 → due 2,695; refund (2,069.50 − 2,695)⁺ = 0
  const f = settleAll(poor, [
    [H.clinic, { total: 15_000, on: '2019-02-01' }],
    [H.region, { total: 5_000, on: '2019-03-01' }],
    [H.clinic, { total: 12_000, on: '2019-05-01' }],
  ]);

  it('the decision is a labelled, cited policy parameter', () => {
    expect(ZHALANTUN_2019.parameters.reconciliation.highestLevelBasis).toMatchObject({
      value: 'tilted-admissions',
      label: 'decision',
      citation: 'H 三.(二).5.6)',
    });
  });

  it('uses only tilted admissions and shows what every stay would give', () => {
    const [row] = reconcile(2019, [as('F', f.year)], ZHALANTUN_2019).rows;
    expect(row).toMatchObject({
      highestLevel: 'township',
      cap: fen(1000),
      generalAdmissions: 2,
      due: fen(1169.5),
      paidBeyondDeductibles: fen(2069.5),
      refund: fen(900),
      otherReading: { basis: 'all-admissions', highestLevel: 'region', cap: fen(4000), due: fen(2695), refund: 0 },
    });
  });

  it('with the other reading in force the figures swap', () => {
    const p = ZHALANTUN_2019.parameters;
    const allStays = {
      ...ZHALANTUN_2019,
      parameters: {
        ...p,
        reconciliation: {
          ...p.reconciliation,
          highestLevelBasis: { ...p.reconciliation.highestLevelBasis, value: 'all-admissions' as const },
        },
      },
    };
    const [row] = reconcile(2019, [as('F', f.year)], allStays).rows;
    expect(row).toMatchObject({
      highestLevel: 'region',
      due: fen(2695),
      refund: 0,
      otherReading: { basis: 'tilted-admissions', highestLevel: 'township', refund: fen(900) },
    });
  });

  it('a year with only tilted stays reads the same both ways (person A: county, refund 1,800)', () => {
    const [row] = reconcile(2019, [as('A', a.year)], ZHALANTUN_2019).rows;
    expect(row?.refund).toBe(fen(1800));
    expect(row?.otherReading).toMatchObject({ highestLevel: 'county', refund: fen(1800) });
  });
});
