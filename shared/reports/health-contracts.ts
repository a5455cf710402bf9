import { z } from 'zod';
import { contract } from '../http/contract.js';

const monthPath = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month written YYYY-MM' }),
});
const healthSummary = z.record(z.string(), z.unknown()).meta({ id: 'HealthReport' });

/** The month's health report (built from the claims, published by the reports domain). */
export const HEALTH_REPORT_CONTRACTS = {
  run: contract({
    route: 'POST /v1/reports/health/{month}',
    params: monthPath,
    success: {
      status: 201,
      schema: healthSummary,
      description: "The month's health report, stored (the same figures again: same revision)",
    },
  }),
  get: contract({
    route: 'GET /v1/reports/health/{month}',
    params: monthPath,
    success: { status: 200, schema: healthSummary, description: 'The report with short-lived links to its files' },
    errors: [404],
  }),
};
