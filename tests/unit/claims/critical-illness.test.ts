import { describe, expect, it } from 'vitest';
import { claimBenefit, criticalIllnessTable, yearlyBenefit } from '../../../shared/claims/engine/critical-illness.js';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/zhalantun-2019.js';
import { fen } from './fixtures.js';

/** Critical-illness insurance on the yearly in-policy self-pay [H 三.(二).1.3); docs/rules.md §2.3]. */
const p = ZHALANTUN_2019.parameters.criticalIllness;
const standard = criticalIllnessTable(p, false);
const poor = criticalIllnessTable(p, true);

describe('the two tables', () => {
  it('the poor table halves the threshold and adds 5 points a segment, the other bounds unchanged', () => {
    expect(poor.threshold).toBe(fen(14_000 * 0.5));
    expect(poor.segments).toEqual([
      { from: fen(7000), to: fen(50_000), ratio: 6500 },
      { from: fen(50_000), to: fen(100_000), ratio: 7000 },
      { from: fen(100_000), to: null, ratio: 7500 },
    ]);
    expect(poor.yearlyMaximum).toBeNull();
    expect(standard.segments[0]).toEqual({ from: fen(14_000), to: fen(50_000), ratio: 6000 });
    expect(standard.yearlyMaximum).toBe(fen(300_000));
  });
});

describe('B(y): the yearly benefit, computed exactly and rounded once', () => {
  it.each<[string, typeof poor, number, number]>([
    ['nothing at the threshold itself (the benefit is on what is above it)', poor, fen(7000), 0],
    ['one fen above the threshold: 0.65 fen rounds up to 1', poor, fen(7000) + 1, 1],
    ['inside segment 1', poor, fen(20_000), fen((20_000 - 7000) * 0.65)],
    ['exactly at the end of segment 1', poor, fen(50_000), fen(43_000 * 0.65)],
    ['inside segment 3', poor, fen(150_000), fen(43_000 * 0.65 + 50_000 * 0.7 + 50_000 * 0.75)],
    // a half fen in each segment: 10 fen × 65% = 6.5 and 5 fen × 70% = 3.5; rounded per segment that
    // would be 7 + 4 = 11 fen, rounded once it is 10 fen exactly
    [
      'half fens in two segments are added before the single rounding',
      {
        ...poor,
        segments: [
          { from: 0, to: 10, ratio: 6500 },
          { from: 10, to: null, ratio: 7000 },
        ],
      },
      15,
      10,
    ],
    ['the standard table stops at the yearly maximum of 300,000', standard, fen(1_000_000), fen(300_000)],
  ])('%s', (_name, table, selfPay, expected) => {
    expect(yearlyBenefit(table, selfPay)).toBe(expected);
  });
});

describe('a claim gets B(after) − B(before)', () => {
  it.each<[string, number, number, number, number]>([
    [
      'a claim crossing the poor threshold is paid only on the part above',
      fen(5000),
      fen(4000),
      0,
      fen((9000 - 7000) * 0.65),
    ],
    [
      'a claim crossing from segment 1 into segment 2',
      fen(40_000),
      fen(20_000),
      fen(33_000 * 0.65),
      fen(10_000 * 0.65 + 10_000 * 0.7),
    ],
    ['two claims of one fen each above the threshold: 1 fen, then 0 (B(2) = 1.3 → 1)', fen(7000) + 1, 1, 1, 0],
  ])('%s', (_name, before, claim, paid, expected) => {
    expect(claimBenefit(poor, before, claim, paid)).toBe(expected);
  });

  it('the standard maximum holds even when a poor-table benefit was paid earlier in the year', () => {
    expect(claimBenefit(standard, fen(400_000), fen(100_000), fen(310_000))).toBe(0);
  });
});
