import type { StoredClaim } from '../claims/ports.js';
import type { ClaimFacts, Settlement } from '../claims/types.js';
import { fenToYuan, type Fen } from '../money.js';
import type { Hospital } from '../reference/types.js';
import { claimPolicyOn, ZHALANTUN_2019, type ClaimPolicy } from '../claims/policy/index.js';

export const PAYERS = [
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'safetyNetFund',
  'hospital',
  'patient',
  'financeDeliveryFee',
] as const;
type PayerTotals = Record<(typeof PAYERS)[number], Fen>;

const zero = (): PayerTotals => Object.fromEntries(PAYERS.map((p) => [p, 0])) as PayerTotals;

/** A registered poor person not insured for the year, as the report lists them (identity and name masked). */
export interface UninsuredPerson {
  personId: string;
  name: string;
  householdId: string;
  township: string;
  village: string;
}

const ratio = (num: number, den: number): number | null => (den === 0 ? null : Math.round((num / den) * 10000) / 100);

/**
 * The verdict against a target in basis points, exact (no rounded percent): `num / den >= targetBp / 10,000`,
 * i.e. `num × 10,000 >= targetBp × den` in integers; null when there is nothing to divide by.
 */
const meets = (num: number, den: number, targetBp: number): boolean | null =>
  den === 0 ? null : num * 10_000 >= targetBp * den;

/**
 * The monthly health report (docs/rules.md §7 "Health"), pure: per hospital and payer totals for the month's
 * settled (not voided) claims; effective reimbursement of major-disease and chronic claims — what the
 * payers other than the patient and the hospital paid, over the compliant cost — against the policy's targets
 * (90% and 80% in 2019); every target, limit and clause is read from the policy document, and each
 * indicator with a target carries its verdict `met`;
 * the share of tilted inpatient claims whose basic + critical-illness insurance paid under 75% of
 * in-catalogue cost; patients under a 90% rule who paid more than the cap rule would have given;
 * the in-county share of admissions; each hospital's out-of-catalogue share against its limit; and the
 * registered poor persons' participation (insured for the year).
 */
export function healthReport(input: {
  month: string;
  claims: readonly StoredClaim<Settlement>[];
  hospitals: readonly Hospital[];
  participation: { registered: number; insured: number };
  /** Registered poor persons not insured for the year, identity and name already masked [H 三.(二).1.1)]. */
  uninsured?: readonly UninsuredPerson[];
  /** The policy whose targets and limits apply (default: the one in force in the month). */
  policy?: ClaimPolicy;
}) {
  const policy =
    input.policy ?? claimPolicyOn(`${input.month.slice(0, 4)}-${input.month.slice(5, 7) || '12'}-28`) ?? ZHALANTUN_2019;
  const p = policy.parameters;
  const percentOf = (bp: number) => bp / 100;
  const majorTargetBp = 10_000 - p.targets.majorDiseasePatientShare.value;
  const criticalTargetBp = 10_000 - p.targets.criticalIllnessPatientShare.value;
  const { chronicEffectiveRatio, inCountyAdmissionShare, participation } = p.reportTargets;
  const byHospital = new Map<string, { totals: PayerTotals; claims: number; total: Fen; outOfCatalogue: Fen }>();
  const city = zero();
  const effective = {
    major: { paid: 0, compliant: 0, claims: 0 },
    chronic: { paid: 0, compliant: 0, claims: 0 },
    critical: { paid: 0, compliant: 0, claims: 0 },
  };
  let tiltedInpatient = 0;
  let belowFloor = 0;
  let aboveCapCount = 0;
  let aboveCapFen = 0;
  let admissions = 0;
  let inCountyAdmissions = 0;
  const hospitalOf = new Map(input.hospitals.map((h) => [h.hospitalId, h]));

  for (const claim of input.claims) {
    if (claim.status !== 'settled') continue;
    const s = claim.settlement;
    const facts = claim.facts as ClaimFacts | undefined;
    const row = byHospital.get(claim.hospitalId) ?? { totals: zero(), claims: 0, total: 0, outOfCatalogue: 0 };
    row.claims += 1;
    row.total += s.amounts.total;
    row.outOfCatalogue += facts?.costs.outOfCatalogue ?? 0;
    for (const p of PAYERS) {
      row.totals[p] += s.amounts[p];
      city[p] += s.amounts[p];
    }
    byHospital.set(claim.hospitalId, row);

    const payersPaid =
      s.amounts.basicInsurance +
      s.amounts.criticalIllnessInsurance +
      s.amounts.medicalAssistance +
      s.amounts.commercialInsurance +
      s.amounts.safetyNetFund;
    if (s.rule === 'major-disease') {
      effective.major.paid += payersPaid;
      effective.major.compliant += s.amounts.compliant;
      effective.major.claims += 1;
    }
    // 重特大疾病 [H 三.(二).5.5)]: 90% "在贫困人口自付基本医保起付线的基础上", so over compliant cost less the deductible.
    if (s.rule === 'critical-illness') {
      effective.critical.paid += payersPaid;
      effective.critical.compliant += s.amounts.compliant - (s.deductible ?? 0);
      effective.critical.claims += 1;
    }
    if (s.rule === 'chronic-delivery') {
      effective.chronic.paid += payersPaid;
      effective.chronic.compliant += s.amounts.compliant;
      effective.chronic.claims += 1;
    }
    if (s.kind === 'inpatient') {
      admissions += 1;
      if (hospitalOf.get(claim.hospitalId)?.inCounty) inCountyAdmissions += 1;
      if (s.tilt) {
        tiltedInpatient += 1;
        if (s.indicators.belowPolicyRangeFloor) belowFloor += 1;
      }
    }
    if (s.indicators.aboveCapRule > 0) {
      aboveCapCount += 1;
      aboveCapFen += s.indicators.aboveCapRule;
    }
  }

  const hospitals = [...byHospital.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([hospitalId, r]) => {
      const h = hospitalOf.get(hospitalId);
      // The limit the engine applies [H 三.(二).5.2)], from the policy data.
      const limitBp = !h
        ? null
        : h.grade === 'tertiary' && h.secondaryOutOfCatalogueLimit
          ? p.outOfCatalogue.tertiaryHeldToSecondary.value
          : p.outOfCatalogue.limit[h.grade].value;
      return {
        hospitalId,
        name: h?.name ?? hospitalId,
        claims: r.claims,
        ...Object.fromEntries(PAYERS.map((p) => [p, fenToYuan(r.totals[p])])),
        outOfCatalogueSharePercent: ratio(r.outOfCatalogue, r.total),
        outOfCatalogueLimitPercent: limitBp === null ? null : limitBp / 100,
        overLimit: limitBp !== null && r.total > 0 && r.outOfCatalogue * 10_000 > limitBp * r.total,
      };
    });

  return {
    month: input.month,
    claims: input.claims.filter((c) => c.status === 'settled').length,
    hospitals,
    payers: Object.fromEntries(PAYERS.map((p) => [p, fenToYuan(city[p])])),
    indicators: {
      majorDiseaseEffectiveRatio: {
        percent: ratio(effective.major.paid, effective.major.compliant),
        targetPercent: percentOf(majorTargetBp),
        met: meets(effective.major.paid, effective.major.compliant, majorTargetBp),
        claims: effective.major.claims,
        clause: p.targets.majorDiseasePatientShare.citation,
      },
      criticalIllnessEffectiveRatio: {
        percent: ratio(effective.critical.paid, effective.critical.compliant),
        targetPercent: percentOf(criticalTargetBp),
        met: meets(effective.critical.paid, effective.critical.compliant, criticalTargetBp),
        claims: effective.critical.claims,
        clause: p.targets.criticalIllnessPatientShare.citation,
      },
      chronicEffectiveRatio: {
        percent: ratio(effective.chronic.paid, effective.chronic.compliant),
        targetPercent: percentOf(chronicEffectiveRatio.value),
        met: meets(effective.chronic.paid, effective.chronic.compliant, chronicEffectiveRatio.value),
        claims: effective.chronic.claims,
        clause: chronicEffectiveRatio.citation,
      },
      belowPolicyRangeFloor: {
        claims: belowFloor,
        of: tiltedInpatient,
        percent: ratio(belowFloor, tiltedInpatient),
        floorPercent: percentOf(p.targets.policyRangeFloor.value),
        clause: p.targets.policyRangeFloor.citation,
      },
      paidAboveCapRule: {
        claims: aboveCapCount,
        yuan: fenToYuan(aboveCapFen),
        clause: 'H 三.(二).5.5), 5.6) (docs/rules.md §3.2 step 7)',
      },
      inCountyAdmissions: {
        admissions,
        inCounty: inCountyAdmissions,
        percent: ratio(inCountyAdmissions, admissions),
        targetPercent: percentOf(inCountyAdmissionShare.value),
        met: meets(inCountyAdmissions, admissions, inCountyAdmissionShare.value),
        clause: inCountyAdmissionShare.citation,
      },
      participation: {
        registered: input.participation.registered,
        insured: input.participation.insured,
        percent: ratio(input.participation.insured, input.participation.registered),
        targetPercent: percentOf(participation.value),
        met: meets(input.participation.insured, input.participation.registered, participation.value),
        clause: participation.citation,
        uninsured: [...(input.uninsured ?? [])].sort((a, b) =>
          a.township === b.township ? a.personId.localeCompare(b.personId) : a.township.localeCompare(b.township),
        ),
      },
    },
  };
}
