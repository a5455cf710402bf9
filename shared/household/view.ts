import type { Fen } from '../money.js';
import { fenToYuan } from '../money.js';

/**
 * One household at a glance (一户一档, R1 九.(五)): what every programme did for it. The inputs are each
 * domain's own records; this module only adds them up. Pure.
 */
export interface HouseholdClaim {
  claimId: string;
  hospitalId: string;
  personId: string;
  year: number;
  serviceDate?: string;
  kind?: string;
  status: 'settled' | 'voided';
  /** Payer → fen, as settled. */
  amounts: Record<string, Fen>;
}

export interface HouseholdHousing {
  caseId: string;
  programme: string;
  status: string;
  grade: string;
  committed: Fen;
  paid: Fen;
  paidOn?: string;
  appliedOn: string;
  photos: { photoId: string; kind: string; status: string; decidedOn?: string }[];
}

export interface HouseholdEducationPayment {
  studentId: string;
  paymentId: string;
  type: string;
  academicYear: number;
  amount: Fen;
  paidOn: string;
  rule: string;
  clause: string;
}

export interface HouseholdRangerPay {
  personId: string;
  month: string;
  amount: Fen;
}

export type Programme = 'medical' | 'housing' | 'education' | 'ranger';

/** Payers other than the patient: what the city's schemes paid toward a claim. */
const SCHEME_PAYERS = [
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'safetyNetFund',
  'hospital',
] as const;

export interface ProgrammeTotal {
  programme: Programme;
  year: number;
  /** Fen. */
  amount: Fen;
}

/**
 * Totals per programme and year, in fen: medical = what the schemes (every payer but the patient) paid on
 * settled, not voided, claims, by the claim's year; housing = the subsidy paid, by the year it was paid;
 * education = payments by the year paid; rangers = pay by the month's year.
 */
export function programmeTotals(input: {
  claims: readonly HouseholdClaim[];
  housing: HouseholdHousing | undefined;
  education: readonly HouseholdEducationPayment[];
  rangerPay: readonly HouseholdRangerPay[];
}): ProgrammeTotal[] {
  const sums = new Map<string, number>();
  const add = (programme: Programme, year: number, amount: Fen) => {
    const key = `${programme}#${year}`;
    sums.set(key, (sums.get(key) ?? 0) + amount);
  };
  for (const c of input.claims) {
    if (c.status !== 'settled') continue;
    add(
      'medical',
      c.year,
      SCHEME_PAYERS.reduce((s, p) => s + (c.amounts[p] ?? 0), 0),
    );
  }
  if (input.housing && input.housing.paid > 0 && input.housing.paidOn)
    add('housing', Number(input.housing.paidOn.slice(0, 4)), input.housing.paid);
  for (const e of input.education) add('education', Number(e.paidOn.slice(0, 4)), e.amount);
  for (const r of input.rangerPay) add('ranger', Number(r.month.slice(0, 4)), r.amount);
  const order: Programme[] = ['medical', 'housing', 'education', 'ranger'];
  return [...sums.entries()]
    .map(([key, amount]) => {
      const [programme, year] = key.split('#') as [Programme, string];
      return { programme, year: Number(year), amount };
    })
    .sort((a, b) => a.year - b.year || order.indexOf(a.programme) - order.indexOf(b.programme));
}

export const yuanAmounts = (amounts: Record<string, Fen>): Record<string, number> =>
  Object.fromEntries(Object.entries(amounts).map(([k, v]) => [k, fenToYuan(v)]));
