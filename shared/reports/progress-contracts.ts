import { z } from 'zod';
import { contract } from '../http/contract.js';
import { isoDate } from '../http/schemas.js';

const report = z.record(z.string(), z.unknown()).meta({
  id: 'ProgressReport',
  description: 'asOf, programmes (plan and city totals), townships (reference order), files (short-lived links)',
});

export const PROGRESS_CONTRACTS = {
  run: contract({
    route: 'POST /v1/reports/progress',
    body: z.strictObject({ asOf: isoDate }),
    success: {
      status: 201,
      schema: report,
      description: 'The report for the cut-off, stored (the same figures again: the same revision)',
    },
  }),
  list: contract({
    route: 'GET /v1/reports/progress',
    success: {
      status: 200,
      schema: z.object({ reports: z.array(z.object({ asOf: z.string() })) }),
      description: 'Cut-offs with a report, newest first',
    },
  }),
  get: contract({
    route: 'GET /v1/reports/progress/{asOf}',
    params: z.object({ asOf: isoDate }),
    success: { status: 200, schema: report, description: 'The latest revision with links to JSON, CSV and xlsx' },
    errors: [404],
  }),
};
