import type { ChronicCertification, Person } from './types.js';

/**
 * The roster as the other domains read it: one person, or every person page by page. The roster's own
 * writes (loads, certifications, arrears flags) stay on its DynamoDB adapter for now.
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
