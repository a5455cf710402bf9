import * as z from '../zod.js';
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

const household = z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/, { message: 'must be 1-64 of A-Z a-z 0-9 . _ -' }));
const area = z.withMeta(z.number().check(z.positive(), z.lte(1000)), { description: 'm²' });
const text = freeText(500, { multiline: true });

/** POST /v1/housing/cases (docs/rules.md §4); repairCost arrives in yuan and leaves as fen. */
const attestation = z.withMeta(
  z.strictObject({
    by: z.withMeta(z.string().check(z.trim(), z.minLength(1), z.maxLength(100)), {
      description: 'Who attested: name and office',
    }),
    on: isoDate,
  }),
  { id: 'Attestation' },
);

export const caseBodySchema = z.withMeta(
  z.strictObject({
    programme: z.enum(PROGRAMMES),
    householdId: household,
    householderId: personId,
    township: z.enum(TOWNSHIP_CODES, { message: 'must be a township code from GET /v1/reference/townships' }),
    village: freeText(64),
    grade: z.enum(GRADES),
    mode: z.enum(MODES),
    plannedArea: area,
    largeHousehold: z.optional(z.boolean()),
    repairCost: z.optional(repairCost),
    appliedOn: isoDate,
    inRelocationPlan: z.optional(z.boolean()),
    attestations: z.withMeta(
      z.strictObject({
        agriculturalRegistration: attestation,
        livesInVillage: attestation,
        housing: z.withMeta(attestation, {
          description: 'The only house (C/D), or for a no-house household that no member owns a house',
        }),
      }),
      {
        description:
          'Eligibility facts the roster cannot answer, each with who attested and when (R1 四.(一), 五.(一); R2 四.(一))',
      },
    ),
  }),
  { id: 'HousingCaseRequest' },
);

/** The body of POST /v1/housing/cases/{caseId}/events: one shape per step type. */
export const eventBodySchema = z.withMeta(
  z.discriminatedUnion('type', [
    z.strictObject({ type: z.literal('village-review'), on: isoDate, passed: z.boolean(), reason: z.optional(text) }),
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
      homeVisitOn: z.optional(isoDate),
      meetingOn: z.optional(isoDate),
      reason: z.optional(text),
    }),
    z.strictObject({
      type: z.literal('township-notice'),
      on: isoDate,
      from: isoDate,
      to: isoDate,
      objections: z.literal('none'),
    }),
    z.strictObject({ type: z.literal('identity-check'), on: isoDate, passed: z.boolean(), reason: z.optional(text) }),
    z.strictObject({
      type: z.literal('appraisal'),
      on: isoDate,
      grade: z.enum(APPRAISED_GRADES),
      appraiser: text,
      mode: z.optional(z.enum(MODES)),
      plannedArea: z.optional(area),
      repairCost: z.optional(repairCost),
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
      oldHouse: z.optional(z.enum(['demolished', 'sealed'])),
    }),
    z.strictObject({
      type: z.literal('final-acceptance'),
      on: isoDate,
      builtArea: area,
      repairCost: z.optional(repairCost),
    }),
    z.strictObject({ type: z.literal('payment'), on: isoDate, account: freeText(40).check(z.minLength(4)) }),
    z.strictObject({ type: z.literal('return'), on: isoDate, reason: text }),
    z.strictObject({ type: z.literal('refuse'), on: isoDate, evidence: text }),
    z.strictObject({ type: z.literal('sale'), on: isoDate, evidence: text }),
  ]),
  { id: 'HousingEvent' },
);

export const photoBodySchema = z.withMeta(
  z
    .strictObject({
      kind: z.enum(PHOTO_KINDS),
      contentType: z.enum(PHOTO_CONTENT_TYPES),
      size: z
        .number()
        .check(
          z.int(),
          z.gte(1),
          z.lte(MAX_PHOTO_BYTES, { message: `must be at most ${MAX_PHOTO_BYTES} bytes (10 MiB)` }),
        ),
    })
    .check(
      z.refine((b) => b.contentType !== 'application/pdf' || !IMAGE_ONLY_KINDS.includes(b.kind), {
        path: ['contentType'],
        message: `must be an image (JPEG, PNG or HEIC) for a photo of the house or the householder (${IMAGE_ONLY_KINDS.join(', ')}); PDF is for scanned documents`,
      }),
    ),
  {
    id: 'PhotoRequest',
    description:
      'One file of the one-household file (R1 九.(五), R2 八.(五)): a photo, or a document photographed or scanned (PDF)',
  },
);

export const casePathSchema = z.object({ caseId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)) });
export const photoPathSchema = z.extend(casePathSchema, {
  photoId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)),
});
export const caseListQuerySchema = z.object({
  township: z.withMeta(z.optional(z.enum(TOWNSHIP_CODES)), {
    description: "Required for city-wide callers (400 otherwise); township staff get their own township's cases",
  }),
  status: z.optional(z.enum(CASE_STATUSES)),
  programme: z.optional(z.enum(PROGRAMMES)),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(100)), 50),
  nextToken: z.optional(z.string().check(z.maxLength(2000))),
});
