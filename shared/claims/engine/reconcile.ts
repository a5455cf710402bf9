import { applyBp, minFen, positive, type Fen } from '../../money.js';
import type { HospitalLevel } from '../../reference/types.js';
import type { ClaimPolicy } from '../policy/parameters.js';
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
    const tilted = highestLevelOf(py.admissions, (a) => a.withTilt);
    const fromGeneral = general.reduce<HospitalLevel>(
      (h, g) => (HOSPITAL_LEVELS.indexOf(g.level) > HOSPITAL_LEVELS.indexOf(h) ? g.level : h),
      'township',
    );
    const highestLevel =
      tilted && HOSPITAL_LEVELS.indexOf(tilted) > HOSPITAL_LEVELS.indexOf(fromGeneral) ? tilted : fromGeneral;
    const cap = p.targets.selfPayCap[highestLevel].value;
    const beyond = py.general.selfPayBeyondDeductibles;
    const due = minFen(beyond, cap) + applyBp(positive(beyond - cap), p.reconciliation.patientShareAboveCap.value);
    const paid = py.general.paidBeyondDeductibles;
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
