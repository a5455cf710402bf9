import * as z from '../zod.js';
import { contract } from '../http/contract.js';
import { PAYERS } from './health.js';

const yuanOut = z.withMeta(z.number(), { description: 'Yuan' });
const link = z.withMeta(z.url(), { description: 'Short-lived signed link (5 minutes)' });

const monthPath = z.object({
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month written YYYY-MM' })),
});

const percent = z.withMeta(z.nullable(z.number()), {
  description: 'Percent, two decimals; null when there is nothing to divide by',
});
const met = z.withMeta(z.nullable(z.boolean()), {
  description: 'Whether the figure reaches the target of the policy in force; null when there is nothing to divide by',
});
const indicators = z.withMeta(
  z.object({
    majorDiseaseEffectiveRatio: z.object({
      percent,
      targetPercent: z.number(),
      met,
      claims: z.number().check(z.int()),
      clause: z.string(),
    }),
    criticalIllnessEffectiveRatio: z.withMeta(
      z.object({ percent, targetPercent: z.number(), met, claims: z.number().check(z.int()), clause: z.string() }),
      {
        description: '重特大疾病: payers over compliant cost less the deductible, against 90% (H 三.(二).5.5))',
      },
    ),
    chronicEffectiveRatio: z.object({
      percent,
      targetPercent: z.number(),
      met,
      claims: z.number().check(z.int()),
      clause: z.string(),
    }),
    belowPolicyRangeFloor: z.object({
      claims: z.number().check(z.int()),
      of: z.number().check(z.int()),
      percent,
      floorPercent: z.number(),
      clause: z.string(),
    }),
    paidAboveCapRule: z.object({ claims: z.number().check(z.int()), yuan: yuanOut, clause: z.string() }),
    inCountyAdmissions: z.object({
      admissions: z.number().check(z.int()),
      inCounty: z.number().check(z.int()),
      percent,
      targetPercent: z.number(),
      met,
      clause: z.string(),
    }),
    participation: z.object({
      registered: z.number().check(z.int()),
      insured: z.number().check(z.int()),
      percent,
      targetPercent: z.number(),
      met,
      clause: z.string(),
      uninsured: z.withMeta(
        z.array(
          z.object({
            personId: z.withMeta(z.string(), { description: 'Masked identity number' }),
            name: z.withMeta(z.string(), { description: 'Masked name' }),
            householdId: z.string(),
            township: z.string(),
            village: z.string(),
          }),
        ),
        { description: 'Registered poor persons not insured for the year, by township' },
      ),
    }),
  }),
  { id: 'HealthIndicators' },
);

const payerTotals = z.object(
  Object.fromEntries(PAYERS.map((p) => [p, yuanOut])) as Record<(typeof PAYERS)[number], typeof yuanOut>,
);

const healthRun = z.withMeta(
  z.object({
    month: z.string(),
    revision: z.number().check(z.int(), z.gte(1)),
    unchanged: z.withMeta(z.boolean(), {
      description: 'True when the same figures were already stored (nothing written)',
    }),
    reportKey: z.string(),
    claims: z.number().check(z.int()),
    indicators,
  }),
  { id: 'HealthReportRun' },
);

const healthReport = z.withMeta(
  z.object({
    month: z.string(),
    claims: z.number().check(z.int()),
    hospitals: z.array(
      z.object({
        hospitalId: z.string(),
        name: z.string(),
        claims: z.number().check(z.int()),
        ...payerTotals.shape,
        outOfCatalogueSharePercent: percent,
        outOfCatalogueLimitPercent: z.nullable(z.number()),
        overLimit: z.boolean(),
      }),
    ),
    payers: payerTotals,
    indicators,
    revision: z.number().check(z.int(), z.gte(1)),
    files: z.object({ json: link, csv: link, xlsx: link }),
  }),
  { id: 'HealthReport' },
);

/** The month's health report (built from the claims, published by the reports domain). */
export const HEALTH_REPORT_CONTRACTS = {
  run: contract({
    route: 'POST /v1/reports/health/{month}',
    params: monthPath,
    success: {
      status: 201,
      schema: healthRun,
      description: "The month's health report, stored (the same figures again: same revision)",
    },
  }),
  get: contract({
    route: 'GET /v1/reports/health/{month}',
    params: monthPath,
    success: { status: 200, schema: healthReport, description: 'The report with short-lived links to its files' },
    errors: { 404: ['report-not-found'] },
  }),
};
