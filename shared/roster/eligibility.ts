import type { IsoDate } from '../dates.js';
import type { Hospital } from '../reference/types.js';
import { isRegisteredOn, type ChronicCertification, type Person } from './types.js';

export interface ArrearsFlag {
  flagged: boolean;
  reason: string;
  flaggedByHospital?: string;
}

/** Why pay-after-treatment is refused (each that applies). */
export type NoPayAfterTreatment = 'not-registered' | 'arrears-flag' | 'outside-county';

export interface Eligibility {
  personId: string;
  /** The patient's name and household, for the desk to confirm who is admitted (and to flag arrears). */
  name: string;
  householdId: string;
  registeredPoor: boolean;
  payAfterTreatment: boolean;
  notPayAfterTreatmentBecause: NoPayAfterTreatment[];
  chronicDiseases: ChronicCertification[];
}

/**
 * Pay-after-treatment (先诊疗后付费) [H 三.(二).5.3)]: a registered poor person, at a designated medical
 * institution (定点医疗机构 — every hospital in the registry) inside the county, whose household is not on
 * the malicious-arrears blacklist [H 四.(四)] — unless the admission is an emergency. Pure.
 */
export function decideEligibility(input: {
  person: Person;
  certifications: readonly ChronicCertification[];
  arrears: ArrearsFlag | undefined;
  hospital: Hospital | undefined;
  on: IsoDate;
  emergency: boolean;
}): Eligibility {
  const registeredPoor = isRegisteredOn(input.person, input.on);
  const blacklisted = input.arrears?.flagged === true && !input.emergency;
  const inCounty = input.hospital?.inCounty === true;
  const payAfterTreatment = registeredPoor && inCounty && !blacklisted;
  const because: NoPayAfterTreatment[] = [];
  if (!registeredPoor) because.push('not-registered');
  if (blacklisted) because.push('arrears-flag');
  if (!inCounty) because.push('outside-county');
  return {
    personId: input.person.personId,
    name: input.person.name,
    householdId: input.person.householdId,
    registeredPoor,
    payAfterTreatment,
    notPayAfterTreatmentBecause: because,
    chronicDiseases: input.certifications.filter((c) => c.from <= input.on),
  };
}
