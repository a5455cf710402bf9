import * as z from 'zod';
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

const yuanOut = z.number().meta({ description: 'Yuan' });
const m2 = z.number().meta({ description: 'm²' });
const role = z.enum(ROLES);
const actor = z.object({ sub: z.string(), role, township: z.string().optional() }).meta({ id: 'HousingActor' });
const status = z.enum(CASE_STATUSES);
const step = z.enum(STEP_TYPES);
const cancelled = z.object({ reason: z.string(), clause: z.string(), builtArea: m2, limit: m2 });

const attestation = z.object({ by: z.string(), on: isoDate });
const attestations = z
  .object({ agriculturalRegistration: attestation, livesInVillage: attestation, housing: attestation })
  .meta({ description: 'Eligibility facts attested on application: who and when (R1 四.(一), 五.(一); R2 四.(一))' });

const kind = z.enum(PHOTO_KINDS);
const documents = z
  .object({
    complete: z
      .boolean()
      .meta({ description: 'Every document the policy requires of this file has an accepted upload' }),
    required: z.number().int(),
    present: z.number().int(),
    missing: z.array(kind).meta({ description: 'Required, without an accepted upload' }),
    overdue: z.array(kind).meta({ description: 'Missing although the step it follows is done' }),
    items: z.array(
      z.object({
        kind,
        present: z.boolean(),
        due: z.boolean().meta({ description: 'The step it follows is done' }),
        dueAfter: z.union([z.literal('applied'), step]).meta({ description: 'The document exists from this step on' }),
        requiredAt: step.meta({ description: 'The step refused while it is missing (409 documents-missing)' }),
        clause: z.string(),
      }),
    ),
  })
  .meta({ id: 'HousingDocuments' });

const caseSchema = z
  .object({
    caseId: z.string(),
    previousCaseId: z
      .string()
      .optional()
      .meta({ description: "The household's earlier, closed case this one follows (R2 三)" }),
    attestations: attestations.optional().meta({ description: 'Absent on cases opened before attestations' }),
    policyId: z.string(),
    programme: z.enum(PROGRAMMES),
    householdId: z.string(),
    householderId: z.string(),
    township: z.enum(TOWNSHIP_CODES),
    village: z.string(),
    grade: z.enum(GRADES).meta({ description: 'The appraised grade once there is one, else the applied grade' }),
    appliedGrade: z.enum(GRADES),
    appraisal: z.object({ grade: z.enum(APPRAISED_GRADES), appraiser: z.string(), on: isoDate }).optional(),
    mode: z.enum(MODES),
    plannedArea: m2,
    largeHousehold: z.boolean(),
    safetyNet: z.boolean(),
    stableExit: z.boolean(),
    identityBasis: z.enum(['registered-poor', 'welfare', 'disabled-household']),
    repairCost: yuanOut.optional(),
    appliedOn: isoDate,
    inRelocationPlan: z.boolean(),
    status,
    version: z.number().int().meta({ description: 'Events so far' }),
    lastEventOn: isoDate,
    identityPassedBy: z.array(role),
    lastReturn: z.object({ from: step, reason: z.string(), on: isoDate, by: actor }).optional(),
    completionBy: isoDate.optional(),
    movedOut: z.object({ arrangement: z.string(), on: isoDate }).optional(),
    constructionStartedOn: isoDate.optional(),
    preliminaryAcceptance: z
      .object({ builtArea: m2, oldHouse: z.enum(['demolished', 'sealed']).optional(), on: isoDate })
      .optional(),
    finalAcceptance: z.object({ builtArea: m2, on: isoDate }).optional(),
    refusal: z.object({ evidence: z.string(), on: isoDate }).optional(),
    sale: z
      .object({
        on: isoDate,
        amountDue: yuanOut.meta({ description: 'The government backing money due back (R2 八.(二))' }),
        fiveYearsFrom: isoDate,
        early: z.boolean().meta({ description: 'Sold before five years from final acceptance' }),
        clause: z.string(),
      })
      .optional(),
    subsidy: z.object({
      committed: yuanOut.meta({ description: 'Yuan due under the current facts (0 when cancelled)' }),
      paid: yuanOut,
      rule: z.string(),
      clause: z.string(),
      paidOn: isoDate.optional(),
      account: z.string().optional(),
      cancelled: cancelled.optional(),
    }),
    photos: z.object({
      accepted: z.object(
        Object.fromEntries(PHOTO_KINDS.map((k) => [k, z.number().int()])) as Record<
          (typeof PHOTO_KINDS)[number],
          z.ZodNumber
        >,
      ),
      pending: z.number().int(),
      rejected: z.number().int(),
    }),
    createdBy: actor,
    documents: documents.optional().meta({
      description:
        "The one-household file's completeness (R1 九.(五), R2 八.(五)): in a case file and a step's answer, absent in lists",
    }),
    next: z
      .object({
        step: step,
        roles: z.array(role),
        actions: z.array(z.object({ type: z.enum(EVENT_TYPES), roles: z.array(role) })),
      })
      .optional()
      .meta({
        description:
          'What the case waits for: the next step, who takes it, and every event it accepts now; absent when closed',
      }),
  })
  .meta({ id: 'HousingCase', description: 'A renovation case (money in yuan, areas in m²)' });

/** `passed: false` at a review or check returns the case: the entry then carries the return's fields. */
const returned = {
  returnedFrom: step.optional(),
  rectify: z.boolean().optional(),
};
const notice = { from: isoDate, to: isoDate, days: z.number().int(), objections: z.enum(['none', 'resolved']) };

const entry = <T extends string, D extends z.ZodRawShape>(type: T, data: D) =>
  z.object({
    caseId: z.string(),
    seq: z.number().int().min(1),
    type: z.literal(type),
    on: isoDate,
    actor,
    data: z.object(data),
    statusBefore: status.nullable(),
    statusAfter: status,
  });

/** One entry of a case's append-only history, by type: the step's fields as given plus what it decided. */
const historyEntry = z
  .discriminatedUnion('type', [
    entry('applied', {
      programme: z.enum(PROGRAMMES),
      householdId: z.string(),
      householderId: z.string(),
      township: z.enum(TOWNSHIP_CODES),
      village: z.string(),
      grade: z.enum(GRADES),
      mode: z.enum(MODES),
      plannedArea: m2,
      largeHousehold: z.boolean().optional(),
      repairCost: yuanOut.optional(),
      appliedOn: isoDate,
      inRelocationPlan: z.boolean().optional(),
      attestations,
      policyId: z.string(),
      identityBasis: z.enum(['registered-poor', 'welfare', 'disabled-household']),
      safetyNet: z.boolean(),
      subsidy: yuanOut,
    }),
    entry('village-review', { passed: z.boolean(), reason: z.string().optional(), ...returned }),
    entry('village-notice', notice),
    entry('township-review', {
      passed: z.boolean(),
      homeVisitOn: isoDate.optional(),
      meetingOn: isoDate.optional(),
      reason: z.string().optional(),
      ...returned,
    }),
    entry('township-notice', notice),
    entry('identity-check', {
      passed: z.boolean(),
      reason: z.string().optional(),
      passedBy: z.array(role).optional(),
      complete: z.boolean().optional(),
      stillNeeded: z.array(z.string()).optional(),
      ...returned,
    }),
    entry('appraisal', {
      grade: z.enum(APPRAISED_GRADES),
      appraiser: z.string(),
      gradeBefore: z.enum(GRADES).optional(),
      mode: z.enum(MODES).optional(),
      plannedArea: m2.optional(),
      repairCost: yuanOut.optional(),
      subsidy: yuanOut,
      subsidyRule: z.string().optional(),
    }),
    entry('approval', {
      noticeFrom: isoDate,
      noticeTo: isoDate,
      days: z.number().int(),
      objections: z.literal('none'),
      enteredNationalSystem: z.boolean(),
    }),
    entry('agreement', { completionBy: isoDate, beyondDeadline: z.boolean() }),
    entry('moved-out', { arrangement: z.string() }),
    entry('construction-start', {}),
    entry('preliminary-acceptance', { builtArea: m2, oldHouse: z.enum(['demolished', 'sealed']).optional() }),
    entry('final-acceptance', {
      builtArea: m2,
      repairCost: yuanOut.optional(),
      subsidy: yuanOut,
      subsidyRule: z.string().optional(),
      cancelled: cancelled.optional(),
    }),
    entry('payment', { account: z.string(), amount: yuanOut }),
    entry('return', { reason: z.string(), returnedFrom: step, rectify: z.boolean().optional() }),
    entry('refuse', { evidence: z.string() }),
    entry('sale', { evidence: z.string(), amountDue: yuanOut, fiveYearsFrom: isoDate, early: z.boolean() }),
  ])
  .meta({ id: 'HousingHistoryEntry' });

const photoEntry = z
  .object({
    photoId: z.string(),
    kind: z.enum(PHOTO_KINDS),
    contentType: z.enum(PHOTO_CONTENT_TYPES),
    status: z.enum(PHOTO_STATUSES),
    reason: z.string().optional(),
    reasonCode: z.string().optional().meta({ description: 'Why the content check rejected it, as a code' }),
    decidedOn: isoDate.optional(),
    width: z.number().int().optional(),
    height: z.number().int().optional(),
  })
  .meta({ id: 'HousingPhoto' });

const caseFile = z
  .object({ ...caseSchema.shape, history: z.array(historyEntry), photoList: z.array(photoEntry) })
  .meta({ id: 'HousingCaseFile', description: 'One household, one file: the case, its history and its photos' });

const caseAfterStep = z
  .object({ ...caseSchema.shape, event: historyEntry })
  .meta({ id: 'HousingCaseAfterStep', description: 'The case after the step, with the history entry it added' });

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
      schema: z
        .object({
          cases: z.array(caseSchema),
          nextToken: z.string().optional().meta({ description: 'Pass back as ?nextToken= for the next page' }),
        })
        .meta({ id: 'HousingCasePage' }),
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
      schema: z
        .object({
          photoId: z.string(),
          upload: z.object({
            url: z.url(),
            fields: z.record(z.string(), z.string()).meta({ description: 'Form fields to send before the file' }),
          }),
          expiresAt: z.iso.datetime(),
        })
        .meta({ id: 'PhotoUpload' }),
      description: 'A presigned POST for exactly this photo',
    },
    errors: { 404: ['case-not-found'] },
  }),
  photoGet: contract({
    route: 'GET /v1/housing/cases/{caseId}/photos/{photoId}',
    params: photoPathSchema,
    success: {
      status: 200,
      schema: z
        .object({
          status: z.enum(PHOTO_STATUSES),
          kind: z.enum(PHOTO_KINDS),
          reason: z.string().optional(),
          reasonCode: z.string().optional().meta({ description: 'Why the content check rejected it, as a code' }),
          url: z.url().optional().meta({ description: 'Short-lived signed GET link, when accepted' }),
        })
        .meta({ id: 'PhotoStatus' }),
      description: 'The check result; a short-lived link when accepted',
    },
    errors: { 404: ['case-not-found', 'photo-not-found'] },
  }),
};
