import { applyBp, type BasisPoints, type Fen } from '../../money.js';
import type { ClaimParameters } from '../policy/parameters.js';

/** One critical-illness table, resolved from the policy for a standard or a registered poor person. */
export interface CriticalIllnessTable {
  kind: 'standard' | 'poor';
  threshold: Fen;
  /** Segments in ascending order: [lower, upper) in yearly in-policy self-pay, with their ratio. */
  segments: { from: Fen; to: Fen | null; ratio: BasisPoints }[];
  yearlyMaximum: Fen | null;
}

/**
 * The table that applies [H 三.(二).1.3), docs/rules.md §2.3]: for the poor the
 * threshold × 50% and each segment ratio + 5 points; segment bounds other than the threshold stay.
 */
export function criticalIllnessTable(p: ClaimParameters['criticalIllness'], poor: boolean): CriticalIllnessTable {
  const threshold = poor ? applyBp(p.threshold.value, p.poorThresholdFactor.value) : p.threshold.value;
  const uplift = poor ? p.poorSegmentUplift.value : 0;
  const ordered = Object.values(p.segments).sort((a, b) => (a.upTo.value ?? Infinity) - (b.upTo.value ?? Infinity));
  const segments: CriticalIllnessTable['segments'] = [];
  let from = threshold;
  for (const s of ordered) {
    const to = s.upTo.value;
    if (to !== null && to <= from) continue; // a segment wholly below the threshold pays nothing
    segments.push({ from, to, ratio: Math.min(10_000, s.ratio.value + uplift) });
    if (to === null) break;
    from = to;
  }
  return {
    kind: poor ? 'poor' : 'standard',
    threshold,
    segments,
    yearlyMaximum: poor ? p.poorYearlyMaximum.value : p.yearlyMaximum.value,
  };
}

/**
 * B(y): the yearly benefit on a yearly in-policy self-pay y. Each segment's fen × bp is summed exactly (an
 * integer), and the sum is rounded half up to the fen once; then the yearly maximum, if any.
 */
export function yearlyBenefit(table: CriticalIllnessTable, selfPay: Fen): Fen {
  let exact = 0; // in fen × bp
  for (const s of table.segments) {
    if (selfPay <= s.from) break;
    const upper = s.to === null ? selfPay : Math.min(selfPay, s.to);
    exact += (upper - s.from) * s.ratio;
  }
  const benefit = Math.floor((exact + 5000) / 10_000);
  return table.yearlyMaximum === null ? benefit : Math.min(benefit, table.yearlyMaximum);
}

/**
 * A claim's critical-illness payment [docs/rules.md §3.2 step 6]: B(year's total after it) − B(year's total before
 * it), with the claim's table; never more than the table's yearly maximum leaves after what was already
 * paid this year (which matters only when tables were mixed within a year), never below 0.
 */
export function claimBenefit(table: CriticalIllnessTable, before: Fen, claimSelfPay: Fen, paidThisYear: Fen): Fen {
  let benefit = yearlyBenefit(table, before + claimSelfPay) - yearlyBenefit(table, before);
  if (table.yearlyMaximum !== null) benefit = Math.min(benefit, Math.max(0, table.yearlyMaximum - paidThisYear));
  return Math.max(0, Math.min(benefit, claimSelfPay));
}
