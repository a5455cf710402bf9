import type { BasisPoints, Fen } from '../../money.js';
import type { Parameter, PolicyDocument } from '../../policy/parameter.js';
import type { HospitalGrade, HospitalLevel } from '../../reference/types.js';

/**
 * The shape of a health-claims policy document (docs/rules.md §2, docs/rules.md §2.3). Every number the claims
 * engine uses is one of these `Parameter` leaves; the engine (shared/claims/engine) holds only formulas.
 * A changed value is a dated value on its parameter (docs/rules.md §2.1); a new plan is a new document of this
 * shape, listed in `claimPolicies` (shared/claims/policy/index.ts).
 *
 * Collections are records keyed by name rather than arrays so that `parameterLeaves` (which does not
 * descend into arrays) reaches, and the lint test checks, every leaf.
 */

/** The parts a claim's total is split into (the Settlement amounts of docs/openapi.json). */
export type Payer =
  | 'basicInsurance'
  | 'criticalIllnessInsurance'
  | 'medicalAssistance'
  | 'commercialInsurance'
  | 'safetyNetFund'
  | 'hospital'
  | 'patient'
  | 'financeDeliveryFee';

/** The payers that can share the poverty top-up (docs/rules.md §3.2 step 8). */
export type TopUpPayer = 'medicalAssistance' | 'commercialInsurance' | 'safetyNetFund';

/** The four exclusive target-share rules of docs/rules.md §3.2 step 7, by name. */
export type TargetRule = 'cataract-programme' | 'major-disease' | 'critical-illness' | 'self-pay-cap';

export type ChronicCertifier = 'insurance-bureau' | 'health-commission';

export type PerLevel<T> = Record<HospitalLevel, T>;

export interface CriticalIllnessSegment {
  /** Upper bound of the segment in yearly in-policy self-pay (fen); null: open-ended (the last segment). */
  upTo: Parameter<Fen | null>;
  /** Standard ratio in the segment; the poor get `poorSegmentUplift` more. */
  ratio: Parameter<BasisPoints>;
}

/**
 * 就诊最高级别医疗机构 read two ways: only admissions with the poverty tilt (those the cap rule settles), or
 * every inpatient stay of the year including untilted ones.
 */
export type HighestLevelBasis = 'tilted-admissions' | 'all-admissions';

export interface ClaimParameters {
  tilt: {
    /** Levels at which a hospital outside the county needs a registered referral or an emergency report. */
    referralRequiredLevels: Parameter<HospitalLevel[]>;
  };
  basicInpatient: {
    deductible: PerLevel<Parameter<Fen>>;
    ratio: PerLevel<Parameter<BasisPoints>>;
    yearlyMaximum: Parameter<Fen>;
    poorDeductibleFactor: Parameter<BasisPoints>;
    poorRatioUplift: Parameter<BasisPoints>;
    repeatAdmissionDeductibleFactor: Parameter<BasisPoints>;
    /** Sick or disabled children and severely disabled persons: deductible factor at these levels. */
    waiverLevels: Parameter<HospitalLevel[]>;
    waiverDeductibleFactor: Parameter<BasisPoints>;
  };
  outpatient: {
    /** Levels whose outpatient care basic insurance settles (township clinics); elsewhere the patient pays. */
    settledLevels: Parameter<HospitalLevel[]>;
    ratio: Parameter<BasisPoints>;
    poorRatioUplift: Parameter<BasisPoints>;
    yearlyMaximum: Parameter<Fen>;
  };
  criticalIllness: {
    threshold: Parameter<Fen>;
    segments: Record<string, CriticalIllnessSegment>;
    yearlyMaximum: Parameter<Fen | null>;
    poorThresholdFactor: Parameter<BasisPoints>;
    poorSegmentUplift: Parameter<BasisPoints>;
    poorYearlyMaximum: Parameter<Fen | null>;
  };
  outOfCatalogue: {
    /** Share of the claim's total cost above which out-of-catalogue cost is the hospital's. */
    limit: Record<HospitalGrade, Parameter<BasisPoints>>;
    /** The three named tertiary hospitals held to the secondary limit. */
    tertiaryHeldToSecondary: Parameter<BasisPoints>;
  };
  cataract: {
    programmeFrom: Parameter<string>;
    programmeTo: Parameter<string>;
    perEyeLimit: Parameter<Fen>;
    patientShare: Parameter<BasisPoints>;
  };
  targets: {
    /** The order in which the exclusive target-share rules are tried; the first that applies wins. */
    order: Parameter<TargetRule[]>;
    majorDiseasePatientShare: Parameter<BasisPoints>;
    majorDiseaseYearlySelfPayCeiling: Parameter<Fen>;
    majorDiseaseCeilingPayer: Parameter<TopUpPayer>;
    criticalIllnessPatientShare: Parameter<BasisPoints>;
    selfPayCap: PerLevel<Parameter<Fen>>;
    patientShareAboveCap: Parameter<BasisPoints>;
    /** Basic + critical-illness reimbursement of in-catalogue cost below which a claim is flagged. */
    policyRangeFloor: Parameter<BasisPoints>;
  };
  /**
   * What the monthly health report measures against, beyond the shares above (the 90% of H 三.(二).2 and
   * 5.5) follow from `targets`, the out-of-catalogue limits from `outOfCatalogue`).
   */
  reportTargets: {
    /** Chronic-disease delivery: payers over compliant cost at least this [H 三.(二).4]. */
    chronicEffectiveRatio: Parameter<BasisPoints>;
    /** Inpatient admissions in hospitals inside the city at least this share [H 三.(二).3]. */
    inCountyAdmissionShare: Parameter<BasisPoints>;
    /** Registered poor persons insured for the year at least this share [H 三.(二).1.1), 四.(七)]. */
    participation: Parameter<BasisPoints>;
  };
  topUp: {
    /** Who pays the top-up, in order; each takes its share of what remains, the last takes the rest. */
    order: Parameter<TopUpPayer[]>;
    shareOfRemainder: Record<TopUpPayer, Parameter<BasisPoints>>;
  };
  chronic: {
    /** Share of in-catalogue cost by certifying body; the patient's share is what the payers leave. */
    shares: Record<
      ChronicCertifier,
      { basicInsurance: Parameter<BasisPoints>; safetyNetFund: Parameter<BasisPoints>; patient: Parameter<BasisPoints> }
    >;
    deliveryFee: Parameter<Fen>;
    feesPerMonth: Parameter<number>;
  };
  reconciliation: {
    patientShareAboveCap: Parameter<BasisPoints>;
    refundPayer: Parameter<'commercialInsurance'>;
    /** Months (1–12) of the following year in which the bureau reconciles. */
    months: Parameter<number[]>;
    /** Which stays decide the highest level whose yearly cap applies (the report also shows the other reading). */
    highestLevelBasis: Parameter<HighestLevelBasis>;
  };
  contribution: {
    adult: Parameter<Fen>;
    minorOrStudent: Parameter<Fen>;
    assistedAdultPersonal: Parameter<Fen>;
    assistedAdultMedicalAssistance: Parameter<Fen>;
    assistedMinorPersonal: Parameter<Fen>;
    assistedMinorMedicalAssistance: Parameter<Fen>;
    /** A person is a minor while younger than this many completed years. */
    adultAge: Parameter<number>;
    /** A 低收入家庭 member counts as elderly from this many completed years. */
    elderlyAge: Parameter<number>;
    /** Registered poor persons' personal contribution is paid in full by finance. */
    registeredPoorPaidByFinance: Parameter<boolean>;
  };
}

export type ClaimPolicy = PolicyDocument<ClaimParameters>;
