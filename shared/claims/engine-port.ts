import { emptyPersonYear, personYearFigures, policyForClaim, reverse, serviceDateOf, settle } from './engine/index.js';
import type { ClaimBody } from './schemas.js';
import type { ClaimFacts, PersonYear, Settlement } from './types.js';
import type { ClaimEngine } from './ports.js';

/**
 * The pure engine behind the use cases' port. The policy is chosen by the claim's discharge or service
 * date (a date with no policy in force is a 400 `no-policy` before anything is read or written).
 */
export const claimEngine: ClaimEngine<ClaimFacts, PersonYear, Settlement> = {
  toFacts(body: ClaimBody, hospitalId: string): ClaimFacts {
    const facts: ClaimFacts = {
      claimId: body.claimId,
      hospitalId,
      personId: body.personId,
      kind: body.kind,
      ...(body.admittedOn ? { admittedOn: body.admittedOn } : {}),
      ...(body.dischargedOn ? { dischargedOn: body.dischargedOn } : {}),
      ...(body.servedOn ? { servedOn: body.servedOn } : {}),
      diagnosis: {
        icd10: body.diagnosis.icd10 ?? null,
        majorDisease: body.diagnosis.majorDisease ?? null,
        chronicDisease: body.diagnosis.chronicDisease ?? null,
        cataractEyes: body.diagnosis.cataractEyes ?? null,
      },
      referral: body.referral,
      costs: body.costs,
      deliveries: body.deliveries,
    };
    policyForClaim(facts);
    return facts;
  },
  serviceDate: (facts) => serviceDateOf(facts),
  settle: (facts, year, person, hospital, certifications) =>
    settle(facts, year, person, hospital, policyForClaim(facts), certifications),
  reverse: (year, settlement) => reverse(year, settlement.yearDelta),
  emptyYear: emptyPersonYear,
  yearFigures: personYearFigures,
};
