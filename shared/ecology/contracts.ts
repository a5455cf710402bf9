import { z } from 'zod';
import { contract } from '../http/contract.js';
import {
  monthPathSchema,
  hireSchema,
  incomeSchema,
  rangerListQuerySchema,
  rangerPathSchema,
  releaseSchema,
} from './schemas.js';

const post = z.record(z.string(), z.unknown()).meta({ id: 'RangerPost' });

export const ECOLOGY_CONTRACTS = {
  payRun: contract({
    route: 'POST /v1/ecology/pay-runs/{month}',
    params: monthPathSchema,
    success: {
      status: 200,
      schema: z.object({
        month: z.string(),
        paidThisRun: z.number(),
        entries: z.number(),
        total: z.number(),
        byTownship: z.record(z.string(), z.number()),
        withheld: z.array(
          z.object({
            personId: z.string(),
            township: z.string(),
            postNo: z.number(),
            village: z.string(),
            days: z.number(),
            reason: z.string(),
          }),
        ),
      }),
      description: "The month's ranger pay ledger (a rerun pays nobody twice)",
    },
  }),
  hire: contract({
    route: 'POST /v1/ecology/rangers',
    body: hireSchema,
    success: { status: 201, schema: post, description: 'Hired (200 when the same hire was recorded before)' },
    errors: [409],
  }),
  release: contract({
    route: 'POST /v1/ecology/rangers/{personId}/release',
    params: rangerPathSchema,
    body: releaseSchema,
    success: { status: 200, schema: post, description: 'Released; the post is free again' },
    errors: [404],
  }),
  list: contract({
    route: 'GET /v1/ecology/rangers',
    query: rangerListQuerySchema,
    success: {
      status: 200,
      schema: z.object({ rangers: z.array(post) }),
      description: "A township's rangers with their pay for the year",
    },
  }),
  quotas: contract({
    route: 'GET /v1/ecology/quotas',
    success: {
      status: 200,
      schema: z.object({
        townships: z.array(
          z.object({
            township: z.string(),
            name: z.string(),
            villages: z.number(),
            quota: z.number(),
            filled: z.number(),
            free: z.number(),
            people: z.number(),
          }),
        ),
        totals: z.record(z.string(), z.number()),
      }),
      description: 'Quota, filled and free posts per township',
    },
  }),
  income: contract({
    route: 'POST /v1/ecology/income',
    body: incomeSchema,
    success: { status: 201, schema: incomeSchema, description: 'Recorded (a participant again replaces its record)' },
  }),
  incomeProgress: contract({
    route: 'GET /v1/ecology/income',
    success: {
      status: 200,
      schema: z.object({ programmes: z.array(z.record(z.string(), z.unknown())) }),
      description: 'Progress against the plan targets',
    },
  }),
};
