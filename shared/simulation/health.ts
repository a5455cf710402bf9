import { applyYearDelta, emptyPersonYear, policyForClaim, settle } from '../claims/engine/index.js';
import { type ClaimParameters, type ClaimPolicy, claimPolicyOn } from '../claims/policy/index.js';
import type { ClaimFacts, PersonYear, Settlement } from '../claims/types.js';
import { HOSPITAL_LEVELS } from '../claims/types.js';
import type { Fen } from '../money.js';
import type { Hospital } from '../reference/types.js';
import { healthReport } from '../reports/health.js';
import type { ChronicCertification, Person } from '../roster/types.js';
import type { VariantRules } from './variant.js';

/**
 * The health what-if (pure): every surviving claim of a year, per person in discharge (service) date
 * order, settled again by the claims engine under the unchanged policy (the baseline) and under a
 * variant, and both compared with what was recorded. The baseline must reproduce the ledger to the fen;
 * every claim where it does not is listed as a ledger inconsistency with the reason we can see.
 */

/** The seven parts of a claim's total, then finance's delivery fee (outside the total). */
export const SIM_PAYERS = [
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'safetyNetFund',
  'hospital',
  'patient',
  'financeDeliveryFee',
] as const;
export type SimPayer = (typeof SIM_PAYERS)[number];
export type PayerFen = Record<SimPayer, Fen>;

/** A claim as the simulation reads it from the ledger (a subset of the stored claim item). */
export interface LedgerClaim {
  hospitalId: string;
  claimId: string;
  personId: string;
  status: 'settled' | 'voided';
  settledAt: string;
  voidedAt?: string;
  /** The person-year version the claim produced (posting order); absent on very old items. */
  yearVersion?: number;
  settlement: Settlement;
  facts?: ClaimFacts;
}

export interface HealthSimulationInput {
  year: number;
  claims: readonly LedgerClaim[];
  persons: ReadonlyMap<string, Person>;
  hospitals: ReadonlyMap<string, Hospital>;
  certifications: ReadonlyMap<string, readonly ChronicCertification[]>;
  /** The versions as shipped, and the variant's changed copies (undefined: no overrides, same as baseline). */
  baseline: readonly ClaimPolicy[];
  variant?: readonly ClaimPolicy[];
}

export interface GroupTotals {
  claims: number;
  payers: PayerFen;
}

export interface ScenarioFigures {
  claims: number;
  payers: PayerFen;
  byTownship: Record<string, GroupTotals>;
  byHospitalLevel: Record<string, GroupTotals>;
  byDiseaseGroup: Record<string, GroupTotals>;
  indicators: ReturnType<typeof healthReport>['indicators'];
}

export type InconsistencyReason = 'cannot-resettle' | 'posting-order-or-void' | 'unexplained';

export interface Inconsistency {
  hospitalId: string;
  claimId: string;
  personId: string;
  reason: InconsistencyReason;
  note: string;
  recorded: PayerFen;
  baseline: PayerFen;
}

export interface PersonChange {
  personId: string;
  township: string;
  baselinePatient: Fen;
  variantPatient: Fen;
}

export interface HealthSimulationResult {
  year: number;
  claims: { surviving: number; voided: number };
  persons: number;
  recorded: ScenarioFigures;
  baseline: ScenarioFigures;
  variant: ScenarioFigures;
  /** Every person's self-pay (patient part) under the baseline and the variant. */
  personChanges: PersonChange[];
  inconsistencies: Inconsistency[];
}

const zero = (): PayerFen => ({
  basicInsurance: 0,
  criticalIllnessInsurance: 0,
  medicalAssistance: 0,
  commercialInsurance: 0,
  safetyNetFund: 0,
  hospital: 0,
  patient: 0,
  financeDeliveryFee: 0,
});

const payersOf = (s: Settlement): PayerFen => {
  const out = zero();
  for (const p of SIM_PAYERS) out[p] = s.amounts[p];
  return out;
};

/**
 * The disease group a claim is counted under: the cataract programme, a major disease (its code), a
 * chronic disease (its code), else the ICD-10 chapter letter, else `unspecified`.
 */
export function diseaseGroup(facts: ClaimFacts | undefined): string {
  const d = facts?.diagnosis;
  if (!d) return 'unspecified';
  if (d.cataractEyes) return 'cataract';
  if (d.majorDisease) return `major:${d.majorDisease}`;
  if (d.chronicDisease) return `chronic:${d.chronicDisease}`;
  const letter = d.icd10?.trim().charAt(0).toUpperCase();
  return letter && /[A-Z]/.test(letter) ? `icd10:${letter}` : 'unspecified';
}

/** Claims in the order the simulation settles them: service date, then posting order. */
function byServiceDate(a: LedgerClaim, b: LedgerClaim): number {
  return (
    a.settlement.serviceDate.localeCompare(b.settlement.serviceDate) ||
    (a.yearVersion ?? Number.MAX_SAFE_INTEGER) - (b.yearVersion ?? Number.MAX_SAFE_INTEGER) ||
    a.settledAt.localeCompare(b.settledAt) ||
    a.hospitalId.localeCompare(b.hospitalId) ||
    a.claimId.localeCompare(b.claimId)
  );
}

class Scenario {
  readonly payers = zero();
  readonly byTownship = new Map<string, GroupTotals>();
  readonly byHospitalLevel = new Map<string, GroupTotals>();
  readonly byDiseaseGroup = new Map<string, GroupTotals>();
  /** What the health report's indicators read: the settlement and the hospital. */
  readonly settled: { status: 'settled'; hospitalId: string; settlement: Settlement; facts?: ClaimFacts }[] = [];
  claims = 0;

  add(claim: LedgerClaim, settlement: Settlement, township: string, level: string): void {
    this.claims += 1;
    const amounts = settlement.amounts;
    for (const p of SIM_PAYERS) this.payers[p] += amounts[p];
    for (const [map, key] of [
      [this.byTownship, township],
      [this.byHospitalLevel, level],
      [this.byDiseaseGroup, diseaseGroup(claim.facts)],
    ] as const) {
      let g = map.get(key);
      if (!g) {
        g = { claims: 0, payers: zero() };
        map.set(key, g);
      }
      g.claims += 1;
      for (const p of SIM_PAYERS) g.payers[p] += amounts[p];
    }
    this.settled.push({ status: 'settled', hospitalId: claim.hospitalId, settlement, facts: claim.facts });
  }

  /** `policy`: whose targets the indicators measure against (default: the one in force at the year's end). */
  figures(year: number, hospitals: readonly Hospital[], policy?: ClaimPolicy): ScenarioFigures {
    const sorted = (m: Map<string, GroupTotals>) =>
      Object.fromEntries([...m.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    const levels = new Map(
      [...this.byHospitalLevel.entries()].sort(
        ([a], [b]) => HOSPITAL_LEVELS.indexOf(a as never) - HOSPITAL_LEVELS.indexOf(b as never),
      ),
    );
    return {
      claims: this.claims,
      payers: this.payers,
      byTownship: sorted(this.byTownship),
      byHospitalLevel: Object.fromEntries(levels),
      byDiseaseGroup: sorted(this.byDiseaseGroup),
      indicators: healthReport({
        month: String(year),
        claims: this.settled as never,
        hospitals,
        participation: { registered: 0, insured: 0 },
        ...(policy ? { policy } : {}),
      }).indicators,
    };
  }
}

const samePayers = (a: PayerFen, b: PayerFen) => SIM_PAYERS.every((p) => a[p] === b[p]);

type Outcome = { settlement: Settlement; year: PersonYear } | { error: string };

/**
 * The policy in force on a claim's day, resolved once per day for the whole run: a variant is a copy of the
 * shipped documents, so `claimPolicyOn`'s per-container cache does not hold it, and resolving walks every
 * parameter. The memo lives in one simulation's call (no global), over documents nothing changes during it.
 */
type PolicyResolver = (facts: ClaimFacts) => ClaimPolicy;

function policyResolver(policies: readonly ClaimPolicy[]): PolicyResolver {
  const byDay = new Map<string, ClaimPolicy>();
  return (facts) => {
    const day = facts.kind === 'inpatient' ? facts.dischargedOn : facts.servedOn;
    const known = day === undefined ? undefined : byDay.get(day);
    if (known) return known;
    const policy = policyForClaim(facts, policies);
    if (day !== undefined) byDay.set(day, policy);
    return policy;
  };
}

function resettle(
  claim: LedgerClaim,
  year: PersonYear,
  person: Person | undefined,
  hospital: Hospital | undefined,
  certifications: readonly ChronicCertification[],
  policyOf: PolicyResolver,
): Outcome {
  if (!claim.facts) return { error: 'the stored claim has no facts to settle again' };
  if (!person) return { error: 'the person is no longer on the roster' };
  if (!hospital) return { error: `hospital ${claim.hospitalId} is no longer in the registry` };
  try {
    const policy = policyOf(claim.facts);
    const { settlement, nextPersonYear } = settle(claim.facts, year, person, hospital, policy, certifications);
    return { settlement, year: nextPersonYear };
  } catch (error) {
    return { error: (error as Error).message };
  }
}

/** Where one person stands in the run: the two scenarios' years so far, and what the end needs. */
interface PersonRun {
  township: string;
  /** The last service month added (claims must come month by month). */
  month: string;
  baseYear: PersonYear;
  varYear: PersonYear;
  baselinePatient: Fen;
  variantPatient: Fen;
  /** The posting order (yearVersion) of the last claim settled: a smaller one after it means a reordering. */
  lastPosted: number;
  reordered: boolean;
}

/** A claim whose baseline differs from the record; its reason is settled at the end, when all is known. */
interface Mismatch {
  claim: LedgerClaim;
  recorded: PayerFen;
  baseline: PayerFen;
}

/** The year's static inputs: everything but the claims, which are added month by month. */
export type HealthSimulationSetup = Omit<HealthSimulationInput, 'claims' | 'certifications'>;

/**
 * The health what-if, fed month by month (pure; no I/O, no clock): the claims of a service month are added once
 * the months before it have been, so a run can settle one month while the next ones are still being read. Claims
 * of one month are sorted per person the way the whole year would be (service date, then posting order), so the
 * result is the same however the year is cut — `simulateHealthYear` feeds it a whole year at once.
 */
export class HealthYearSimulation {
  private readonly recorded = new Scenario();
  private readonly baseline = new Scenario();
  private readonly variant = new Scenario();
  private readonly people = new Map<string, PersonRun>();
  private readonly voidedByPerson = new Map<string, LedgerClaim[]>();
  /** Inconsistencies in the order they were found, each with its person (sorted by person at the end). */
  private readonly found: { personId: string; item: Inconsistency | Mismatch }[] = [];
  private readonly baselinePolicy: PolicyResolver;
  private readonly variantPolicy: PolicyResolver | undefined;
  private voided = 0;

  constructor(private readonly setup: HealthSimulationSetup) {
    this.baselinePolicy = policyResolver(setup.baseline);
    this.variantPolicy = setup.variant ? policyResolver(setup.variant) : undefined;
  }

  /**
   * Adds claims of one service month: all of each person's claims of that month, after every earlier month of that
   * person (a claim dated before one already added is refused: the result would depend on the order of reading).
   * `certifications` must hold those of every person with a chronic claim among them.
   */
  add(claims: readonly LedgerClaim[], certifications: ReadonlyMap<string, readonly ChronicCertification[]>): void {
    const byPerson = new Map<string, LedgerClaim[]>();
    for (const c of claims) {
      if (c.status !== 'settled') {
        this.voided += 1;
        const list = this.voidedByPerson.get(c.personId);
        if (list) list.push(c);
        else this.voidedByPerson.set(c.personId, [c]);
        continue;
      }
      const list = byPerson.get(c.personId);
      if (list) list.push(c);
      else byPerson.set(c.personId, [c]);
    }
    for (const [personId, list] of byPerson) this.settlePerson(personId, list.sort(byServiceDate), certifications);
  }

  private personRun(personId: string, month: string): PersonRun {
    let run = this.people.get(personId);
    if (!run) {
      const empty = emptyPersonYear(personId, this.setup.year);
      run = {
        township: this.setup.persons.get(personId)?.township ?? 'unknown',
        month,
        baseYear: empty,
        varYear: empty,
        baselinePatient: 0,
        variantPatient: 0,
        lastPosted: Number.NEGATIVE_INFINITY,
        reordered: false,
      };
      this.people.set(personId, run);
    } else if (month <= run.month) {
      throw new Error(`claims of ${personId} for ${month} added after those of ${run.month}`);
    }
    run.month = month;
    return run;
  }

  private settlePerson(
    personId: string,
    claims: readonly LedgerClaim[],
    certificationsOf: ReadonlyMap<string, readonly ChronicCertification[]>,
  ): void {
    const first = claims[0];
    if (!first) return;
    const run = this.personRun(personId, first.settlement.serviceDate.slice(0, 7));
    const person = this.setup.persons.get(personId);
    const certifications = certificationsOf.get(personId) ?? [];
    const { township } = run;
    for (const claim of claims) {
      // Did the ledger take this person's claims in another order than discharge order? Then a later claim was
      // settled against a different year than the re-settlement sees (posting order: yearVersion).
      const posted = claim.yearVersion ?? 0;
      if (posted < run.lastPosted) run.reordered = true;
      run.lastPosted = posted;

      const hospital = this.setup.hospitals.get(claim.hospitalId);
      const level = hospital?.level ?? 'unknown';
      const recordedSettlement = claim.settlement;
      this.recorded.add(claim, recordedSettlement, township, level);

      const base = resettle(claim, run.baseYear, person, hospital, certifications, this.baselinePolicy);
      let baseSettlement: Settlement;
      if ('error' in base) {
        // Carried at its recorded figures in both scenarios, and listed.
        baseSettlement = recordedSettlement;
        run.baseYear = applyYearDelta(run.baseYear, recordedSettlement.yearDelta, 1);
        this.found.push({
          personId,
          item: {
            hospitalId: claim.hospitalId,
            claimId: claim.claimId,
            personId,
            reason: 'cannot-resettle',
            note: `${base.error}; carried at its recorded figures`,
            recorded: payersOf(recordedSettlement),
            baseline: payersOf(recordedSettlement),
          },
        });
      } else {
        baseSettlement = base.settlement;
        run.baseYear = base.year;
        const r = payersOf(recordedSettlement);
        const b = payersOf(baseSettlement);
        if (!samePayers(r, b)) this.found.push({ personId, item: { claim, recorded: r, baseline: b } });
      }
      this.baseline.add(claim, baseSettlement, township, level);

      let varSettlement = baseSettlement;
      if (this.variantPolicy) {
        const v =
          'error' in base ? base : resettle(claim, run.varYear, person, hospital, certifications, this.variantPolicy);
        if ('error' in v) {
          varSettlement = recordedSettlement;
          run.varYear = applyYearDelta(run.varYear, recordedSettlement.yearDelta, 1);
        } else {
          varSettlement = v.settlement;
          run.varYear = v.year;
        }
      }
      this.variant.add(claim, varSettlement, township, level);
      run.baselinePatient += baseSettlement.amounts.patient;
      run.variantPatient += varSettlement.amounts.patient;
    }
  }

  /** Why a claim's baseline differs from its record, now that the person's whole year (and voids) is known. */
  private explain(personId: string, m: Mismatch): Inconsistency {
    const { claim } = m;
    // A claim settled before this one and voided after it: this one was settled counting it.
    const voidedBefore = (this.voidedByPerson.get(personId) ?? []).some(
      (v) => (v.yearVersion ?? 0) < (claim.yearVersion ?? 0) && (v.voidedAt ?? '') > claim.settledAt,
    );
    const explained = this.people.get(personId)?.reordered === true || voidedBefore;
    return {
      hospitalId: claim.hospitalId,
      claimId: claim.claimId,
      personId,
      reason: explained ? 'posting-order-or-void' : 'unexplained',
      note: explained
        ? 'the person’s claims were posted out of discharge order, or a claim voided since was counted when this one was settled'
        : 'the stored settlement differs from settling its stored facts again: an edited item, or a roster or registry change since',
      recorded: m.recorded,
      baseline: m.baseline,
    };
  }

  /** The result, once every month has been added. */
  finish(): HealthSimulationResult {
    const { year, hospitals: byId, baseline, variant } = this.setup;
    const byPersonId = <T extends { personId: string }>(a: T, b: T) =>
      a.personId < b.personId ? -1 : a.personId > b.personId ? 1 : 0;
    const personChanges: PersonChange[] = [...this.people.entries()]
      .map(([personId, r]) => ({
        personId,
        township: r.township,
        baselinePatient: r.baselinePatient,
        variantPatient: r.variantPatient,
      }))
      .sort(byPersonId);
    // Each person's in the order found (settlement order); persons in id order. The sort is stable.
    const inconsistencies = [...this.found]
      .sort(byPersonId)
      .map(({ personId, item }) => ('claim' in item ? this.explain(personId, item) : item));
    const hospitals = [...byId.values()];
    // The indicators' targets: those of the version in force at the year's end, the variant's own for the variant.
    const yearEndPolicy = (policies: readonly ClaimPolicy[]) => claimPolicyOn(`${year}-12-31`, policies);
    return {
      year,
      claims: { surviving: this.recorded.claims, voided: this.voided },
      persons: this.people.size,
      recorded: this.recorded.figures(year, hospitals, yearEndPolicy(baseline)),
      baseline: this.baseline.figures(year, hospitals, yearEndPolicy(baseline)),
      variant: this.variant.figures(year, hospitals, yearEndPolicy(variant ?? baseline)),
      personChanges,
      inconsistencies,
    };
  }
}

/** Re-settles the year (see the module comment): its claims fed to a HealthYearSimulation month by month. */
export function simulateHealthYear(input: HealthSimulationInput): HealthSimulationResult {
  const { claims, certifications, ...setup } = input;
  const byMonth = new Map<string, LedgerClaim[]>();
  for (const c of claims) {
    const month = c.settlement.serviceDate.slice(0, 7);
    const list = byMonth.get(month);
    if (list) list.push(c);
    else byMonth.set(month, [c]);
  }
  const simulation = new HealthYearSimulation(setup);
  for (const month of [...byMonth.keys()].sort()) simulation.add(byMonth.get(month) ?? [], certifications);
  return simulation.finish();
}

type Check = VariantRules['checks'][number];

const ascendingSegments: Check = (parameters) => {
  const p = parameters as ClaimParameters;
  const segments = Object.entries(p.criticalIllness.segments);
  const out: { names: string[]; message: string }[] = [];
  let previous = p.criticalIllness.threshold.value;
  segments.forEach(([name, s], i) => {
    const last = i === segments.length - 1;
    const upTo = s.upTo.value;
    const path = `criticalIllness.segments.${name}.upTo`;
    if (upTo === null && !last) out.push({ names: [path], message: 'only the last segment may be open-ended' });
    else if (upTo !== null && upTo <= previous)
      out.push({
        names: [path, 'criticalIllness.threshold'],
        message: 'segment bounds must rise above the threshold and each other',
      });
    if (upTo !== null) previous = upTo;
  });
  return out;
};

const ratiosWithinWhole: Check = (parameters) => {
  const p = parameters as ClaimParameters;
  const out: { names: string[]; message: string }[] = [];
  for (const level of HOSPITAL_LEVELS) {
    if (p.basicInpatient.ratio[level].value + p.basicInpatient.poorRatioUplift.value > 10000)
      out.push({
        names: [`basicInpatient.ratio.${level}`, 'basicInpatient.poorRatioUplift'],
        message: 'ratio plus the poor uplift must not pass 100%',
      });
  }
  if (p.outpatient.ratio.value + p.outpatient.poorRatioUplift.value > 10000)
    out.push({
      names: ['outpatient.ratio', 'outpatient.poorRatioUplift'],
      message: 'ratio plus the poor uplift must not pass 100%',
    });
  for (const [name, s] of Object.entries(p.criticalIllness.segments))
    if (s.ratio.value + p.criticalIllness.poorSegmentUplift.value > 10000)
      out.push({
        names: [`criticalIllness.segments.${name}.ratio`, 'criticalIllness.poorSegmentUplift'],
        message: 'segment ratio plus the poor uplift must not pass 100%',
      });
  return out;
};

const chronicSharesWhole: Check = (parameters) => {
  const p = parameters as ClaimParameters;
  return Object.entries(p.chronic.shares)
    .filter(([, s]) => s.basicInsurance.value + s.safetyNetFund.value + s.patient.value !== 10000)
    .map(([certifier]) => ({
      names: ['basicInsurance', 'safetyNetFund', 'patient'].map((x) => `chronic.shares.${certifier}.${x}`),
      message: 'the chronic shares of one certifier must add up to 100%',
    }));
};

/** What a health variant may change, and the rules that tie the parameters together. */
export const HEALTH_VARIANT_RULES: VariantRules = {
  // Contributions and the yearly reconciliation are not settlement; the simulation does not read them.
  excludedPrefixes: ['contribution', 'reconciliation'],
  nullable: ['criticalIllness.yearlyMaximum', 'criticalIllness.poorYearlyMaximum'],
  checks: [ascendingSegments, ratiosWithinWhole, chronicSharesWhole],
};
