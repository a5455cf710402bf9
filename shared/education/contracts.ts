import { z } from 'zod';
import { contract } from '../http/contract.js';
import {
  openingBalanceSchema,
  paymentSchema,
  studentPathSchema,
  studentSchema,
  verificationQuerySchema,
  verificationSchema,
} from './schemas.js';

const entrySchema = z
  .object({
    paymentId: z.string(),
    studentId: z.string(),
    type: z.string(),
    academicYear: z.number(),
    amount: z.number().meta({ description: 'yuan' }),
    rule: z.string(),
    clause: z.string(),
    slot: z.string(),
    paidOn: z.string(),
    stage: z.string().optional().meta({ description: "The register's stage when paid" }),
    hardshipFinding: z.string().optional(),
    openingBalance: z.boolean().optional().meta({ description: 'Paid before the system; entered so caps count it' }),
    evidence: z.string().optional(),
    paidBy: z.string(),
  })
  .meta({ id: 'EducationLedgerEntry' });

const registerChangeSchema = z
  .object({ at: z.string(), by: z.string(), before: studentSchema.nullable(), after: studentSchema })
  .meta({ id: 'EducationRegisterChange' });

export const EDUCATION_CONTRACTS = {
  student: contract({
    route: 'POST /v1/education/students',
    body: studentSchema,
    success: {
      status: 201,
      schema: studentSchema,
      description: 'Registered (200 when the student was already registered)',
    },
  }),
  studentGet: contract({
    route: 'GET /v1/education/students/{studentId}',
    params: studentPathSchema,
    success: {
      status: 200,
      schema: z.object({
        student: studentSchema,
        verified: z.array(z.string()),
        payments: z.array(entrySchema),
        totals: z.record(z.string(), z.number()),
        caps: z.object({
          universityAid: z.object({ cap: z.number(), paid: z.number(), room: z.number() }),
        }),
        registerHistory: z.array(registerChangeSchema),
      }),
      description:
        'The student, verifications, payments (opening balances marked), totals, caps and register changes (yuan)',
    },
    errors: [404],
  }),
  verify: contract({
    route: 'POST /v1/education/students/{studentId}/verifications',
    params: studentPathSchema,
    body: verificationSchema,
    success: { status: 201, schema: verificationSchema, description: 'Recorded' },
    errors: [404],
  }),
  verifications: contract({
    route: 'GET /v1/education/verifications',
    query: verificationQuerySchema,
    success: {
      status: 200,
      schema: z.object({ semester: z.string(), verified: z.array(z.string()), unverified: z.array(z.string()) }),
      description: 'Student ids verified and not yet verified',
    },
  }),
  payment: contract({
    route: 'POST /v1/education/payments',
    body: paymentSchema,
    success: {
      status: 201,
      schema: entrySchema,
      description: 'Paid (200 with the first result when the paymentId was seen)',
    },
    errors: [404, 409],
  }),
  openingBalance: contract({
    route: 'POST /v1/education/opening-balances',
    body: openingBalanceSchema,
    success: {
      status: 201,
      schema: entrySchema,
      description: 'Entered (200 with the first result when the paymentId was seen)',
    },
    errors: [404, 409],
  }),
};
