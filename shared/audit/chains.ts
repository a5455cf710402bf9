import { personRef } from './hash.js';

/**
 * Which chain a write joins (docs/audit.md, "Chains"). Each follows the unit the write already serialises
 * on, so a chain head is never busier than the ledger item its writes already compete for.
 */

/** A person's year: claims settled and voided, and the reconciliation's refund account of that year. */
export const personYearChain = (personId: string, year: number): string => `person-year/${personRef(personId)}/${year}`;

/** The hospital registry: a few edits a year by the insurance bureau. */
export const HOSPITALS_CHAIN = 'hospitals';

/**
 * A housing case: its events (each already a compare-and-set on the case's version) and its photos'
 * verdicts. Cases are independent, so writers of different cases never meet.
 */
export const caseChain = (caseId: string): string => `case/${caseId}`;

/**
 * A student's payments: each is already a compare-and-set on the student's ledger count, so the chain adds
 * no contention. The student id is an identity number: named by its reference.
 */
export const studentChain = (studentId: string): string => `student/${personRef(studentId)}`;

/**
 * A numbered ranger post of a township: hire and release (already conditioned on the post's slot) and the
 * post's monthly pay. A pay run pays many posts at once; per post, they never meet on one head.
 */
export const postChain = (township: string, postNo: number): string => `post/${township}/${postNo}`;
