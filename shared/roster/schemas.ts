import * as z from '../zod.js';
import { codeString, errorDetailSchema, freeText, isoDate, personId } from '../http/schemas.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';
import { CHRONIC_DISEASE_CODES } from '../reference/diseases.js';
import { CHRONIC_CERTIFIERS, PERSON_FLAGS } from './types.js';

const flagShape = Object.fromEntries(PERSON_FLAGS.map((f) => [f, z.optional(z.boolean())])) as Record<
  (typeof PERSON_FLAGS)[number],
  z.ZodMiniOptional<z.ZodMiniBoolean>
>;

export const personRowSchema = z.withMeta(
  z
    .strictObject({
      personId,
      name: freeText(64),
      householdId: z
        .string()
        .check(z.regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 of A-Z a-z 0-9 . _ -' })),
      township: z.enum(TOWNSHIP_CODES, { message: 'must be a township code from GET /v1/reference/townships' }),
      village: freeText(64),
      registeredFrom: z.optional(isoDate),
      registeredUntil: z.optional(isoDate),
      birthDate: z.optional(isoDate),
      flags: z.optional(z.strictObject(flagShape)),
      insuredYears: z.optional(z.array(z.number().check(z.int(), z.gte(2000), z.lte(2100))).check(z.maxLength(50))),
    })
    .check(
      z.refine((p) => !p.registeredUntil || (p.registeredFrom !== undefined && p.registeredFrom <= p.registeredUntil), {
        message: 'registeredUntil needs registeredFrom on or before it',
        path: ['registeredUntil'],
      }),
    ),
  { id: 'PersonRow' },
);
export type PersonRow = z.output<typeof personRowSchema>;

/** Rows are validated one by one so a bad row is reported by index while the good ones are stored. */
export const rosterLoadSchema = z.strictObject({
  persons: z.withMeta(z.array(z.unknown()).check(z.minLength(1), z.maxLength(1000)), {
    description: 'PersonRow objects, validated row by row (a bad row is rejected by index)',
  }),
});

/** The roster load as documented: the same body with each row typed as a PersonRow. */
export const rosterLoadDocSchema = z.withMeta(
  z.strictObject({ persons: z.array(personRowSchema).check(z.minLength(1), z.maxLength(1000)) }),
  { id: 'RosterLoad', description: '1 to 1,000 PersonRow objects; each row is validated on its own' },
);

export const rosterLoadResultSchema = z.withMeta(
  z.object({
    accepted: z.number().check(z.int()),
    rejected: z.array(
      z.object({
        index: z.number().check(z.int()),
        personId: z.optional(z.string()),
        error: z.object({
          code: z.enum(['validation-error', 'field-not-owned']),
          message: z.string(),
          details: z.array(errorDetailSchema),
        }),
      }),
    ),
  }),
  { id: 'RosterLoadResult' },
);

export const chronicCertificationSchema = z.withMeta(
  z.strictObject({
    disease: z.enum(CHRONIC_DISEASE_CODES, {
      message: 'must be a chronic-disease code from GET /v1/reference/diseases',
    }),
    certifiedBy: z.enum(CHRONIC_CERTIFIERS),
    from: isoDate,
  }),
  { id: 'ChronicCertification' },
);

export const arrearsFlagSchema = z.withMeta(
  z.strictObject({ flagged: z.boolean(), reason: freeText(500, { multiline: true }) }),
  { id: 'ArrearsFlag' },
);

export const personPathSchema = z.object({ personId });
export const householdPathSchema = z.object({ householdId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)) });

export const eligibilityQuerySchema = z.object({
  on: isoDate,
  hospitalId: z.optional(codeString),
  emergency: z.pipe(
    z.optional(z.enum(['true', 'false'])),
    z.transform((v) => v === 'true'),
  ),
});
