import { z } from 'zod';
import { contract } from '../http/contract.js';
import {
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
  })
  .meta({ id: 'EducationLedgerEntry' });

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
      }),
      description: 'The student, verifications, payments and totals (yuan)',
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
};
