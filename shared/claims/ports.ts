import type { Actor } from '../audit/types.js';
import type { Hospital } from '../reference/types.js';
import type { ChronicCertification, Person } from '../roster/types.js';
import type { ClaimBody } from './schemas.js';

/**
 * The ports the claim use cases work through (hexagonal architecture): the use cases depend on these
 * interfaces only; `dynamodb-*.ts` implement them on the table, `memory-*.ts` in memory with the same
 * conditions, and one contract suite (tests/support/contracts) is run against both.
 */

export interface StoredClaim<S = unknown> {
  hospitalId: string;
  claimId: string;
  personId: string;
  year: number;
  requestHash: string;
  status: 'settled' | 'voided';
  settledAt: string;
  voidedAt?: string;
  /** The engine's settlement in fen, exactly as computed at first posting. */
  settlement: S;
  /** The claim as the engine saw it (money in fen), for reports such as the out-of-catalogue share. */
  facts?: unknown;
  /** The person-year version this claim produced: the order in which the person's claims took effect. */
  yearVersion?: number;
}

export interface StoredYear<Y = unknown> {
  version: number;
  state: Y;
}

/** What a claim is settled against, read together: the claim (a replay?), the person, certifications, the year. */
export interface ClaimContext<Y> {
  person?: Person;
  certifications: ChronicCertification[];
  year?: StoredYear<Y>;
  /**
   * What the store read beside the context for its own write (the DynamoDB store: the person-year's audit chain
   * head, read in the same round trip), handed back to saveSettlement. Opaque to the use case.
   */
  readAhead?: unknown;
}

/** The claim id is already taken at write time (a concurrent post of the same claim, or a void already done). */
export class ClaimExistsError extends Error {
  constructor() {
    super('claim already written');
    this.name = 'ClaimExistsError';
  }
}

/** The person's year moved since it was read (another claim or void of the same person won the race). */
export class YearMovedError extends Error {
  constructor() {
    super('person-year moved');
    this.name = 'YearMovedError';
  }
}

/**
 * Claims and person-years. Writes are conditional and atomic: a settlement stores the claim only if its id
 * is new and the year only if its version is still `expectedVersion` (undefined: the year must not exist);
 * either both are stored or neither, and the failure names which condition broke.
 */
export interface ClaimStore<S, Y> {
  /**
   * The person, the person's certifications and the person's year of `year`. Not the claim: a claim id already
   * taken is found by the write (ClaimExistsError), which saves a read on every new claim.
   */
  load(personId: string, year: number): Promise<ClaimContext<Y>>;
  getClaim(hospitalId: string, claimId: string): Promise<StoredClaim<S> | undefined>;
  getYear(personId: string, year: number): Promise<StoredYear<Y> | undefined>;
  /**
   * Stores a new claim (month: yyyy-mm of its service date, for the month's index) and the year at version
   * `expectedVersion + 1`. Throws ClaimExistsError when the id is taken, else YearMovedError when the year moved.
   */
  saveSettlement(
    claim: StoredClaim<S>,
    month: string,
    expectedVersion: number | undefined,
    next: Y,
    figures: Record<string, unknown>,
    /** Who settles: recorded by the audit trail (docs/audit.md). */
    actor?: Actor,
    /** `readAhead` of the load this settlement was computed from. */
    readAhead?: unknown,
  ): Promise<void>;
  /**
   * Marks a settled claim voided (once), records who voided it and stores the reversed year. Throws
   * ClaimExistsError when the claim is no longer settled, else YearMovedError when the year moved.
   */
  saveVoid(
    claim: StoredClaim<S>,
    voidedAt: string,
    by: string,
    expectedVersion: number,
    next: Y,
    figures: Record<string, unknown>,
    actor?: Actor,
  ): Promise<void>;
  /** Every person-year of a year (reconciliation). */
  yearsOf(year: number): AsyncIterable<{ personId: string; state: Y }>;
  /** Every claim whose service date falls in the month (health report), voided ones included. */
  claimsOfMonth(month: string): AsyncIterable<StoredClaim<S>>;
}

/** One person's refund account for a year as a reconciliation run leaves it (money in fen). */
export interface RefundAccountFigures {
  /** Refunds paid out so far. */
  refunded: number;
  /** Paid out before and not owed by the latest figures: to be recovered, netted against later refunds. */
  recoverable: number;
  /** The last paying run's figures, which the next run's report compares with. */
  lastDue?: number;
  lastRefundDue?: number;
  /** The surviving claims (hospitalId/claimId) the last paying run counted. */
  lastClaims?: string[];
  lastRunAt?: string;
  /** The insurance bureau's reasons for runs after March, each prefixed with the run's time. */
  reasons?: string[];
}

export interface RefundAccount extends RefundAccountFigures {
  /** Written once per change; a save names the version it read. */
  version: number;
}

/** The refund account moved since it was read (another run wrote it first). */
export class RefundAccountMovedError extends Error {
  constructor() {
    super('refund account moved');
    this.name = 'RefundAccountMovedError';
  }
}

/**
 * The reconciliation's refund ledger: one account per person and year. Saves are compare-and-set on the
 * version read, so two runs, even concurrent ones, never both record the same payment.
 */
export interface RefundLedger {
  getAccount(year: number, personId: string): Promise<RefundAccount | undefined>;
  /** Every account of a year. */
  accountsOf(year: number): AsyncIterable<{ personId: string; account: RefundAccount }>;
  /**
   * Stores the account at version `expectedVersion + 1` (undefined: the account must not exist yet).
   * Throws RefundAccountMovedError when another save came first.
   */
  saveAccount(
    year: number,
    personId: string,
    figures: RefundAccountFigures,
    expectedVersion: number | undefined,
    /** Who ran the reconciliation: recorded by the audit trail (docs/audit.md). */
    actor?: Actor,
  ): Promise<void>;
}

/**
 * The port through which the use cases reach the pure engine (shared/claims/engine). Keeping it an
 * interface lets the use cases be read without the engine's details.
 */
export interface ClaimEngine<F, Y, S> {
  toFacts(body: ClaimBody, hospitalId: string): F;
  serviceDate(facts: F): string;
  settle(
    facts: F,
    year: Y,
    person: Person,
    hospital: Hospital,
    certifications: readonly ChronicCertification[],
  ): { settlement: S; nextPersonYear: Y };
  reverse(year: Y, settlement: S): Y;
  emptyYear(personId: string, year: number): Y;
  /** Year-to-date figures in yuan for eligibility (the eligibility answer's year figures). */
  yearFigures(year: Y): Record<string, unknown>;
}
