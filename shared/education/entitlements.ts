import { monthOf, yearOf, type IsoDate } from '../dates.js';
import type { Fen } from '../money.js';
import type { EducationPolicy } from './policy.js';

export const STAGES = [
  'preschool',
  'compulsory',
  'high-school',
  'university-bachelor',
  'university-junior-college',
] as const;
export type Stage = (typeof STAGES)[number];
export const FAMILIES = ['registered-poor', 'minimum-living-allowance', 'orphan'] as const;
export type Family = (typeof FAMILIES)[number];
export const PAYMENT_TYPES = ['university-aid', 'milk-subsidy', 'hardship-aid'] as const;
export type PaymentType = (typeof PAYMENT_TYPES)[number];

export interface Student {
  studentId: string;
  name: string;
  householdId: string;
  township: string;
  family: Family;
  stage: Stage;
  school: string;
  admissionYear: number;
}

export interface PaymentRequest {
  paymentId: string;
  studentId: string;
  type: PaymentType;
  academicYear: number;
  hardshipFinding?: string;
  paidOn: IsoDate;
}

export type RefusalCode = 'cap-reached' | 'once-per-stage' | 'not-verified' | 'not-eligible';

export interface Entitlement {
  type: PaymentType;
  amount: Fen;
  rule: string;
  clause: string;
  /**
   * The once-only slot this payment takes. Stored with a not-exists condition in the same transaction
   * as the payment, it makes each cap unbreakable under retries and concurrency: one university-aid
   * slot per academic year inside the capped years, one milk slot per year, one hardship slot per stage.
   */
  slot: string;
}

export type Decision =
  | { ok: true; entitlement: Entitlement }
  | { ok: false; code: RefusalCode; message: string; clause: string };

/**
 * The semester a payment date falls in (decision, E 三.(一) "每学期开学初进行…核查"): February–July is the
 * spring semester of that year, August–December the autumn semester, January still the previous autumn.
 */
export function semesterOf(date: IsoDate): string {
  const month = Number(monthOf(date).slice(5));
  const year = yearOf(date);
  if (month === 1) return `${year - 1}-autumn`;
  return month <= 7 ? `${year}-spring` : `${year}-autumn`;
}

const hardshipStage = (stage: Stage): 'preschool' | 'compulsory' | 'highSchool' | 'university' =>
  stage === 'preschool'
    ? 'preschool'
    : stage === 'compulsory'
      ? 'compulsory'
      : stage === 'high-school'
        ? 'highSchool'
        : 'university';

/**
 * Decides one payment (SPEC §5, E 三.(二)): who qualifies, how much, and which once-only slot it takes.
 * Pure. `verified` is the set of semesters the student was confirmed at school.
 */
export function decidePayment(
  student: Student,
  request: PaymentRequest,
  verified: ReadonlySet<string>,
  policy: EducationPolicy,
): Decision {
  const p = policy.parameters;
  const refuse = (code: RefusalCode, message: string, clause: string): Decision => ({
    ok: false,
    code,
    message,
    clause,
  });
  const semester = semesterOf(request.paidOn);
  // Checked after who qualifies and before the caps: an ineligible student is told so, not to verify.
  const unverified = (): Decision | undefined =>
    verified.has(semester)
      ? undefined
      : refuse(
          'not-verified',
          `The student is not verified at school for ${semester}; payments wait for the semester's check.`,
          'E 三.(一) (decision: no payment before verification)',
        );
  switch (request.type) {
    case 'university-aid': {
      const clause = p.universityAid.perAcademicYear.citation;
      if (student.stage !== 'university-bachelor' && student.stage !== 'university-junior-college') {
        return refuse(
          'not-eligible',
          'University aid is for students admitted to a bachelor or junior-college course.',
          clause,
        );
      }
      if (!p.universityAid.families.value.includes(student.family))
        return refuse('not-eligible', `A ${student.family} family does not qualify for university aid.`, clause);
      if (request.academicYear < student.admissionYear) {
        return refuse(
          'not-eligible',
          `University aid starts with the academic year of admission (${student.admissionYear}).`,
          clause,
        );
      }
      const pending = unverified();
      if (pending) return pending;
      const per = p.universityAid.perAcademicYear.value;
      const cap =
        student.stage === 'university-bachelor'
          ? p.universityAid.capBachelor.value
          : p.universityAid.capJuniorCollege.value;
      const years = Math.floor(cap / per);
      if (request.academicYear >= student.admissionYear + years) {
        return refuse(
          'cap-reached',
          `The cumulative cap of ${cap / 100} yuan is ${years} academic years from ${student.admissionYear}.`,
          clause,
        );
      }
      return {
        ok: true,
        entitlement: {
          type: request.type,
          amount: per,
          rule: 'university-aid',
          clause,
          slot: `university-aid#${request.academicYear}`,
        },
      };
    }
    case 'milk-subsidy': {
      const clause = p.milkSubsidy.perYear.citation;
      if (!p.milkSubsidy.stages.value.includes(student.stage))
        return refuse('not-eligible', 'The milk subsidy is for preschool to high school.', clause);
      if (!p.milkSubsidy.families.value.includes(student.family))
        return refuse('not-eligible', 'The milk subsidy is for registered-poor families only.', clause);
      const pending = unverified();
      if (pending) return pending;
      return {
        ok: true,
        entitlement: {
          type: request.type,
          amount: p.milkSubsidy.perYear.value,
          rule: 'milk-subsidy',
          clause,
          slot: `milk-subsidy#${request.academicYear}`,
        },
      };
    }
    case 'hardship-aid': {
      const clause = p.hardshipAid.preschool.citation;
      if (!request.hardshipFinding || request.hardshipFinding.trim() === '') {
        return refuse(
          'not-eligible',
          'Hardship aid needs a recorded finding that the student still faces severe hardship.',
          clause,
        );
      }
      const pending = unverified();
      if (pending) return pending;
      const stage = hardshipStage(student.stage);
      return {
        ok: true,
        entitlement: {
          type: request.type,
          amount: p.hardshipAid[stage].value,
          rule: `hardship-aid-${stage}`,
          clause,
          slot: `hardship-aid#${stage}`,
        },
      };
    }
  }
}

/** The refusal a taken slot means (the slot's once-only rule). */
export function slotRefusal(entitlement: Entitlement): { code: RefusalCode; message: string } {
  if (entitlement.type === 'hardship-aid')
    return { code: 'once-per-stage', message: 'Hardship aid is paid at most once per student per stage.' };
  if (entitlement.type === 'milk-subsidy')
    return { code: 'cap-reached', message: 'The milk subsidy for this year was already paid.' };
  return { code: 'cap-reached', message: 'University aid for this academic year was already paid.' };
}

export function unverifiedStudents(students: readonly Student[], verified: ReadonlySet<string>): Student[] {
  return students.filter((s) => !verified.has(s.studentId));
}
