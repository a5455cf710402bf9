import { emptyPersonYear, reverse, settle } from '../../shared/claims/engine/index.js';
import { ZHALANTUN_2019 } from '../../shared/claims/policy/index.js';
import type { ClaimFacts, PersonYear } from '../../shared/claims/types.js';
import { makeIdentity } from '../../shared/identity/gb11643.js';
import { SHIPPED_HOSPITALS } from '../../shared/reference/hospitals.js';
import { MAJOR_DISEASE_CODES, CHRONIC_DISEASE_CODES } from '../../shared/reference/diseases.js';
import { TOWNSHIPS } from '../../shared/reference/townships.js';
import type { ChronicCertification, Person } from '../../shared/roster/types.js';
import type { LedgerClaim } from '../../shared/simulation/health.js';

/**
 * A synthetic 2019 ledger built the way the claim use case builds the real one: each person's claims
 * posted in discharge order through the pure engine, each settlement stored with the person-year
 * version it produced, some claims voided right after posting (reversing the year). Deterministic for
 * a seed. Used by the simulation's unit tests and by bench/simulation.ts.
 */
export interface SyntheticLedger {
  persons: Person[];
  certifications: Map<string, ChronicCertification[]>;
  claims: LedgerClaim[];
}

function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const iso = (dayOfYear: number) => new Date(Date.UTC(2019, 0, 1 + dayOfYear)).toISOString().slice(0, 10);

export function syntheticLedger(options: {
  claims: number;
  claimsPerPerson?: number;
  seed?: number;
  region?: string;
}): SyntheticLedger {
  const rand = prng(options.seed ?? 2019);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const perPerson = options.claimsPerPerson ?? 3;
  const personCount = Math.ceil(options.claims / perPerson);
  const persons: Person[] = [];
  const certifications = new Map<string, ChronicCertification[]>();
  const claims: LedgerClaim[] = [];
  const designated = SHIPPED_HOSPITALS.filter((h) => h.majorDiseaseDesignated);
  const clinics = SHIPPED_HOSPITALS.filter((h) => h.level === 'township');
  const inpatientHospitals = SHIPPED_HOSPITALS.filter((h) => h.level !== 'township');
  let clock = Date.parse('2019-01-01T08:00:00Z');
  let made = 0;
  for (let p = 0; p < personCount && made < options.claims; p += 1) {
    const township = TOWNSHIPS[p % TOWNSHIPS.length]!;
    // Unique for up to 60 years × 12 months × 28 days × 1,000 sequence numbers.
    const unique = makeIdentity(
      options.region ?? '159997',
      `19${40 + (p % 60)}${String(1 + (Math.floor(p / 28_000) % 12)).padStart(2, '0')}${String(1 + (Math.floor(p / 1000) % 28)).padStart(2, '0')}`,
      p % 1000,
    );
    const person: Person = {
      personId: unique,
      name: '合成',
      householdId: `HH-SIM-${p}`,
      township: township.code,
      village: '合成村',
      ...(rand() < 0.9 ? { registeredFrom: '2016-01-01' } : {}),
      flags: rand() < 0.05 ? { severelyDisabled: true } : {},
      insuredYears: [2019],
    };
    persons.push(person);
    const chronic = rand() < 0.2 ? pick(CHRONIC_DISEASE_CODES) : null;
    const certs: ChronicCertification[] = chronic
      ? [{ disease: chronic, certifiedBy: rand() < 0.5 ? 'insurance-bureau' : 'health-commission', from: '2018-06-01' }]
      : [];
    if (certs.length) certifications.set(unique, certs);

    const days = Array.from({ length: perPerson }, () => Math.floor(rand() * 360)).sort((a, b) => a - b);
    let year: PersonYear = emptyPersonYear(unique, 2019);
    let version = 0;
    for (const [i, day] of days.entries()) {
      if (made >= options.claims) break;
      made += 1;
      const r = rand();
      const kind: ClaimFacts['kind'] =
        chronic && r < 0.3 ? 'chronic-outpatient' : r < 0.45 ? 'outpatient' : 'inpatient';
      const major = kind === 'inpatient' && rand() < 0.1;
      const hospital =
        kind === 'inpatient'
          ? major
            ? pick(designated)
            : pick(inpatientHospitals)
          : kind === 'outpatient'
            ? pick(rand() < 0.7 ? clinics : inpatientHospitals)
            : pick(clinics);
      const total =
        kind === 'inpatient' ? 1_000_00 + Math.floor(rand() * 60_000_00) : 50_00 + Math.floor(rand() * 800_00);
      const outOf = kind === 'inpatient' ? Math.floor(total * rand() * 0.12) : 0;
      const date = iso(day);
      const facts: ClaimFacts = {
        claimId: `SIM-${p}-${i}`,
        hospitalId: hospital.hospitalId,
        personId: unique,
        kind,
        ...(kind === 'inpatient' ? { admittedOn: iso(Math.max(0, day - 5)), dischargedOn: date } : { servedOn: date }),
        diagnosis: {
          icd10: kind === 'inpatient' ? pick(['K35.9', 'I63.9', 'J18.9', 'S72.0']) : null,
          majorDisease: major ? pick(MAJOR_DISEASE_CODES) : null,
          chronicDisease: kind === 'chronic-outpatient' ? chronic : null,
          cataractEyes: null,
        },
        referral: { registered: rand() < 0.7, emergency: false },
        costs: { total, outOfCatalogue: outOf, patientExcess: 0, hospitalExcess: 0 },
        deliveries: kind === 'chronic-outpatient' && rand() < 0.5 ? 1 : 0,
      };
      const { settlement, nextPersonYear } = settle(facts, year, person, hospital, ZHALANTUN_2019, certs);
      version += 1;
      clock += 60_000;
      const claim: LedgerClaim = {
        hospitalId: hospital.hospitalId,
        claimId: facts.claimId,
        personId: unique,
        status: 'settled',
        settledAt: new Date(clock).toISOString(),
        yearVersion: version,
        settlement,
        facts,
      };
      year = nextPersonYear;
      if (rand() < 0.05) {
        // Voided before the person's next claim: it never counted for another claim.
        year = reverse(year, settlement.yearDelta);
        version += 1;
        clock += 60_000;
        claim.status = 'voided';
        claim.voidedAt = new Date(clock).toISOString();
      }
      claims.push(claim);
    }
  }
  return { persons, certifications, claims };
}
