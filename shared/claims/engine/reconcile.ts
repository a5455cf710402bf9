import { applyBp, minFen, positive, type Fen } from '../../money.js';
import type { HospitalLevel } from '../../reference/types.js';
import type { ClaimPolicy, HighestLevelBasis } from '../policy/parameters.js';
import { HOSPITAL_LEVELS, type PersonYear } from '../types.js';
import { highestLevelOf } from './person-year.js';

/** One person's line in the yearly reconciliation (docs/rules.md §3.5), money in fen. */
export interface ReconciliationRow {
  personId: string;
  year: number;
  /** Highest level of the person's tilted admissions in the year; its cap applies to the whole year. */
  highestLevel: HospitalLevel;
  cap: Fen;
  generalAdmissions: number;
  /** Σ compliant self-pay beyond d over the year's general admissions. */
  selfPayBeyondDeductibles: Fen;
  /** cap + 10% of (self-pay beyond deductibles − cap) when positive; the self-pay itself when below the cap. */
  due: Fen;
  /** What the person paid beyond deductibles at discharge, summed. */
  paidBeyondDeductibles: Fen;
  /** paid − due when positive, paid by commercial supplementary insurance. */
  refund: Fen;
  /** The same year under the other reading of 就诊最高级别医疗机构 (policy `reconciliation.highestLevelBasis`). */
  otherReading: { basis: HighestLevelBasis; highestLevel: HospitalLevel; cap: Fen; due: Fen; refund: Fen };
}

export interface Reconciliation {
  year: number;
  policyId: string;
  /** Every person with more than one general admission, ordered by personId (a rerun gives the same rows). */
  rows: ReconciliationRow[];
  totals: {
    persons: number;
    personsWithRefund: number;
    selfPayBeyondDeductibles: Fen;
    due: Fen;
    paidBeyondDeductibles: Fen;
    refund: Fen;
    /** Refunds by payer (the policy names who refunds). */
    byPayer: Record<string, Fen>;
  };
}

/**
 * The highest level whose cap applies to the year [H 三.(二).5.6) "个人自付封顶额按照贫困人口就诊最高级别医疗机构确定"]:
 * `tilted-admissions` (the decision in force) takes the levels of the year's general admissions and of any
 * admission with the poverty tilt; `all-admissions` also counts untilted stays (e.g. outside the county
 * without referral). Never below township.
 */
function highestLevelFor(py: PersonYear, basis: HighestLevelBasis): HospitalLevel {
  const rank = (l: HospitalLevel | null) => (l === null ? -1 : HOSPITAL_LEVELS.indexOf(l));
  const fromGeneral = py.general.admissions.reduce<HospitalLevel>(
    (h, g) => (rank(g.level) > rank(h) ? g.level : h),
    'township',
  );
  const fromStays =
    basis === 'tilted-admissions' ? highestLevelOf(py.admissions, (a) => a.withTilt) : highestLevelOf(py.admissions);
  return rank(fromStays) > rank(fromGeneral) ? (fromStays as HospitalLevel) : fromGeneral;
}

/**
 * The yearly reconciliation of self-pay caps [H 三.(二).5.6), docs/rules.md §3.5], pure. For each person-year of
 * `year` with more than one general admission (tilted, settled by the self-pay cap rule — not major
 * disease, not critical illness, not cataract): cap = the cap of the highest level of the person's tilted
 * admissions in the year; due = min(X, cap) + 10% of (X − cap)⁺ where X is the year's compliant self-pay
 * beyond deductibles (rounded half up once, on the yearly figure); refund = (paid beyond deductibles − due)⁺.
 * Person-years of other years are ignored. `policy` is the policy in force at the end of the year.
 */
export function reconcile(year: number, personYears: readonly PersonYear[], policy: ClaimPolicy): Reconciliation {
  const p = policy.parameters;
  const rows: ReconciliationRow[] = [];
  for (const py of personYears) {
    if (py.year !== year) continue;
    const general = py.general.admissions;
    if (general.length <= 1) continue;
    const beyond = py.general.selfPayBeyondDeductibles;
    const paid = py.general.paidBeyondDeductibles;
    const figures = (basis: HighestLevelBasis) => {
      const highestLevel = highestLevelFor(py, basis);
      const cap = p.targets.selfPayCap[highestLevel].value;
      const due = minFen(beyond, cap) + applyBp(positive(beyond - cap), p.reconciliation.patientShareAboveCap.value);
      return { basis, highestLevel, cap, due, refund: positive(paid - due) };
    };
    const basis = p.reconciliation.highestLevelBasis.value;
    const { highestLevel, cap, due } = figures(basis);
    const otherReading = figures(basis === 'tilted-admissions' ? 'all-admissions' : 'tilted-admissions');
    rows.push({
      personId: py.personId,
      year,
      highestLevel,
      cap,
      generalAdmissions: general.length,
      selfPayBeyondDeductibles: beyond,
      due,
      paidBeyondDeductibles: paid,
      refund: positive(paid - due),
      otherReading,
    });
  }
  rows.sort((a, b) => (a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0));
  const sum = (pick: (r: ReconciliationRow) => Fen) => rows.reduce((s, r) => s + pick(r), 0);
  const refund = sum((r) => r.refund);
  return {
    year,
    policyId: policy.id,
    rows,
    totals: {
      persons: rows.length,
      personsWithRefund: rows.filter((r) => r.refund > 0).length,
      selfPayBeyondDeductibles: sum((r) => r.selfPayBeyondDeductibles),
      due: sum((r) => r.due),
      paidBeyondDeductibles: sum((r) => r.paidBeyondDeductibles),
      refund,
      byPayer: { [p.reconciliation.refundPayer.value]: refund },
    },
  };
}
