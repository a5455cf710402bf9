import * as z from '../zod.js';
import { contract } from '../http/contract.js';
import { personId } from '../http/schemas.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';

const setter = z.object({ by: z.string(), role: z.string(), at: z.string(), via: z.string() });
export const personViewSchema = z.withMeta(
  z.object({
    personId: z.string(),
    name: z.string(),
    householdId: z.string(),
    township: z.string(),
    village: z.string(),
    registeredFrom: z.optional(z.string()),
    registeredUntil: z.optional(z.string()),
    birthDate: z.optional(z.string()),
    insuredYears: z.array(z.number()),
    flags: z.array(
      z.object({
        flag: z.string(),
        name: z.withMeta(z.string(), { description: 'The flag in Chinese' }),
        value: z.boolean(),
        setBy: z.withMeta(z.optional(setter), { description: 'Who last changed it, when, through what' }),
      }),
    ),
  }),
  { id: 'PersonView' },
);

const yuanRecord = z.record(z.string(), z.number());

const householdSchema = z.withMeta(
  z.object({
    householdId: z.string(),
    township: z.string(),
    village: z.string(),
    members: z.array(personViewSchema),
    arrears: z.object({
      flagged: z.boolean(),
      reason: z.optional(z.string()),
      flaggedByHospital: z.optional(z.string()),
    }),
    claims: z.array(
      z.object({
        claimId: z.string(),
        hospitalId: z.string(),
        personId: z.string(),
        year: z.number(),
        serviceDate: z.optional(z.string()),
        kind: z.optional(z.string()),
        status: z.enum(['settled', 'voided']),
        amounts: z.withMeta(yuanRecord, { description: 'Payer → yuan, as settled' }),
      }),
    ),
    housing: z.nullable(
      z.object({
        caseId: z.string(),
        programme: z.string(),
        status: z.string(),
        grade: z.string(),
        committed: z.number(),
        paid: z.number(),
        paidOn: z.optional(z.string()),
        appliedOn: z.string(),
        photos: z.array(
          z.object({ photoId: z.string(), kind: z.string(), status: z.string(), decidedOn: z.optional(z.string()) }),
        ),
      }),
    ),
    education: z.array(
      z.object({
        studentId: z.string(),
        name: z.string(),
        payments: z.array(
          z.object({
            studentId: z.string(),
            paymentId: z.string(),
            type: z.string(),
            academicYear: z.number().check(z.int()),
            amount: z.withMeta(z.number(), { description: 'Yuan' }),
            paidOn: z.string(),
            rule: z.string(),
            clause: z.string(),
          }),
        ),
        total: z.number(),
      }),
    ),
    rangers: z.array(
      z.object({
        personId: z.string(),
        township: z.string(),
        from: z.string(),
        status: z.string(),
        releasedOn: z.optional(z.string()),
        pay: z.array(z.object({ month: z.string(), amount: z.number() })),
        total: z.number(),
      }),
    ),
    totals: z.withMeta(
      z.array(
        z.object({
          programme: z.enum(['medical', 'housing', 'education', 'ranger']),
          year: z.number(),
          amount: z.number(),
        }),
      ),
      { description: 'Yuan per programme and year: medical = every payer but the patient on settled claims' },
    ),
  }),
  { id: 'Household' },
);

export const HOUSEHOLD_CONTRACTS = {
  household: contract({
    route: 'GET /v1/households/{householdId}',
    params: z.object({ householdId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)) }),
    success: { status: 200, schema: householdSchema, description: 'One household at a glance (一户一档)' },
    errors: { 404: ['household-not-found'] },
  }),
  person: contract({
    route: 'GET /v1/persons/{personId}',
    params: z.object({ personId }),
    success: { status: 200, schema: personViewSchema, description: 'The person, with who set each flag and when' },
    errors: { 404: ['person-not-found'] },
  }),
  search: contract({
    route: 'GET /v1/persons',
    query: z.object({
      q: z.withMeta(z.string().check(z.trim(), z.minLength(1), z.maxLength(64)), {
        description: 'Identity number, household id, or part of a name',
      }),
      township: z.optional(z.enum(TOWNSHIP_CODES)),
    }),
    success: {
      status: 200,
      schema: z.object({ persons: z.array(personViewSchema), truncated: z.boolean() }),
      description: 'At most 50 persons',
    },
  }),
};
