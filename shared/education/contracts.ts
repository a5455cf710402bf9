import * as z from '../zod.js';
import { contract } from '../http/contract.js';
import { isoDate } from '../http/schemas.js';
import { PAYMENT_TYPES, STAGES } from './entitlements.js';
import {
  openingBalanceSchema,
  paymentSchema,
  studentPathSchema,
  studentSchema,
  verificationQuerySchema,
  verificationSchema,
} from './schemas.js';

const entrySchema = z.withMeta(
  z.object({
    paymentId: z.string(),
    studentId: z.string(),
    type: z.enum(PAYMENT_TYPES),
    academicYear: z.number().check(z.int()),
    amount: z.withMeta(z.number(), { description: 'Yuan' }),
    rule: z.string(),
    clause: z.string(),
    slot: z.withMeta(z.string(), { description: 'The once-only slot the payment took (per year, per stage)' }),
    paidOn: isoDate,
    stage: z.withMeta(z.optional(z.enum(STAGES)), { description: "The register's stage when paid" }),
    hardshipFinding: z.optional(z.string()),
    openingBalance: z.withMeta(z.optional(z.boolean()), {
      description: 'Paid before the system; entered so caps count it',
    }),
    evidence: z.optional(z.string()),
    paidBy: z.withMeta(z.string(), { description: 'Who recorded the payment (the caller’s subject)' }),
  }),
  { id: 'EducationLedgerEntry' },
);

const registerChangeSchema = z.withMeta(
  z.object({ at: z.string(), by: z.string(), before: z.nullable(studentSchema), after: studentSchema }),
  { id: 'EducationRegisterChange' },
);

/** 409 codes of a payment: a paymentId reused with another request, or the rule that refused it. */
const REFUSALS = [
  'payment-conflict',
  'cap-reached',
  'once-per-stage',
  'not-verified',
  'not-eligible',
  'not-yet-due',
  'family-not-confirmed',
  'no-policy',
];

export const EDUCATION_CONTRACTS = {
  student: contract({
    route: 'POST /v1/education/students',
    body: studentSchema,
    success: {
      status: 201,
      schema: studentSchema,
      description: 'Registered',
      replay: 'The student was already registered: the register entry as posted',
    },
  }),
  studentGet: contract({
    route: 'GET /v1/education/students/{studentId}',
    params: studentPathSchema,
    success: {
      status: 200,
      schema: z.withMeta(
        z.object({
          student: studentSchema,
          verified: z.withMeta(z.array(z.string()), { description: 'Semesters verified (YYYY-spring, YYYY-autumn)' }),
          payments: z.array(entrySchema),
          totals: z.withMeta(z.partialRecord(z.enum(PAYMENT_TYPES), z.number()), { description: 'Yuan paid by type' }),
          caps: z.object({
            universityAid: z.object({ cap: z.number(), paid: z.number(), room: z.number() }),
          }),
          registerHistory: z.array(registerChangeSchema),
        }),
        { id: 'StudentFile' },
      ),
      description:
        'The student, verifications, payments (opening balances marked), totals, caps and register changes (yuan)',
    },
    errors: { 404: ['student-not-found'] },
  }),
  verify: contract({
    route: 'POST /v1/education/students/{studentId}/verifications',
    params: studentPathSchema,
    body: verificationSchema,
    success: { status: 201, schema: verificationSchema, description: 'Recorded' },
    errors: { 404: ['student-not-found'] },
  }),
  verifications: contract({
    route: 'GET /v1/education/verifications',
    query: verificationQuerySchema,
    success: {
      status: 200,
      schema: z.withMeta(
        z.object({ semester: z.string(), verified: z.array(z.string()), unverified: z.array(z.string()) }),
        { id: 'Verifications' },
      ),
      description: 'Student ids verified and not yet verified',
    },
  }),
  payment: contract({
    route: 'POST /v1/education/payments',
    body: paymentSchema,
    success: {
      status: 201,
      schema: entrySchema,
      description: 'Paid',
      replay: 'The paymentId was seen with the same request: the first result',
    },
    errors: {
      400: ['no-policy'],
      404: ['student-not-found'],
      409: REFUSALS,
      429: ['too-many-requests'],
    },
  }),
  openingBalance: contract({
    route: 'POST /v1/education/opening-balances',
    body: openingBalanceSchema,
    success: {
      status: 201,
      schema: entrySchema,
      description: 'Entered',
      replay: 'The paymentId was seen with the same request: the first result',
    },
    errors: { 400: ['no-policy'], 404: ['student-not-found'], 409: REFUSALS, 429: ['too-many-requests'] },
  }),
};
