import * as z from 'zod';
import { isoDate, personId, yuanAtMost } from '../http/schemas.js';
import { MONEY_BOUNDS } from '../policy/money-bounds.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';
import { INCOME_PROGRAMMES } from './income.js';

export const hireSchema = z
  .strictObject({
    personId,
    township: z.enum(TOWNSHIP_CODES),
    from: isoDate,
    village: z
      .string()
      .trim()
      .min(1)
      .max(64)
      .optional()
      .meta({ description: "The village the post is held in (default: the person's village on the roster)" }),
  })
  .meta({ id: 'RangerHire' });
export const releaseSchema = z.strictObject({ on: isoDate }).meta({ id: 'RangerRelease' });
export const rangerPathSchema = z.object({ personId });
export const rangerListQuerySchema = z.object({
  township: z.enum(TOWNSHIP_CODES).optional(),
  year: z.coerce.number().int().min(2019).max(2100).default(2019),
});
export const incomeSchema = z
  .strictObject({
    programme: z.enum(INCOME_PROGRAMMES),
    participantId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    householdId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    people: z.number().int().min(1).max(20),
    earnings: yuanAtMost(MONEY_BOUNDS.programmeEarnings.value),
  })
  .meta({ id: 'IncomeRecord' });
export const monthPathSchema = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month written YYYY-MM' }),
});
