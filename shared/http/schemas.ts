import { z } from 'zod';
import { isIsoDate } from '../dates.js';
import { identityProblem } from '../identity/gb11643.js';
import { hasAtMostTwoDecimals, yuanToFen } from '../money.js';

/** Boundary schemas shared by every route (docs/rules.md §9). */
export const isoDate = z
  .string()
  .refine(isIsoDate, { message: 'must be a calendar date written YYYY-MM-DD' })
  .meta({ format: 'date', example: '2019-03-10' });

/** Decimal yuan at the boundary (≥ 0, at most two decimals) → integer fen inside. */
export const yuan = z
  .number({ message: 'must be a number of yuan' })
  .nonnegative({ message: 'must not be negative' })
  .refine(hasAtMostTwoDecimals, { message: 'must have at most two decimals' })
  .transform(yuanToFen)
  .meta({ description: 'Amount in yuan, at most two decimals', example: 1234.56 });

/** An 18-character resident identity number with a correct GB 11643 check character. */
export const personId = z
  .string()
  .superRefine((value, ctx) => {
    const problem = identityProblem(value);
    if (problem === 'format') {
      ctx.addIssue({
        code: 'custom',
        message: 'must be an 18-character identity number: 17 digits and a check character 0-9 or X',
      });
    } else if (problem === 'check-character') {
      ctx.addIssue({ code: 'custom', message: 'has a wrong check character (GB 11643, ISO 7064 MOD 11-2)' });
    }
  })
  .meta({ description: 'Resident identity number (GB 11643)', example: '110101199003070011' });

export const codeString = z.string().regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'must be a lower-case code' });
export const idString = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 of A-Z a-z 0-9 . _ -' });
export const year = z.coerce.number().int().min(2000).max(2100);

/** One bad field of an error answer: its dotted path (`body.costs.total`), what is wrong, and a rule code. */
export const errorDetailSchema = z
  .object({ path: z.string(), message: z.string(), code: z.string().optional() })
  .meta({ id: 'ErrorDetail' });
