import { z } from 'zod';
import { contract } from '../http/contract.js';
import { personId } from '../http/schemas.js';
import {
  claimBodySchema,
  claimPathSchema,
  claimQuerySchema,
  contributionQuerySchema,
  reconciliationPathSchema,
  settlementResponseSchema,
} from './schemas.js';

const yuanOut = z.number().meta({ description: 'Yuan' });
const link = z.url().meta({ description: 'Short-lived signed link (5 minutes)' });
const payerNames = [
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'safetyNetFund',
  'hospital',
  'patient',
  'financeDeliveryFee',
] as const;
const level = z.enum(['township', 'county', 'prefecture', 'region', 'outside']);

const reconciliationRun = z
  .object({
    year: z.number().int(),
    persons: z.number().int().meta({ description: 'Persons with a refund' }),
    refundTotal: yuanOut.meta({ description: 'Yuan, paid by commercial supplementary insurance' }),
    paidThisRun: yuanOut.meta({ description: 'Refunds recorded by this run (0 on a rerun: nothing is paid twice)' }),
    reportKey: z.string(),
    revision: z.number().int().min(1),
  })
  .meta({ id: 'ReconciliationRun' });

const reconciliation = z
  .object({
    year: z.number().int(),
    policyId: z.string(),
    persons: z.number().int().meta({ description: 'Persons with a refund' }),
    refundTotal: yuanOut,
    payers: z.partialRecord(z.enum(payerNames), yuanOut).meta({ description: 'Refund total by payer' }),
    rows: z.array(
      z.object({
        personId: z.string().meta({ description: 'Masked identity number' }),
        highestLevel: level.nullable(),
        generalAdmissions: z.number().int(),
        cap: yuanOut,
        beyondDeductibles: yuanOut,
        due: yuanOut,
        paidBeyondDeductibles: yuanOut,
        refund: yuanOut,
      }),
    ),
    revision: z.number().int().min(1),
    reportKey: z.string(),
    files: z.object({ json: link, csv: link }),
  })
  .meta({ id: 'Reconciliation' });

export const CLAIM_CONTRACTS = {
  post: contract({
    route: 'POST /v1/claims',
    body: claimBodySchema,
    success: {
      status: 201,
      schema: settlementResponseSchema,
      description: 'Settled',
      replay: 'The same claim posted again: the first settlement, unchanged',
    },
    errors: {
      400: ['no-policy'],
      404: ['person-not-found', 'hospital-not-found'],
      409: ['claim-conflict'],
      429: ['too-many-requests'],
    },
  }),
  get: contract({
    route: 'GET /v1/claims/{claimId}',
    params: claimPathSchema,
    query: claimQuerySchema,
    success: { status: 200, schema: settlementResponseSchema, description: 'The settlement' },
    errors: { 404: ['claim-not-found'] },
  }),
  void: contract({
    route: 'POST /v1/claims/{claimId}/void',
    params: claimPathSchema,
    success: { status: 200, schema: settlementResponseSchema, description: 'Voided (idempotent)' },
    errors: { 404: ['claim-not-found'], 429: ['too-many-requests'] },
  }),
  reconcile: contract({
    route: 'POST /v1/reconciliations/{year}',
    params: reconciliationPathSchema,
    success: { status: 200, schema: reconciliationRun, description: 'The reconciliation (the same on every run)' },
    errors: { 400: ['no-policy'] },
  }),
  reconciliation: contract({
    route: 'GET /v1/reconciliations/{year}',
    params: reconciliationPathSchema,
    success: {
      status: 200,
      schema: reconciliation,
      description: 'Summary and per-person rows (identity masked)',
    },
    errors: { 404: ['reconciliation-not-found'] },
  }),
  contribution: contract({
    route: 'GET /v1/contributions/{personId}',
    params: z.object({ personId }),
    query: contributionQuerySchema,
    success: {
      status: 200,
      schema: z
        .object({
          personId: z.string(),
          year: z.number().int(),
          category: z.enum(['adult', 'minor-or-student', 'assisted-adult', 'assisted-minor-or-student']),
          registeredPoor: z.boolean(),
          standard: yuanOut,
          personal: yuanOut,
          medicalAssistance: yuanOut,
          finance: yuanOut,
        })
        .meta({ id: 'Contribution' }),
      description: 'Yuan; personal + medicalAssistance + finance = standard',
    },
    errors: { 400: ['no-policy'], 404: ['person-not-found'] },
  }),
};
