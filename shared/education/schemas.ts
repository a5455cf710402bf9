import * as z from '../zod.js';
import { freeText, isoDate, personId, yuan } from '../http/schemas.js';
import { TOWNSHIP_CODES } from '../reference/townships.js';
import { FAMILIES, PAYMENT_TYPES, STAGES } from './entitlements.js';

/**
 * A semester: `<year>-autumn` (August to January) or `<year>-spring` (February to July). The two cover the
 * whole academic year, so every payment date has a semester that can be verified.
 */
export const semesterSchema = z.withMeta(
  z
    .string()
    .check(z.regex(/^(20\d\d)-(spring|autumn)$/, { message: 'must be YYYY-spring or YYYY-autumn (2000-2099)' })),
  { example: '2019-autumn' },
);

export const studentSchema = z.withMeta(
  z.strictObject({
    studentId: personId,
    name: freeText(64),
    householdId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)),
    township: z.enum(TOWNSHIP_CODES),
    family: z.enum(FAMILIES),
    stage: z.enum(STAGES),
    school: freeText(100),
    admissionYear: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
  }),
  { id: 'Student' },
);

export const verificationSchema = z.withMeta(z.strictObject({ semester: semesterSchema, on: isoDate }), {
  id: 'Verification',
});
export const verificationQuerySchema = z.object({ semester: semesterSchema });
export const studentPathSchema = z.object({ studentId: personId });

export const paymentSchema = z.withMeta(
  z
    .strictObject({
      paymentId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)),
      studentId: personId,
      type: z.enum(PAYMENT_TYPES),
      academicYear: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
      hardshipFinding: z.optional(freeText(1000, { multiline: true })),
      paidOn: isoDate,
    })
    .check(
      z.refine((p) => p.type !== 'hardship-aid' || p.hardshipFinding !== undefined, {
        message: 'is required for hardship aid',
        path: ['hardshipFinding'],
      }),
    ),
  { id: 'EducationPayment' },
);

export const openingBalanceSchema = z.withMeta(
  z.strictObject({
    paymentId: z.string().check(z.regex(/^[A-Za-z0-9._-]{1,64}$/)),
    studentId: personId,
    type: z.enum(PAYMENT_TYPES),
    academicYear: z.number().check(z.int(), z.gte(2000), z.lte(2100)),
    amount: yuan.check(
      z.refine((fen) => fen > 0 && fen <= 4_000_000, { message: 'must be more than 0 and at most 40000' }),
    ),
    paidOn: isoDate,
    stage: z.enum(STAGES),
    evidence: freeText(200),
  }),
  {
    id: 'EducationOpeningBalance',
    description: 'A payment made before the system (earlier academic years), entered so the caps count it',
  },
);
