import * as z from 'zod';
import { codeString, errorDetailSchema, freeText, isoDate, personId } from '../http/schemas.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';
import { CHRONIC_DISEASE_CODES } from '../reference/diseases.js';
import { CHRONIC_CERTIFIERS, PERSON_FLAGS } from './types.js';

const flagShape = Object.fromEntries(PERSON_FLAGS.map((f) => [f, z.boolean().optional()])) as Record<
  (typeof PERSON_FLAGS)[number],
  z.ZodOptional<z.ZodBoolean>
>;

export const personRowSchema = z
  .strictObject({
    personId,
    name: freeText(64),
    householdId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 of A-Z a-z 0-9 . _ -' }),
    township: z.enum(TOWNSHIP_CODES, { message: 'must be a township code from GET /v1/reference/townships' }),
    village: freeText(64),
    registeredFrom: isoDate.optional(),
    registeredUntil: isoDate.optional(),
    birthDate: isoDate.optional(),
    flags: z.strictObject(flagShape).optional(),
    insuredYears: z.array(z.number().int().min(2000).max(2100)).max(50).optional(),
  })
  .refine((p) => !p.registeredUntil || (p.registeredFrom !== undefined && p.registeredFrom <= p.registeredUntil), {
    message: 'registeredUntil needs registeredFrom on or before it',
    path: ['registeredUntil'],
  })
  .meta({ id: 'PersonRow' });
export type PersonRow = z.output<typeof personRowSchema>;

/** Rows are validated one by one so a bad row is reported by index while the good ones are stored. */
export const rosterLoadSchema = z.strictObject({
  persons: z
    .array(z.unknown())
    .min(1)
    .max(1000)
    .meta({ description: 'PersonRow objects, validated row by row (a bad row is rejected by index)' }),
});

/** The roster load as documented: the same body with each row typed as a PersonRow. */
export const rosterLoadDocSchema = z
  .strictObject({ persons: z.array(personRowSchema).min(1).max(1000) })
  .meta({ id: 'RosterLoad', description: '1 to 1,000 PersonRow objects; each row is validated on its own' });

export const rosterLoadResultSchema = z
  .object({
    accepted: z.number().int(),
    rejected: z.array(
      z.object({
        index: z.number().int(),
        personId: z.string().optional(),
        error: z.object({
          code: z.enum(['validation-error', 'field-not-owned']),
          message: z.string(),
          details: z.array(errorDetailSchema),
        }),
      }),
    ),
  })
  .meta({ id: 'RosterLoadResult' });

export const chronicCertificationSchema = z
  .strictObject({
    disease: z.enum(CHRONIC_DISEASE_CODES, {
      message: 'must be a chronic-disease code from GET /v1/reference/diseases',
    }),
    certifiedBy: z.enum(CHRONIC_CERTIFIERS),
    from: isoDate,
  })
  .meta({ id: 'ChronicCertification' });

export const arrearsFlagSchema = z
  .strictObject({ flagged: z.boolean(), reason: freeText(500, { multiline: true }) })
  .meta({ id: 'ArrearsFlag' });

export const personPathSchema = z.object({ personId });
export const householdPathSchema = z.object({ householdId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/) });

export const eligibilityQuerySchema = z.object({
  on: isoDate,
  hospitalId: codeString.optional(),
  emergency: z
    .enum(['true', 'false'])
    .optional()
    .transform((v) => v === 'true'),
});
