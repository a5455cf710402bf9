import * as z from '../zod.js';
import { contract } from '../http/contract.js';
import { isoDate } from '../http/schemas.js';
import { CASE_STATUSES, GRADES, PHOTO_KINDS } from '../housing/types.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';

const yuanOut = z.withMeta(z.number(), { description: 'Yuan' });
const link = z.withMeta(z.url(), { description: 'Short-lived signed link (5 minutes)' });
const count = z.number().check(z.int(), z.gte(0));

const reasons = z.withMeta(z.optional(z.array(z.object({ step: z.optional(z.string()), reason: z.string(), count }))), {
  description: 'By reason, most frequent first (identity numbers masked); absent in a township’s view',
});

const figures = z.withMeta(
  z.object({
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
    acceptedWithDocuments: z.withMeta(count, {
      description: 'Accepted cases whose one-household file holds every document the policy requires (R1 九.(五))',
    }),
    filesBehind: z.withMeta(count, { description: 'Renovation cases missing a document already due' }),
    documentsOverdue: z.withMeta(
      z.object(
        Object.fromEntries(PHOTO_KINDS.map((k) => [k, count])) as Record<(typeof PHOTO_KINDS)[number], typeof count>,
      ),
      { description: 'Per document kind: renovation cases missing it although it is due' },
    ),
    sales: z.withMeta(
      z.object({
        count,
        early: z.withMeta(count, { description: 'Sold before five years from final acceptance' }),
        amountDue: z.withMeta(yuanOut, { description: 'Government backing money due back (R2 八.(二))' }),
      }),
      { description: 'Government-backed houses recorded as sold (R1 四.(二).2, R2 八.(二))' },
    ),
    refusals: z.object({ count, reasons }),
    returns: z.object({ count, reasons }),
  }),
  { id: 'ProgrammeFigures', description: 'Figures of one programme in one township or the city' },
);

const programme = z.withMeta(
  z.object({
    programme: z.enum(['R1', 'R2']),
    name: z.string(),
    plan: z.object({
      C: z.optional(count),
      D: z.optional(count),
      'no-house': z.optional(count),
      households: z.optional(count),
      budget: yuanOut,
      clause: z.string(),
    }),
    budget: z.object({
      planned: yuanOut,
      committed: yuanOut,
      paid: yuanOut,
      remaining: z.withMeta(z.number(), { description: 'Yuan not yet committed (negative when over)' }),
      excludes: z.string(),
      noHouse: z.withMeta(
        z.object({
          households: z.withMeta(z.number().check(z.int()), {
            description: 'Planned no-house households (R1 三); 0 for R2',
          }),
          committed: yuanOut,
          paid: yuanOut,
        }),
        { description: "No-house households' subsidies, on their own line: outside the planned investment" },
      ),
    }),
    totals: figures,
  }),
  { id: 'ProgrammeSummary' },
);

const report = z.withMeta(
  z.object({
    asOf: isoDate,
    policyId: z.string(),
    deadline: isoDate,
    programmes: z.array(programme),
    townships: z.array(z.object({ township: z.enum(TOWNSHIP_CODES), name: z.string(), R1: figures, R2: figures })),
    revision: z.number().check(z.int(), z.gte(1)),
    unchanged: z.withMeta(z.optional(z.boolean()), {
      description: 'POST only: true when the same figures were already stored (nothing written)',
    }),
    files: z.withMeta(z.optional(z.object({ json: link, csv: link, xlsx: link })), {
      description: 'Absent for township staff: the files hold every township',
    }),
  }),
  {
    id: 'ProgressReport',
    description: 'Plan and city totals per programme, township rows in reference order, links to the files',
  },
);

export const PROGRESS_CONTRACTS = {
  run: contract({
    route: 'POST /v1/reports/progress',
    body: z.withMeta(z.strictObject({ asOf: isoDate }), { id: 'ProgressReportRequest' }),
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
      schema: z.withMeta(z.object({ reports: z.array(z.object({ asOf: isoDate })) }), { id: 'ProgressReportList' }),
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
