import * as z from 'zod';
import { freeText, isoDate, personId, yuanAtMost } from '../http/schemas.js';
import { MONEY_BOUNDS } from '../policy/money-bounds.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';
import {
  APPRAISED_GRADES,
  CASE_STATUSES,
  GRADES,
  MODES,
  IMAGE_ONLY_KINDS,
  PHOTO_CONTENT_TYPES,
  PHOTO_KINDS,
  PROGRAMMES,
} from './types.js';
import { MAX_PHOTO_BYTES } from './photo-inspection.js';

const repairCost = yuanAtMost(MONEY_BOUNDS.housingRepairCost.value);

const household = z.string().regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 of A-Z a-z 0-9 . _ -' });
const area = z.number().positive().max(1000).meta({ description: 'm²' });
const text = freeText(500, { multiline: true });

/** POST /v1/housing/cases (docs/rules.md §4); repairCost arrives in yuan and leaves as fen. */
const attestation = z
  .strictObject({
    by: z.string().trim().min(1).max(100).meta({ description: 'Who attested: name and office' }),
    on: isoDate,
  })
  .meta({ id: 'Attestation' });

export const caseBodySchema = z
  .strictObject({
    programme: z.enum(PROGRAMMES),
    householdId: household,
    householderId: personId,
    township: z.enum(TOWNSHIP_CODES, { message: 'must be a township code from GET /v1/reference/townships' }),
    village: freeText(64),
    grade: z.enum(GRADES),
    mode: z.enum(MODES),
    plannedArea: area,
    largeHousehold: z.boolean().optional(),
    repairCost: repairCost.optional(),
    appliedOn: isoDate,
    inRelocationPlan: z.boolean().optional(),
    attestations: z
      .strictObject({
        agriculturalRegistration: attestation,
        livesInVillage: attestation,
        housing: attestation.meta({
          description: 'The only house (C/D), or for a no-house household that no member owns a house',
        }),
      })
      .meta({
        description:
          'Eligibility facts the roster cannot answer, each with who attested and when (R1 四.(一), 五.(一); R2 四.(一))',
      }),
  })
  .meta({ id: 'HousingCaseRequest' });

/** The body of POST /v1/housing/cases/{caseId}/events: one shape per step type. */
export const eventBodySchema = z
  .discriminatedUnion('type', [
    z.strictObject({ type: z.literal('village-review'), on: isoDate, passed: z.boolean(), reason: text.optional() }),
    z.strictObject({
      type: z.literal('village-notice'),
      on: isoDate,
      from: isoDate,
      to: isoDate,
      objections: z.enum(['none', 'resolved']),
    }),
    z.strictObject({
      type: z.literal('township-review'),
      on: isoDate,
      passed: z.boolean(),
      homeVisitOn: isoDate.optional(),
      meetingOn: isoDate.optional(),
      reason: text.optional(),
    }),
    z.strictObject({
      type: z.literal('township-notice'),
      on: isoDate,
      from: isoDate,
      to: isoDate,
      objections: z.literal('none'),
    }),
    z.strictObject({ type: z.literal('identity-check'), on: isoDate, passed: z.boolean(), reason: text.optional() }),
    z.strictObject({
      type: z.literal('appraisal'),
      on: isoDate,
      grade: z.enum(APPRAISED_GRADES),
      appraiser: text,
      mode: z.enum(MODES).optional(),
      plannedArea: area.optional(),
      repairCost: repairCost.optional(),
    }),
    z.strictObject({
      type: z.literal('approval'),
      on: isoDate,
      noticeFrom: isoDate,
      noticeTo: isoDate,
      objections: z.literal('none'),
    }),
    z.strictObject({ type: z.literal('agreement'), on: isoDate, completionBy: isoDate }),
    z.strictObject({ type: z.literal('moved-out'), on: isoDate, arrangement: text }),
    z.strictObject({ type: z.literal('construction-start'), on: isoDate }),
    z.strictObject({
      type: z.literal('preliminary-acceptance'),
      on: isoDate,
      builtArea: area,
      oldHouse: z.enum(['demolished', 'sealed']).optional(),
    }),
    z.strictObject({
      type: z.literal('final-acceptance'),
      on: isoDate,
      builtArea: area,
      repairCost: repairCost.optional(),
    }),
    z.strictObject({ type: z.literal('payment'), on: isoDate, account: freeText(40).min(4) }),
    z.strictObject({ type: z.literal('return'), on: isoDate, reason: text }),
    z.strictObject({ type: z.literal('refuse'), on: isoDate, evidence: text }),
    z.strictObject({ type: z.literal('sale'), on: isoDate, evidence: text }),
  ])
  .meta({ id: 'HousingEvent' });

export const photoBodySchema = z
  .strictObject({
    kind: z.enum(PHOTO_KINDS),
    contentType: z.enum(PHOTO_CONTENT_TYPES),
    size: z
      .number()
      .int()
      .min(1)
      .max(MAX_PHOTO_BYTES, { message: `must be at most ${MAX_PHOTO_BYTES} bytes (10 MiB)` }),
  })
  .refine((b) => b.contentType !== 'application/pdf' || !IMAGE_ONLY_KINDS.includes(b.kind), {
    path: ['contentType'],
    message: `must be an image (JPEG, PNG or HEIC) for a photo of the house or the householder (${IMAGE_ONLY_KINDS.join(', ')}); PDF is for scanned documents`,
  })
  .meta({
    id: 'PhotoRequest',
    description:
      'One file of the one-household file (R1 九.(五), R2 八.(五)): a photo, or a document photographed or scanned (PDF)',
  });

export const casePathSchema = z.object({ caseId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/) });
export const photoPathSchema = casePathSchema.extend({ photoId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/) });
export const caseListQuerySchema = z.object({
  township: z.enum(TOWNSHIP_CODES).optional().meta({
    description: "Required for city-wide callers (400 otherwise); township staff get their own township's cases",
  }),
  status: z.enum(CASE_STATUSES).optional(),
  programme: z.enum(PROGRAMMES).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  nextToken: z.string().max(2000).optional(),
});
