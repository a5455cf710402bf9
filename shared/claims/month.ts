import * as z from '../zod.js';
import type { Caller } from '../auth/roles.js';
import { hospitalFor } from '../auth/scope.js';
import { contract } from '../http/contract.js';
import { maskIdentity } from '../identity/mask.js';
import { ValidationError } from '../errors.js';
import { fenToYuan } from '../money.js';
import type { StoredClaim } from './ports.js';
import type { Settlement, SettlementAmounts } from './types.js';

const PAYERS = [
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'safetyNetFund',
  'hospital',
  'patient',
] as const satisfies readonly (keyof SettlementAmounts)[];

export const CLAIMS_MONTH_CONTRACT = contract({
  route: 'GET /v1/claims',
  query: z.object({
    month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month written YYYY-MM' })),
    hospitalId: z.withMeta(z.optional(z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/))), {
      description: "The hospital (a hospital's own from its token; required for the bureau and audit)",
    }),
  }),
  success: {
    status: 200,
    schema: z.withMeta(
      z.object({
        month: z.string(),
        hospitalId: z.string(),
        claims: z.array(
          z.object({
            claimId: z.string(),
            personId: z.withMeta(z.string(), { description: 'Masked identity number' }),
            kind: z.string(),
            serviceDate: z.string(),
            status: z.enum(['settled', 'voided']),
            settledAt: z.string(),
            voidedAt: z.optional(z.string()),
            amounts: z.record(z.string(), z.number()),
          }),
        ),
        totals: z.withMeta(z.record(z.string(), z.number()), {
          description: 'Yuan per payer over the settled (not voided) claims; total = the bills',
        }),
        settled: z.number().check(z.int()),
        voided: z.number().check(z.int()),
      }),
      { id: 'HospitalMonth' },
    ),
    description: "A hospital's claims of a month (by discharge or service month) with totals per payer",
  },
});

/**
 * A hospital's claims of one month with what each payer owes in total: the settled claims only (a voided
 * claim pays nothing), in fen added up and shown in yuan. The identity numbers are masked as on the slip.
 */
export function hospitalMonthView(month: string, hospitalId: string, claims: readonly StoredClaim<Settlement>[]) {
  const totals: Record<string, number> = { total: 0 };
  for (const p of PAYERS) totals[p] = 0;
  let settled = 0;
  for (const c of claims) {
    if (c.status !== 'settled') continue;
    settled += 1;
    totals.total = (totals.total ?? 0) + c.settlement.amounts.total;
    for (const p of PAYERS) totals[p] = (totals[p] ?? 0) + c.settlement.amounts[p];
  }
  return {
    month,
    hospitalId,
    claims: claims.map((c) => ({
      claimId: c.claimId,
      personId: maskIdentity(c.personId),
      kind: c.settlement.kind,
      serviceDate: c.settlement.serviceDate,
      status: c.status,
      settledAt: c.settledAt,
      ...(c.voidedAt ? { voidedAt: c.voidedAt } : {}),
      amounts: Object.fromEntries(
        ['total', ...PAYERS].map((p) => [p, fenToYuan(c.settlement.amounts[p as keyof SettlementAmounts])]),
      ),
    })),
    totals: Object.fromEntries(Object.entries(totals).map(([k, v]) => [k, fenToYuan(v)])),
    settled,
    voided: claims.length - settled,
  };
}

export function monthHospital(caller: Caller, requested: string | undefined): string {
  const hospitalId = hospitalFor(caller, requested);
  if (!hospitalId)
    throw new ValidationError('Name the hospital.', [{ path: 'query.hospitalId', message: 'is required' }]);
  return hospitalId;
}
