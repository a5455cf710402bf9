import * as z from '../zod.js';

const levels = ['township', 'county', 'prefecture', 'region', 'outside'] as const;
const yuanOut = z.withMeta(z.number(), { description: 'Yuan' });

/**
 * The year-to-date figures of H 三.(二) shown by eligibility (the person's year so far). Before a claim of
 * the year is settled only `year` is present.
 */
export const yearFiguresSchema = z.withMeta(
  z.object({
    year: z.number().check(z.int()),
    admissions: z.withMeta(
      z.optional(
        z.object(
          Object.fromEntries(levels.map((l) => [l, z.number().check(z.int())])) as Record<
            (typeof levels)[number],
            z.ZodMiniNumber
          >,
        ),
      ),
      { description: 'Inpatient admissions this year by hospital level' },
    ),
    highestLevel: z.optional(z.nullable(z.enum(levels))),
    basicInsurance: z.optional(yuanOut),
    outpatientBasicInsurance: z.optional(yuanOut),
    chronicBasicInsurance: z.optional(yuanOut),
    criticalIllnessInsurance: z.optional(yuanOut),
    inPolicySelfPay: z.optional(yuanOut),
    majorDiseaseSelfPay: z.optional(yuanOut),
    selfPayBeyondDeductibles: z.optional(yuanOut),
    deliveriesByMonth: z.withMeta(
      z.optional(z.record(z.string().check(z.regex(/^\d{4}-\d{2}$/)), z.number().check(z.int()))),
      { description: 'Chronic-outpatient deliveries by month (YYYY-MM)' },
    ),
  }),
  { id: 'YearFigures' },
);
export type YearFigures = z.output<typeof yearFiguresSchema>;

/**
 * The year-to-date figures shown by eligibility, read from the person-year item that claim settlement
 * maintains (PERSON#<id> / YEAR#<yyyy>). Until a claim is settled the year is empty.
 */
export function yearFigures(yearItems: readonly Record<string, unknown>[], on: string): YearFigures {
  const year = Number(on.slice(0, 4));
  const item = yearItems.find((i) => i.sk === `YEAR#${year}`);
  return { year, ...(item?.figures as Omit<YearFigures, 'year'> | undefined) };
}
