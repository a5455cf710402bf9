import { z } from 'zod';
import { isoDate, personId } from '../http/schemas.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';
import { FAMILIES, PAYMENT_TYPES, STAGES } from './entitlements.js';

export const SEMESTERS = ['2019-spring', '2019-autumn'] as const;

export const studentSchema = z
  .strictObject({
    studentId: personId,
    name: z.string().trim().min(1).max(64),
    householdId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    township: z.enum(TOWNSHIP_CODES),
    family: z.enum(FAMILIES),
    stage: z.enum(STAGES),
    school: z.string().trim().min(1).max(100),
    admissionYear: z.number().int().min(2000).max(2100),
  })
  .meta({ id: 'Student' });

export const verificationSchema = z
  .strictObject({ semester: z.enum(SEMESTERS), on: isoDate })
  .meta({ id: 'Verification' });
export const verificationQuerySchema = z.object({ semester: z.enum(SEMESTERS) });
export const studentPathSchema = z.object({ studentId: personId });

export const paymentSchema = z
  .strictObject({
    paymentId: z.string().regex(/^[A-Za-z0-9._-]{1,64}$/),
    studentId: personId,
    type: z.enum(PAYMENT_TYPES),
    academicYear: z.number().int().min(2000).max(2100),
    hardshipFinding: z.string().trim().min(1).max(1000).optional(),
    paidOn: isoDate,
  })
  .refine((p) => p.type !== 'hardship-aid' || p.hardshipFinding !== undefined, {
    message: 'is required for hardship aid',
    path: ['hardshipFinding'],
  })
  .meta({ id: 'EducationPayment' });
