import * as z from '../zod.js';
import { contract } from '../http/contract.js';
import { personId } from '../http/schemas.js';
import {
  claimBodySchema,
  claimPathSchema,
  claimQuerySchema,
  contributionQuerySchema,
  reconciliationPathSchema,
  reconciliationRunQuerySchema,
  settlementResponseSchema,
} from './schemas.js';

const yuanOut = z.withMeta(z.number(), { description: 'Yuan' });
const link = z.withMeta(z.url(), { description: 'Short-lived signed link (5 minutes)' });
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

const mode = z.withMeta(z.enum(['preview', 'pay', 'late']), {
  description:
    'preview before 1 January of the next year (pays nothing); pay in January–March; late after March (needs a reason)',
});
const reason = z.withMeta(z.optional(z.string()), {
  description: "The insurance bureau's reason for a run after March",
});

const reconciliationRun = z.withMeta(
  z.object({
    year: z.number().check(z.int()),
    mode,
    reason,
    persons: z.withMeta(z.number().check(z.int()), { description: 'Persons with a refund' }),
    refundTotal: z.withMeta(yuanOut, { description: 'Yuan, paid by commercial supplementary insurance' }),
    paidThisRun: z.withMeta(yuanOut, {
      description: 'Refunds paid by this run (0 on a preview and on a rerun with nothing changed)',
    }),
    recoverableThisRun: z.withMeta(yuanOut, {
      description: 'Refunds paid earlier that the final figures no longer owe, recorded as recoverable by this run',
    }),
    changed: z.withMeta(z.number().check(z.int()), {
      description: 'Persons whose figures changed since the last paying run',
    }),
    reportKey: z.string(),
    revision: z.number().check(z.int(), z.gte(1)),
  }),
  { id: 'ReconciliationRun' },
);

const reconciliation = z.withMeta(
  z.object({
    year: z.number().check(z.int()),
    policyId: z.string(),
    mode,
    reason,
    persons: z.withMeta(z.number().check(z.int()), { description: 'Persons with a refund' }),
    refundTotal: yuanOut,
    recoverableTotal: z.withMeta(yuanOut, { description: 'Paid before and not owed by the final figures' }),
    payers: z.withMeta(z.partialRecord(z.enum(payerNames), yuanOut), { description: 'Refund total by payer' }),
    rows: z.array(
      z.object({
        personId: z.withMeta(z.string(), { description: 'Masked identity number' }),
        highestLevel: z.nullable(level),
        generalAdmissions: z.number().check(z.int()),
        cap: yuanOut,
        beyondDeductibles: yuanOut,
        due: yuanOut,
        paidBeyondDeductibles: yuanOut,
        refund: z.withMeta(yuanOut, { description: 'The refund the final figures owe' }),
        paidBefore: z.withMeta(yuanOut, { description: 'Refunded by earlier paying runs' }),
        adjustment: z.withMeta(yuanOut, {
          description: 'refund − paidBefore: positive is refunded now, negative recoverable',
        }),
        recoverable: yuanOut,
        changes: z.withMeta(z.string(), {
          description: "What changed since the last paying run ('first run', 'unchanged')",
        }),
        otherBasis: z.withMeta(z.enum(['tilted-admissions', 'all-admissions', '']), {
          description: 'The reading of 就诊最高级别医疗机构 not in force (H 三.(二).5.6), a decision)',
        }),
        otherHighestLevel: z.nullable(level),
        otherCap: yuanOut,
        otherDue: yuanOut,
        otherRefund: z.withMeta(yuanOut, { description: 'What the refund would be under the other reading' }),
      }),
    ),
    revision: z.number().check(z.int(), z.gte(1)),
    reportKey: z.string(),
    files: z.object({ json: link, csv: link }),
  }),
  { id: 'Reconciliation' },
);

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
    query: reconciliationRunQuerySchema,
    success: {
      status: 200,
      schema: reconciliationRun,
      description: 'The run: a preview before the year is over; pays only what earlier runs did not',
    },
    errors: { 400: ['no-policy', 'reason-required'] },
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
      schema: z.withMeta(
        z.object({
          personId: z.string(),
          year: z.number().check(z.int()),
          category: z.enum(['adult', 'minor-or-student', 'assisted-adult', 'assisted-minor-or-student']),
          registeredPoor: z.boolean(),
          standard: yuanOut,
          personal: yuanOut,
          medicalAssistance: yuanOut,
          finance: yuanOut,
        }),
        { id: 'Contribution' },
      ),
      description: 'Yuan; personal + medicalAssistance + finance = standard',
    },
    errors: { 400: ['no-policy'], 404: ['person-not-found'] },
  }),
};
