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

const reconciliationSummary = z
  .object({
    year: z.number(),
    persons: z.number().meta({ description: 'Persons with a refund' }),
    refundTotal: z.number().meta({ description: 'Yuan, paid by commercial supplementary insurance' }),
    reportKey: z.string(),
    rows: z
      .array(
        z.object({
          personId: z.string().meta({ description: 'Masked identity number' }),
          highestLevel: z.string(),
          cap: z.number(),
          beyondDeductibles: z.number(),
          due: z.number(),
          refund: z.number(),
        }),
      )
      .optional(),
  })
  .meta({ id: 'ReconciliationSummary' });

export const CLAIM_CONTRACTS = {
  post: contract({
    route: 'POST /v1/claims',
    body: claimBodySchema,
    success: {
      status: 201,
      schema: settlementResponseSchema,
      description: 'Settled (200 with the same body when the claim was posted before)',
    },
    errors: [404, 409, 429],
  }),
  get: contract({
    route: 'GET /v1/claims/{claimId}',
    params: claimPathSchema,
    query: claimQuerySchema,
    success: { status: 200, schema: settlementResponseSchema, description: 'The settlement' },
    errors: [404],
  }),
  void: contract({
    route: 'POST /v1/claims/{claimId}/void',
    params: claimPathSchema,
    success: { status: 200, schema: settlementResponseSchema, description: 'Voided (idempotent)' },
    errors: [404, 429],
  }),
  reconcile: contract({
    route: 'POST /v1/reconciliations/{year}',
    params: reconciliationPathSchema,
    success: { status: 200, schema: reconciliationSummary, description: 'The reconciliation (the same on every run)' },
  }),
  reconciliation: contract({
    route: 'GET /v1/reconciliations/{year}',
    params: reconciliationPathSchema,
    success: {
      status: 200,
      schema: reconciliationSummary,
      description: 'Summary and per-person rows (identity masked)',
    },
    errors: [404],
  }),
  contribution: contract({
    route: 'GET /v1/contributions/{personId}',
    params: z.object({ personId }),
    query: contributionQuerySchema,
    success: {
      status: 200,
      schema: z
        .object({ standard: z.number(), personal: z.number(), medicalAssistance: z.number(), finance: z.number() })
        .meta({ id: 'Contribution' }),
      description: 'Yuan',
    },
    errors: [404],
  }),
};
