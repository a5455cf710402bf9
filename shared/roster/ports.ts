import type { Caller } from '../auth/roles.js';
import { ForbiddenError } from '../errors.js';
import type { RowDiff } from './diff.js';
import type { ArrearsFlag } from './eligibility.js';
import type { Village } from './import/check.js';
import type { LoadingRole } from './ownership.js';
import type { PersonRow } from './schemas.js';
import type { ChronicCertification, Person, PersonWithSetters } from './types.js';

/**
 * The roster as the other domains read it: one person, or every person page by page (only the townships of
 * the reference list are walked: the index is split by township).
 */
export interface PersonDirectory {
  getPerson(personId: string): Promise<Person | undefined>;
  allPersons(): AsyncIterable<Person>;
  /** The person with the chronic-disease certifications (what a claim is settled against), one read. */
  getPersonRecord(personId: string): Promise<{ person: Person; certifications: ChronicCertification[] } | undefined>;
}

/**
 * A load stopped partway: the rows named here were not written (the write failed, or was not tried once one had
 * failed); every other row of the load was written or already matched. `cause` is the first failure.
 */
export class RowsNotStoredError extends Error {
  constructor(
    readonly notStored: readonly string[],
    cause: unknown,
  ) {
    super(`${notStored.length} roster rows were not stored`, { cause });
    this.name = 'RowsNotStoredError';
  }
}

/**
 * A set arrears flag belongs to the hospital that set it [H 四.(四)]: another hospital may neither clear nor
 * re-flag it (the insurance bureau may do both). A 403, raised by the store's conditional write, so no race
 * lets another hospital through.
 */
export class ArrearsFlagHeldError extends ForbiddenError {
  constructor(clearing: boolean) {
    super(
      clearing
        ? 'Only the hospital that flagged this household, or the insurance bureau, may clear the flag.'
        : 'Another hospital flagged this household; only that hospital, or the insurance bureau, may change the flag.',
    );
    this.name = 'ArrearsFlagHeldError';
  }
}

/** When and through what a load changed the roster (a flag records it as who set it). */
export interface LoadStamp {
  at: string;
  /** `load`, or the import's id. */
  via: string;
}

/**
 * The roster: the loading bodies' rows, chronic certifications, the arrears flags and the village lists
 * (docs/rules.md §3.1). `dynamodb-roster-store.ts` implements it on the table, `memory-roster-store.ts` in
 * memory, and one contract suite (tests/support/contracts/roster-store.ts) holds both to the same behaviour.
 */
export interface RosterStore extends PersonDirectory {
  /** The stored persons among `ids`. */
  getPersons(ids: readonly string[]): Promise<Map<string, Person>>;
  /**
   * Upserts rows for a loading body: only the rows that change something are written, and only the shared
   * fields and the body's own fields they carry, never removing anything. Returns each row's diff.
   * Throws RowsNotStoredError naming the rows not written when a write fails partway.
   */
  upsertRows(rows: readonly PersonRow[], role: LoadingRole, caller: Caller, stamp?: LoadStamp): Promise<RowDiff[]>;
  /** Writes rows already diffed (an import's chunk); the same rules and error as `upsertRows`. */
  applyRows(
    rows: readonly { row: PersonRow; diff: RowDiff }[],
    role: LoadingRole,
    caller: Caller,
    stamp: LoadStamp,
  ): Promise<void>;
  /**
   * The bulk write of an import's chunk: the same rules as `applyRows`, in as few requests as the store allows
   * (DynamoDB: transactions of up to 100 rows). A person created by another body since the rows were diffed is
   * merged, not overwritten. Throws RowsNotStoredError naming the rows not written.
   */
  importRows(
    rows: readonly { row: PersonRow; diff: RowDiff }[],
    role: LoadingRole,
    caller: Caller,
    stamp: LoadStamp,
  ): Promise<void>;
  /** A person with who set each flag and when. */
  getPersonWithSetters(personId: string): Promise<PersonWithSetters | undefined>;
  householdMembers(householdId: string): Promise<PersonWithSetters[]>;
  /** Persons whose name contains `name`, in one township or across the reference list's, at most `limit`. */
  searchByName(name: string, township: string | undefined, limit: number): Promise<Person[]>;
  /** Idempotent: one certification per disease and certifier; the same again replaces itself. */
  putCertification(personId: string, cert: ChronicCertification, caller: Caller): Promise<void>;
  getArrears(householdId: string): Promise<ArrearsFlag | undefined>;
  /** Sets or clears the household's arrears flag; ArrearsFlagHeldError when a hospital may not. */
  setArrears(
    householdId: string,
    flag: { flagged: boolean; reason: string },
    caller: Caller,
    on: string,
  ): Promise<ArrearsFlag>;
  /** Every township's registered villages. */
  villages(): Promise<Map<string, Village[]>>;
  /** Replaces a township's village list. */
  putVillages(township: string, villages: readonly Village[], caller: Caller, at: string): Promise<void>;
}
