import * as z from '../zod.js';
import { ROLES } from '../auth/roles.js';
import { contract } from '../http/contract.js';
import { isoDate } from '../http/schemas.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';
import {
  APPRAISED_GRADES,
  CASE_STATUSES,
  EVENT_TYPES,
  GRADES,
  MODES,
  PHOTO_CONTENT_TYPES,
  PHOTO_KINDS,
  PHOTO_STATUSES,
  PROGRAMMES,
  STEP_TYPES,
} from './types.js';
import {
  caseBodySchema,
  caseListQuerySchema,
  casePathSchema,
  eventBodySchema,
  photoBodySchema,
  photoPathSchema,
} from './schemas.js';

const yuanOut = z.withMeta(z.number(), { description: 'Yuan' });
const m2 = z.withMeta(z.number(), { description: 'm²' });
const role = z.enum(ROLES);
const actor = z.withMeta(z.object({ sub: z.string(), role, township: z.optional(z.string()) }), { id: 'HousingActor' });
const status = z.enum(CASE_STATUSES);
const step = z.enum(STEP_TYPES);
const cancelled = z.object({ reason: z.string(), clause: z.string(), builtArea: m2, limit: m2 });

const attestation = z.object({ by: z.string(), on: isoDate });
const attestations = z.withMeta(
  z.object({ agriculturalRegistration: attestation, livesInVillage: attestation, housing: attestation }),
  { description: 'Eligibility facts attested on application: who and when (R1 四.(一), 五.(一); R2 四.(一))' },
);

const kind = z.enum(PHOTO_KINDS);
const documents = z.withMeta(
  z.object({
    complete: z.withMeta(z.boolean(), {
      description: 'Every document the policy requires of this file has an accepted upload',
    }),
    required: z.number().check(z.int()),
    present: z.number().check(z.int()),
    missing: z.withMeta(z.array(kind), { description: 'Required, without an accepted upload' }),
    overdue: z.withMeta(z.array(kind), { description: 'Missing although the step it follows is done' }),
    items: z.array(
      z.object({
        kind,
        present: z.boolean(),
        due: z.withMeta(z.boolean(), { description: 'The step it follows is done' }),
        dueAfter: z.withMeta(z.union([z.literal('applied'), step]), {
          description: 'The document exists from this step on',
        }),
        requiredAt: z.withMeta(step, { description: 'The step refused while it is missing (409 documents-missing)' }),
        clause: z.string(),
      }),
    ),
  }),
  { id: 'HousingDocuments' },
);

const caseSchema = z.withMeta(
  z.object({
    caseId: z.string(),
    previousCaseId: z.withMeta(z.optional(z.string()), {
      description: "The household's earlier, closed case this one follows (R2 三)",
    }),
    attestations: z.withMeta(z.optional(attestations), { description: 'Absent on cases opened before attestations' }),
    policyId: z.string(),
    programme: z.enum(PROGRAMMES),
    householdId: z.string(),
    householderId: z.string(),
    township: z.enum(TOWNSHIP_CODES),
    village: z.string(),
    grade: z.withMeta(z.enum(GRADES), { description: 'The appraised grade once there is one, else the applied grade' }),
    appliedGrade: z.enum(GRADES),
    appraisal: z.optional(z.object({ grade: z.enum(APPRAISED_GRADES), appraiser: z.string(), on: isoDate })),
    mode: z.enum(MODES),
    plannedArea: m2,
    largeHousehold: z.boolean(),
    safetyNet: z.boolean(),
    stableExit: z.boolean(),
    identityBasis: z.enum(['registered-poor', 'welfare', 'disabled-household']),
    repairCost: z.optional(yuanOut),
    appliedOn: isoDate,
    inRelocationPlan: z.boolean(),
    status,
    version: z.withMeta(z.number().check(z.int()), { description: 'Events so far' }),
    lastEventOn: isoDate,
    identityPassedBy: z.array(role),
    lastReturn: z.optional(z.object({ from: step, reason: z.string(), on: isoDate, by: actor })),
    completionBy: z.optional(isoDate),
    movedOut: z.optional(z.object({ arrangement: z.string(), on: isoDate })),
    constructionStartedOn: z.optional(isoDate),
    preliminaryAcceptance: z.optional(
      z.object({ builtArea: m2, oldHouse: z.optional(z.enum(['demolished', 'sealed'])), on: isoDate }),
    ),
    finalAcceptance: z.optional(z.object({ builtArea: m2, on: isoDate })),
    refusal: z.optional(z.object({ evidence: z.string(), on: isoDate })),
    sale: z.optional(
      z.object({
        on: isoDate,
        amountDue: z.withMeta(yuanOut, { description: 'The government backing money due back (R2 八.(二))' }),
        fiveYearsFrom: isoDate,
        early: z.withMeta(z.boolean(), { description: 'Sold before five years from final acceptance' }),
        clause: z.string(),
      }),
    ),
    subsidy: z.object({
      committed: z.withMeta(yuanOut, { description: 'Yuan due under the current facts (0 when cancelled)' }),
      paid: yuanOut,
      rule: z.string(),
      clause: z.string(),
      paidOn: z.optional(isoDate),
      account: z.optional(z.string()),
      cancelled: z.optional(cancelled),
    }),
    photos: z.object({
      accepted: z.object(
        Object.fromEntries(PHOTO_KINDS.map((k) => [k, z.number().check(z.int())])) as Record<
          (typeof PHOTO_KINDS)[number],
          z.ZodMiniNumber
        >,
      ),
      pending: z.number().check(z.int()),
      rejected: z.number().check(z.int()),
    }),
    createdBy: actor,
    documents: z.withMeta(z.optional(documents), {
      description:
        "The one-household file's completeness (R1 九.(五), R2 八.(五)): in a case file and a step's answer, absent in lists",
    }),
    next: z.withMeta(
      z.optional(
        z.object({
          step: step,
          roles: z.array(role),
          actions: z.array(z.object({ type: z.enum(EVENT_TYPES), roles: z.array(role) })),
        }),
      ),
      {
        description:
          'What the case waits for: the next step, who takes it, and every event it accepts now; absent when closed',
      },
    ),
  }),
  { id: 'HousingCase', description: 'A renovation case (money in yuan, areas in m²)' },
);

/** `passed: false` at a review or check returns the case: the entry then carries the return's fields. */
const returned = {
  returnedFrom: z.optional(step),
  rectify: z.optional(z.boolean()),
};
const notice = {
  from: isoDate,
  to: isoDate,
  days: z.number().check(z.int()),
  objections: z.enum(['none', 'resolved']),
};

const entry = <T extends string, D extends z.core.$ZodShape>(type: T, data: D) =>
  z.object({
    caseId: z.string(),
    seq: z.number().check(z.int(), z.gte(1)),
    type: z.literal(type),
    on: isoDate,
    actor,
    data: z.object(data),
    statusBefore: z.nullable(status),
    statusAfter: status,
  });

/** One entry of a case's append-only history, by type: the step's fields as given plus what it decided. */
const historyEntry = z.withMeta(
  z.discriminatedUnion('type', [
    entry('applied', {
      programme: z.enum(PROGRAMMES),
      householdId: z.string(),
      householderId: z.string(),
      township: z.enum(TOWNSHIP_CODES),
      village: z.string(),
      grade: z.enum(GRADES),
      mode: z.enum(MODES),
      plannedArea: m2,
      largeHousehold: z.optional(z.boolean()),
      repairCost: z.optional(yuanOut),
      appliedOn: isoDate,
      inRelocationPlan: z.optional(z.boolean()),
      attestations,
      policyId: z.string(),
      identityBasis: z.enum(['registered-poor', 'welfare', 'disabled-household']),
      safetyNet: z.boolean(),
      subsidy: yuanOut,
    }),
    entry('village-review', { passed: z.boolean(), reason: z.optional(z.string()), ...returned }),
    entry('village-notice', notice),
    entry('township-review', {
      passed: z.boolean(),
      homeVisitOn: z.optional(isoDate),
      meetingOn: z.optional(isoDate),
      reason: z.optional(z.string()),
      ...returned,
    }),
    entry('township-notice', notice),
    entry('identity-check', {
      passed: z.boolean(),
      reason: z.optional(z.string()),
      passedBy: z.optional(z.array(role)),
      complete: z.optional(z.boolean()),
      stillNeeded: z.optional(z.array(z.string())),
      ...returned,
    }),
    entry('appraisal', {
      grade: z.enum(APPRAISED_GRADES),
      appraiser: z.string(),
      gradeBefore: z.optional(z.enum(GRADES)),
      mode: z.optional(z.enum(MODES)),
      plannedArea: z.optional(m2),
      repairCost: z.optional(yuanOut),
      subsidy: yuanOut,
      subsidyRule: z.optional(z.string()),
    }),
    entry('approval', {
      noticeFrom: isoDate,
      noticeTo: isoDate,
      days: z.number().check(z.int()),
      objections: z.literal('none'),
      enteredNationalSystem: z.boolean(),
    }),
    entry('agreement', { completionBy: isoDate, beyondDeadline: z.boolean() }),
    entry('moved-out', { arrangement: z.string() }),
    entry('construction-start', {}),
    entry('preliminary-acceptance', { builtArea: m2, oldHouse: z.optional(z.enum(['demolished', 'sealed'])) }),
    entry('final-acceptance', {
      builtArea: m2,
      repairCost: z.optional(yuanOut),
      subsidy: yuanOut,
      subsidyRule: z.optional(z.string()),
      cancelled: z.optional(cancelled),
    }),
    entry('payment', { account: z.string(), amount: yuanOut }),
    entry('return', { reason: z.string(), returnedFrom: step, rectify: z.optional(z.boolean()) }),
    entry('refuse', { evidence: z.string() }),
    entry('sale', { evidence: z.string(), amountDue: yuanOut, fiveYearsFrom: isoDate, early: z.boolean() }),
  ]),
  { id: 'HousingHistoryEntry' },
);

const photoEntry = z.withMeta(
  z.object({
    photoId: z.string(),
    kind: z.enum(PHOTO_KINDS),
    contentType: z.enum(PHOTO_CONTENT_TYPES),
    status: z.enum(PHOTO_STATUSES),
    reason: z.optional(z.string()),
    reasonCode: z.withMeta(z.optional(z.string()), { description: 'Why the content check rejected it, as a code' }),
    decidedOn: z.optional(isoDate),
    width: z.optional(z.number().check(z.int())),
    height: z.optional(z.number().check(z.int())),
  }),
  { id: 'HousingPhoto' },
);

const caseFile = z.withMeta(
  z.object({ ...caseSchema.shape, history: z.array(historyEntry), photoList: z.array(photoEntry) }),
  { id: 'HousingCaseFile', description: 'One household, one file: the case, its history and its photos' },
);

const caseAfterStep = z.withMeta(z.object({ ...caseSchema.shape, event: historyEntry }), {
  id: 'HousingCaseAfterStep',
  description: 'The case after the step, with the history entry it added',
});

export const HOUSING_CONTRACTS = {
  create: contract({
    route: 'POST /v1/housing/cases',
    body: caseBodySchema,
    success: {
      status: 201,
      schema: caseFile,
      description: 'Opened',
      replay: 'The same application posted again: the case file as stored',
    },
    errors: { 404: ['person-not-found'], 409: ['not-eligible', 'case-exists'] },
  }),
  list: contract({
    route: 'GET /v1/housing/cases',
    query: caseListQuerySchema,
    success: {
      status: 200,
      schema: z.withMeta(
        z.object({
          cases: z.array(caseSchema),
          nextToken: z.withMeta(z.optional(z.string()), { description: 'Pass back as ?nextToken= for the next page' }),
        }),
        { id: 'HousingCasePage' },
      ),
      description: 'A page of cases',
    },
    // A nextToken this deployment did not issue for this caller's scope and filters (docs/security.md).
    errors: { 400: ['invalid-token'] },
  }),
  get: contract({
    route: 'GET /v1/housing/cases/{caseId}',
    params: casePathSchema,
    success: {
      status: 200,
      schema: caseFile,
      description: 'One household, one file: the case, its history and photos',
    },
    errors: { 404: ['case-not-found'] },
  }),
  event: contract({
    route: 'POST /v1/housing/cases/{caseId}/events',
    params: casePathSchema,
    body: eventBodySchema,
    success: {
      status: 201,
      schema: caseAfterStep,
      description: 'The case after the step',
      replay: 'The same step posted again: the case and the entry as first recorded',
    },
    errors: { 404: ['case-not-found'], 409: ['invalid-transition', 'concurrent-update'] },
  }),
  photo: contract({
    route: 'POST /v1/housing/cases/{caseId}/photos',
    params: casePathSchema,
    body: photoBodySchema,
    success: {
      status: 201,
      schema: z.withMeta(
        z.object({
          photoId: z.string(),
          upload: z.object({
            url: z.url(),
            fields: z.withMeta(z.record(z.string(), z.string()), {
              description: 'Form fields to send before the file',
            }),
          }),
          expiresAt: z.iso.datetime(),
        }),
        { id: 'PhotoUpload' },
      ),
      description: 'A presigned POST for exactly this photo',
    },
    errors: { 404: ['case-not-found'] },
  }),
  photoGet: contract({
    route: 'GET /v1/housing/cases/{caseId}/photos/{photoId}',
    params: photoPathSchema,
    success: {
      status: 200,
      schema: z.withMeta(
        z.object({
          status: z.enum(PHOTO_STATUSES),
          kind: z.enum(PHOTO_KINDS),
          reason: z.optional(z.string()),
          reasonCode: z.withMeta(z.optional(z.string()), {
            description: 'Why the content check rejected it, as a code',
          }),
          url: z.withMeta(z.optional(z.url()), { description: 'Short-lived signed GET link, when accepted' }),
        }),
        { id: 'PhotoStatus' },
      ),
      description: 'The check result; a short-lived link when accepted',
    },
    errors: { 404: ['case-not-found', 'photo-not-found'] },
  }),
};
