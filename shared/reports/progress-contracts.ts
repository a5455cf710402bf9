import * as z from 'zod';
import { contract } from '../http/contract.js';
import { isoDate } from '../http/schemas.js';
import { CASE_STATUSES, GRADES, PHOTO_KINDS } from '../housing/types.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';

const yuanOut = z.number().meta({ description: 'Yuan' });
const link = z.url().meta({ description: 'Short-lived signed link (5 minutes)' });
const count = z.number().int().min(0);

const reasons = z
  .array(z.object({ step: z.string().optional(), reason: z.string(), count }))
  .optional()
  .meta({ description: 'By reason, most frequent first (identity numbers masked); absent in a township’s view' });

const figures = z
  .object({
    cases: count,
    stages: z.object(
      Object.fromEntries(CASE_STATUSES.map((s) => [s, count])) as Record<(typeof CASE_STATUSES)[number], typeof count>,
    ),
    grades: z.object(
      Object.fromEntries(GRADES.map((g) => [g, count])) as Record<(typeof GRADES)[number], typeof count>,
    ),
    subsidyCommitted: yuanOut,
    subsidyPaid: yuanOut,
    noHouseSubsidyCommitted: yuanOut,
    noHouseSubsidyPaid: yuanOut,
    late: count,
    accepted: count,
    acceptedWithPhotos: count,
    acceptedWithDocuments: count.meta({
      description: 'Accepted cases whose one-household file holds every document the policy requires (R1 九.(五))',
    }),
    filesBehind: count.meta({ description: 'Renovation cases missing a document already due' }),
    documentsOverdue: z
      .object(
        Object.fromEntries(PHOTO_KINDS.map((k) => [k, count])) as Record<(typeof PHOTO_KINDS)[number], typeof count>,
      )
      .meta({ description: 'Per document kind: renovation cases missing it although it is due' }),
    sales: z
      .object({
        count,
        early: count.meta({ description: 'Sold before five years from final acceptance' }),
        amountDue: yuanOut.meta({ description: 'Government backing money due back (R2 八.(二))' }),
      })
      .meta({ description: 'Government-backed houses recorded as sold (R1 四.(二).2, R2 八.(二))' }),
    refusals: z.object({ count, reasons }),
    returns: z.object({ count, reasons }),
  })
  .meta({ id: 'ProgrammeFigures', description: 'Figures of one programme in one township or the city' });

const programme = z
  .object({
    programme: z.enum(['R1', 'R2']),
    name: z.string(),
    plan: z.object({
      C: count.optional(),
      D: count.optional(),
      'no-house': count.optional(),
      households: count.optional(),
      budget: yuanOut,
      clause: z.string(),
    }),
    budget: z.object({
      planned: yuanOut,
      committed: yuanOut,
      paid: yuanOut,
      remaining: z.number().meta({ description: 'Yuan not yet committed (negative when over)' }),
      excludes: z.string(),
      noHouse: z
        .object({
          households: z.number().int().meta({ description: 'Planned no-house households (R1 三); 0 for R2' }),
          committed: yuanOut,
          paid: yuanOut,
        })
        .meta({ description: "No-house households' subsidies, on their own line: outside the planned investment" }),
    }),
    totals: figures,
  })
  .meta({ id: 'ProgrammeSummary' });

const report = z
  .object({
    asOf: isoDate,
    policyId: z.string(),
    deadline: isoDate,
    programmes: z.array(programme),
    townships: z.array(z.object({ township: z.enum(TOWNSHIP_CODES), name: z.string(), R1: figures, R2: figures })),
    revision: z.number().int().min(1),
    unchanged: z
      .boolean()
      .optional()
      .meta({ description: 'POST only: true when the same figures were already stored (nothing written)' }),
    files: z
      .object({ json: link, csv: link, xlsx: link })
      .optional()
      .meta({ description: 'Absent for township staff: the files hold every township' }),
  })
  .meta({
    id: 'ProgressReport',
    description: 'Plan and city totals per programme, township rows in reference order, links to the files',
  });

export const PROGRESS_CONTRACTS = {
  run: contract({
    route: 'POST /v1/reports/progress',
    body: z.strictObject({ asOf: isoDate }).meta({ id: 'ProgressReportRequest' }),
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
      schema: z.object({ reports: z.array(z.object({ asOf: isoDate })) }).meta({ id: 'ProgressReportList' }),
      description: 'Cut-offs with a report, newest first',
    },
  }),
  get: contract({
    route: 'GET /v1/reports/progress/{asOf}',
    params: z.object({ asOf: isoDate }),
    success: { status: 200, schema: report, description: 'The latest revision with links to JSON, CSV and xlsx' },
    errors: { 404: ['report-not-found'] },
  }),
};
