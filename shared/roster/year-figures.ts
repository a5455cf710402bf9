import * as z from 'zod';

const levels = ['township', 'county', 'prefecture', 'region', 'outside'] as const;
const yuanOut = z.number().meta({ description: 'Yuan' });

/**
 * The year-to-date figures of H 三.(二) shown by eligibility (the person's year so far). Before a claim of
 * the year is settled only `year` is present.
 */
export const yearFiguresSchema = z
  .object({
    year: z.number().int(),
    admissions: z
      .object(
        Object.fromEntries(levels.map((l) => [l, z.number().int()])) as Record<(typeof levels)[number], z.ZodNumber>,
      )
      .optional()
      .meta({ description: 'Inpatient admissions this year by hospital level' }),
    highestLevel: z.enum(levels).nullable().optional(),
    basicInsurance: yuanOut.optional(),
    outpatientBasicInsurance: yuanOut.optional(),
    chronicBasicInsurance: yuanOut.optional(),
    criticalIllnessInsurance: yuanOut.optional(),
    inPolicySelfPay: yuanOut.optional(),
    majorDiseaseSelfPay: yuanOut.optional(),
    selfPayBeyondDeductibles: yuanOut.optional(),
    deliveriesByMonth: z
      .record(z.string().regex(/^\d{4}-\d{2}$/), z.number().int())
      .optional()
      .meta({ description: 'Chronic-outpatient deliveries by month (YYYY-MM)' }),
  })
  .meta({ id: 'YearFigures' });
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
