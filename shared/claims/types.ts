import type { IsoDate } from '../dates.js';
import type { Fen } from '../money.js';
import type { HospitalLevel } from '../reference/types.js';
import type { Payer, TargetRule } from './policy/parameters.js';

export type { Payer, TargetRule } from './policy/parameters.js';

/** Hospital levels from lowest to highest; "highest level visited" is the last one with an admission. */
export const HOSPITAL_LEVELS: readonly HospitalLevel[] = ['township', 'county', 'prefecture', 'region', 'outside'];

export type ClaimKind = 'inpatient' | 'outpatient' | 'chronic-outpatient';

/**
 * One claim as the engine sees it (docs/rules.md §3.2, the Claim schemas of docs/openapi.json): money in integer fen, the hospital's id
 * taken from the caller's token. The four cost slices are: out-of-catalogue, patient excess, hospital
 * excess and, implicitly, the in-catalogue rest (total − the other three).
 */
export interface ClaimFacts {
  claimId: string;
  hospitalId: string;
  personId: string;
  kind: ClaimKind;
  /** Inpatient only. */
  admittedOn?: IsoDate;
  /** Inpatient only: the settlement date (policy, registration, year). */
  dischargedOn?: IsoDate;
  /** Outpatient and chronic-outpatient only: the settlement date. */
  servedOn?: IsoDate;
  diagnosis: {
    icd10?: string | null;
    /** A code from the major-disease list (docs/rules.md §1). */
    majorDisease?: string | null;
    /** A code from the chronic-disease list (docs/rules.md §1); required for chronic-outpatient. */
    chronicDisease?: string | null;
    /** Eyes given cataract surgery. */
    cataractEyes?: 1 | 2 | null;
  };
  referral: { registered: boolean; emergency: boolean };
  costs: { total: Fen; outOfCatalogue: Fen; patientExcess: Fen; hospitalExcess: Fen };
  /** 1 when the chronic-outpatient claim is a medicine delivery (送医配药). */
  deliveries: 0 | 1;
}

export interface AdmissionCount {
  count: number;
  withTilt: number;
  withoutTilt: number;
}

/** A tilted admission settled by the self-pay cap rule, kept for the yearly reconciliation (docs/rules.md §3.5). */
export interface GeneralAdmission {
  /** `<hospitalId>/<claimId>`: identifies the entry for a void. */
  claim: string;
  level: HospitalLevel;
  dischargedOn: IsoDate;
  /** d applied on the admission. */
  deductible: Fen;
  /** Compliant self-pay beyond d before the top-up (what the cap rule is applied to). */
  selfPayBeyondDeductible: Fen;
  /** What the patient actually paid beyond d at discharge (per-admission cap + 10% above it). */
  paidBeyondDeductible: Fen;
}

/**
 * The person's year (docs/rules.md §3.3): what settlement reads and updates. Every figure is a sum of the
 * `YearDelta`s of the claims settled and not voided, so voiding is exact subtraction.
 */
export interface PersonYear {
  personId: string;
  year: number;
  /** Inpatient admissions by hospital level, with and without tilt. */
  admissions: Record<HospitalLevel, AdmissionCount>;
  /** Highest level of any admission this year (null: none); derived from `admissions`. */
  highestLevel: HospitalLevel | null;
  /** Basic insurance paid: inpatient (against its yearly maximum), township outpatient (against its own), chronic deliveries. */
  basicInsurance: { inpatient: Fen; outpatient: Fen; chronic: Fen };
  criticalIllness: {
    /** Yearly in-policy self-pay: in-catalogue cost basic insurance did not pay, summed over admissions. */
    inPolicySelfPay: Fen;
    /** Critical-illness benefit paid this year. */
    benefitPaid: Fen;
  };
  /** Patient's compliant self-pay on major-disease claims at designated hospitals (never above the ceiling). */
  majorDiseaseSelfPay: Fen;
  /** General (self-pay-cap rule) admissions, for the yearly reconciliation. */
  general: {
    selfPayBeyondDeductibles: Fen;
    paidBeyondDeductibles: Fen;
    admissions: GeneralAdmission[];
  };
  /** Medicine deliveries by calendar month `YYYY-MM`, and how many of them finance paid the fee for. */
  deliveries: { byMonth: Record<string, number>; feesByMonth: Record<string, number> };
}

/** Exactly what one claim added to the person's year; a void subtracts it (engine/void.ts). */
export interface YearDelta {
  admission: { level: HospitalLevel; tilt: boolean } | null;
  basicInsurance: { inpatient: Fen; outpatient: Fen; chronic: Fen };
  criticalIllness: { inPolicySelfPay: Fen; benefitPaid: Fen };
  majorDiseaseSelfPay: Fen;
  generalAdmission: GeneralAdmission | null;
  delivery: { month: string; feePaid: boolean } | null;
}

export interface SettlementAmounts {
  total: Fen;
  /** Compliant cost (合规费用): in-catalogue cost + out-of-catalogue cost within the share limit (inpatient); in-catalogue cost (outpatient). */
  compliant: Fen;
  basicInsurance: Fen;
  criticalIllnessInsurance: Fen;
  medicalAssistance: Fen;
  commercialInsurance: Fen;
  safetyNetFund: Fen;
  hospital: Fen;
  patient: Fen;
  /** Outside `total`: finance's delivery fee for a chronic delivery. */
  financeDeliveryFee: Fen;
}

/** One line of the bill: the rule, its clause, who pays (or `none` for an explanatory line) and how much. */
export interface SettlementStep {
  rule: string;
  clause: string;
  payer: Payer | 'none';
  amount: Fen;
  note: string;
}

export type SettlementRule =
  | TargetRule
  | 'standard'
  | 'township-outpatient'
  | 'outpatient-other-level'
  | 'chronic-delivery';

export interface Settlement {
  claimId: string;
  hospitalId: string;
  personId: string;
  kind: ClaimKind;
  /** Discharge date (inpatient) or service date: the date the policy and registration are read on. */
  serviceDate: IsoDate;
  policyId: string;
  /** Whether the poverty tilts applied. */
  tilt: boolean;
  /** The rule that set the patient's share. */
  rule: SettlementRule;
  /** The deductible d actually applied (0 outside inpatient care). */
  deductible: Fen;
  amounts: SettlementAmounts;
  /** Figures for the health report (docs/rules.md §7). */
  indicators: {
    /** (basic + critical illness) / in-catalogue cost, in bp rounded down; null when there is no in-catalogue cost or not inpatient. */
    policyRangeRatioBp: number | null;
    /** Tilted inpatient claim below the 75% floor [H 三.(二).5.6)]. */
    belowPolicyRangeFloor: boolean;
    /** Under a 90% rule (major disease, critical illness): what the patient paid above what the cap rule would have given. */
    aboveCapRule: Fen;
  };
  steps: SettlementStep[];
  yearDelta: YearDelta;
}

/** What `settle` returns: the settlement and the person's year after it. */
export interface SettleResult {
  settlement: Settlement;
  nextPersonYear: PersonYear;
}
