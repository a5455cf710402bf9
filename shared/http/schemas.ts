import * as z from '../zod.js';
import { isIsoDate } from '../dates.js';
import { identityProblem } from '../identity/gb11643.js';
import { hasAtMostTwoDecimals, yuanToFen } from '../money.js';
import { MONEY_BOUNDS } from '../policy/money-bounds.js';

/** Boundary schemas shared by every route (docs/rules.md §9). */
export const isoDate = z.withMeta(
  z.string().check(z.refine(isIsoDate, { message: 'must be a calendar date written YYYY-MM-DD' })),
  { format: 'date', example: '2019-03-10' },
);

/**
 * Decimal yuan at the boundary (≥ 0, at most two decimals, at most `maxFen`) → integer fen inside. Every money
 * field is bounded (shared/policy/money-bounds.ts), so a huge number is a 400 naming the field, never a
 * RangeError.
 */
export const yuanAtMost = (maxFen: number) =>
  z.withMeta(
    z.pipe(
      z
        .number({ message: 'must be a number of yuan' })
        .check(
          z.nonnegative({ message: 'must not be negative' }),
          z.lte(maxFen / 100, { message: `must be at most ${(maxFen / 100).toFixed(2)} yuan` }),
          z.refine(hasAtMostTwoDecimals, { message: 'must have at most two decimals' }),
        ),
      z.transform(yuanToFen),
    ),
    { description: 'Amount in yuan, at most two decimals', example: 1234.56 },
  );

/** Any amount (at most MONEY_BOUNDS.anyAmount); fields with a tighter plausible maximum use yuanAtMost. */
export const yuan = yuanAtMost(MONEY_BOUNDS.anyAmount.value);

/** An 18-character resident identity number with a correct GB 11643 check character. */
export const personId = z.withMeta(
  z.string().check(
    z.superRefine((value, ctx) => {
      const problem = identityProblem(value);
      if (problem === 'format') {
        ctx.addIssue({
          code: 'custom',
          message: 'must be an 18-character identity number: 17 digits and a check character 0-9 or X',
        });
      } else if (problem === 'check-character') {
        ctx.addIssue({ code: 'custom', message: 'has a wrong check character (GB 11643, ISO 7064 MOD 11-2)' });
      }
    }),
  ),
  { description: 'Resident identity number (GB 11643)', example: '110101199003070011' },
);

export const codeString = z
  .string()
  .check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'must be a lower-case code' }));
export const idString = z
  .string()
  .check(z.regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 of A-Z a-z 0-9 . _ -' }));
export const year = z.coerce.number().check(z.int(), z.gte(2000), z.lte(2100));

/** One bad field of an error answer: its dotted path (`body.costs.total`), what is wrong, and a rule code. */
export const errorDetailSchema = z.withMeta(
  z.object({ path: z.string(), message: z.string(), code: z.optional(z.string()) }),
  { id: 'ErrorDetail' },
);

/**
 * Characters no free-text field may hold (docs/security.md "Free text"): C0/C1 controls (NUL, BEL, ESC, …),
 * DEL, the bidirectional embeddings, overrides and isolates (U+202A–U+202E, U+2066–U+2069) and marks
 * (U+200E, U+200F, U+061C), the BOM / zero-width no-break space, interlinear annotation controls, the
 * noncharacters U+FFFE/U+FFFF and unpaired UTF-16 surrogates. Zero-width joiner and non-joiner stay allowed:
 * traditional Mongolian script shapes with them. Multi-line fields may hold line breaks; none holds a tab.
 */
const FORBIDDEN_TEXT =
  // biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is this pattern's purpose
  /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFF9-\uFFFB\uFFFE\uFFFF]|\p{Cs}/u;
const LINE_BREAK = /[\n\r]/;

/** The first character `value` may not hold, as `U+XXXX at position n`, or undefined. */
export function forbiddenCharacter(value: string, multiline = false): string | undefined {
  const m = FORBIDDEN_TEXT.exec(value) ?? (multiline ? null : LINE_BREAK.exec(value));
  if (!m) return undefined;
  const code = m[0].codePointAt(0) ?? 0;
  return `U+${code.toString(16).toUpperCase().padStart(4, '0')} at position ${m.index}`;
}

/**
 * The one schema of every free-text field (names, villages, schools, reasons, findings, hospital names):
 * trimmed, 1..max characters, no control, bidi-override or unpaired-surrogate character.
 */
export const freeText = (max: number, options: { multiline?: boolean } = {}) =>
  z.string().check(
    z.superRefine((value, ctx) => {
      const bad = forbiddenCharacter(value.replace(/^[ \t\n\r]+|[ \t\n\r]+$/g, ''), options.multiline ?? false);
      if (bad) {
        ctx.addIssue({
          code: 'custom',
          message: `must not contain control, bidirectional-override or unpaired surrogate characters (${bad})`,
        });
      }
    }),
    z.trim(),
    z.minLength(1),
    z.maxLength(max),
  );
