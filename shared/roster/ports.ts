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
