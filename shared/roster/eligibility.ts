import type { IsoDate } from '../dates.js';
import type { Hospital } from '../reference/types.js';
import { isRegisteredOn, type ChronicCertification, type Person } from './types.js';

export interface ArrearsFlag {
  flagged: boolean;
  reason: string;
  flaggedByHospital?: string;
}

export interface Eligibility {
  personId: string;
  registeredPoor: boolean;
  payAfterTreatment: boolean;
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
  const payAfterTreatment = registeredPoor && input.hospital?.inCounty === true && !blacklisted;
  return {
    personId: input.person.personId,
    registeredPoor,
    payAfterTreatment,
    chronicDiseases: input.certifications.filter((c) => c.from <= input.on),
  };
}
