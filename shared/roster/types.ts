import type { IsoDate } from '../dates.js';
import type { LoadingRole } from './ownership.js';

export const PERSON_FLAGS = [
  'minimumLivingAllowance',
  'lowIncomeFamily',
  'extremelyPoor',
  'severelyDisabled',
  'unableToWork',
  'orphan',
  'poorDisabledHousehold',
  'sickOrDisabledChild',
  'stableExit',
  'excludedFromRangerPosts',
] as const;
export type PersonFlag = (typeof PERSON_FLAGS)[number];
export type PersonFlags = Partial<Record<PersonFlag, boolean>>;

/** A person on the roster (docs/rules.md §3.1, docs/rules.md §3.1). Keyed by the 18-character identity number. */
export interface Person {
  personId: string;
  name: string;
  householdId: string;
  township: string;
  village: string;
  /** Registered poor from this date (inclusive); absent: not registered poor. */
  registeredFrom?: IsoDate;
  /** Left the register after this date (inclusive last day). */
  registeredUntil?: IsoDate;
  birthDate?: IsoDate;
  flags: PersonFlags;
  insuredYears: number[];
}

/** Who may certify a chronic disease (H 三.(二).4): the shares differ by certifier. */
export const CHRONIC_CERTIFIERS = ['insurance-bureau', 'health-commission'] as const;

export interface ChronicCertification {
  disease: string;
  certifiedBy: (typeof CHRONIC_CERTIFIERS)[number];
  from: IsoDate;
}

/** Registered poor on `date`: registeredFrom ≤ date ≤ registeredUntil (when given). */
export function isRegisteredOn(person: Pick<Person, 'registeredFrom' | 'registeredUntil'>, date: IsoDate): boolean {
  if (!person.registeredFrom) return false;
  return person.registeredFrom <= date && (person.registeredUntil === undefined || date <= person.registeredUntil);
}

/** Who last changed a flag, when, and through what (a load, or an import by its id). */
export interface FlagSetter {
  by: string;
  role: LoadingRole;
  at: string;
  via: string;
}

export interface PersonWithSetters extends Person {
  flagSetters: Partial<Record<PersonFlag, FlagSetter>>;
}
