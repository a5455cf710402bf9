import type { IsoDate } from '../../dates.js';
import { positive, type Fen } from '../../money.js';
import type { Hospital } from '../../reference/types.js';
import type { ChronicCertification, Person } from '../../roster/types.js';
import type { ClaimFacts, PersonYear, Settlement } from '../types.js';
import { emptyPersonYear } from './person-year.js';
import { policyForClaim, serviceDateOf, settle } from './settle.js';

/** A claim as the reconciliation reads it: the facts, the settlement stored at posting, and whether it survives. */
export interface ReconClaim {
  facts: ClaimFacts;
  settlement: Settlement;
  voided: boolean;
  /** The person-year version it produced at posting (ties on the same date keep posting order). */
  yearVersion: number;
}

/**
 * The person's year recomputed from the surviving claims in discharge (service) date order [H 三.(二).5.6)
 * "年度内…累计", decision]: voided claims are left out and claims posted out of order are settled in the order
 * the care happened, so the deductible a repeat admission waives and the yearly thresholds fall where the
 * plan puts them. Pure. `paidBeyondDeductibles` is kept from the stored settlements: it is what the person
 * actually paid at discharge, which the recomputed due is compared with. Returns undefined when a claim
 * cannot be re-settled (its hospital left the registry): the caller keeps the stored year for that person.
 */
export function recomputeYear(
  personId: string,
  year: number,
  claims: readonly ReconClaim[],
  person: Person,
  hospitals: ReadonlyMap<string, Hospital>,
  certifications: readonly ChronicCertification[],
): PersonYear | undefined {
  const surviving = claims
    .filter((c) => !c.voided)
    .sort(
      (a, b) =>
        serviceDateOf(a.facts).localeCompare(serviceDateOf(b.facts)) ||
        (a.facts.admittedOn ?? '').localeCompare(b.facts.admittedOn ?? '') ||
        a.yearVersion - b.yearVersion,
    );
  let py = emptyPersonYear(personId, year);
  try {
    for (const c of surviving) {
      const hospital = hospitals.get(c.facts.hospitalId);
      if (!hospital) return undefined;
      py = settle(c.facts, py, person, hospital, policyForClaim(c.facts), certifications).nextPersonYear;
    }
  } catch {
    return undefined;
  }
  const paid = surviving.reduce((s, c) => s + (c.settlement.yearDelta.generalAdmission?.paidBeyondDeductible ?? 0), 0);
  return { ...py, general: { ...py.general, paidBeyondDeductibles: paid } };
}

/** What a person-year was refunded before (the refund ledger account as the pure adjustment reads it). */
export interface RefundsPaid {
  /** Refunds actually paid out so far, fen. */
  refunded: Fen;
}

/** One person's adjustment in a run (money in fen). */
export interface RefundAdjustment {
  /** The refund the final figures owe: (paid beyond deductibles − due)⁺. */
  refundDue: Fen;
  /** Refunds paid before this run. */
  paidBefore: Fen;
  /** refundDue − paidBefore: positive is paid now; negative is recoverable. */
  adjustment: Fen;
  /** Paid by this run (adjustment when positive). */
  payNow: Fen;
  /** Paid before and not owed (−adjustment when negative), carried against later refunds, never kept silently. */
  recoverable: Fen;
}

/**
 * The run's adjustment for one person [H 三.(二).5.6), decision]: the refund the recomputed year owes, minus
 * what earlier runs paid. A rerun with nothing changed adjusts by 0. A void or a correction after a run
 * makes the adjustment negative: that amount is recorded as recoverable from the insurer's refund (and
 * carried: a later rise in the refund owed is netted against it before anything is paid). Pure.
 */
export function adjustRefund(refundDue: Fen, ledger: RefundsPaid | undefined): RefundAdjustment {
  const paidBefore = ledger?.refunded ?? 0;
  const adjustment = refundDue - paidBefore;
  return { refundDue, paidBefore, adjustment, payNow: positive(adjustment), recoverable: positive(-adjustment) };
}

export type ReconciliationMode = 'preview' | 'pay' | 'late';

/**
 * When a run may pay [H 三.(二).5.6) "下一年度的1月至3月份"]: year Y is reconciled in the months `months` (1–3)
 * of Y + 1. Before 1 January of Y + 1 a run is a preview that pays nothing (the year is not over); in the
 * window it pays; after it (`late`) it pays only with the insurance bureau's stated reason, recorded.
 */
export function reconciliationMode(year: number, today: IsoDate, months: readonly number[]): ReconciliationMode {
  if (today < `${year + 1}-01-01`) return 'preview';
  const lastMonth = Math.max(...months);
  const endOfWindow = `${year + 1}-${String(lastMonth).padStart(2, '0')}-31`;
  return today <= endOfWindow ? 'pay' : 'late';
}
