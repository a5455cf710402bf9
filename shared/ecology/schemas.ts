import * as z from '../zod.js';
import { isoDate, personId, yuanAtMost } from '../http/schemas.js';
import { MONEY_BOUNDS } from '../policy/money-bounds.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';
import { INCOME_PROGRAMMES } from './income.js';

export const hireSchema = z.withMeta(
  z.strictObject({
    personId,
    township: z.enum(TOWNSHIP_CODES),
    from: isoDate,
    village: z.withMeta(z.optional(z.string().check(z.trim(), z.minLength(1), z.maxLength(64))), {
      description: "The village the post is held in (default: the person's village on the roster)",
    }),
  }),
  { id: 'RangerHire' },
);
export const releaseSchema = z.withMeta(z.strictObject({ on: isoDate }), { id: 'RangerRelease' });
export const rangerPathSchema = z.object({ personId });
export const rangerListQuerySchema = z.object({
  township: z.optional(z.enum(TOWNSHIP_CODES)),
  year: z._default(z.coerce.number().check(z.int(), z.gte(2019), z.lte(2100)), 2019),
});
export const incomeSchema = z.withMeta(
  z.strictObject({
    programme: z.enum(INCOME_PROGRAMMES),
    participantId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)),
    householdId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)),
    people: z.number().check(z.int(), z.gte(1), z.lte(20)),
    earnings: yuanAtMost(MONEY_BOUNDS.programmeEarnings.value),
  }),
  { id: 'IncomeRecord' },
);
export const monthPathSchema = z.object({
  month: z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'must be a month written YYYY-MM' })),
});
