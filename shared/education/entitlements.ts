import { monthOf, yearOf, type IsoDate } from '../dates.js';
import type { Fen } from '../money.js';
import { isRegisteredOn, type Person } from '../roster/types.js';
import { resolveOn, type PolicyDocument } from '../policy/parameter.js';
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

export type RefusalCode =
  | 'cap-reached'
  | 'once-per-stage'
  | 'not-verified'
  | 'not-eligible'
  | 'not-yet-due'
  | 'family-not-confirmed'
  | 'no-policy';

export interface Entitlement {
  type: PaymentType;
  amount: Fen;
  rule: string;
  clause: string;
  /**
   * The once-only slot this payment takes. Stored with a not-exists condition in the same transaction
   * as the payment: one university-aid slot per academic year, one milk slot per academic year, one
   * hardship slot per stage. The university caps are sums over the ledger (see `decidePayment`).
   */
  slot: string;
  /** The register's stage when paid (university caps and hardship stages are read from the ledger). */
  stage: Stage;
}

/** One entry of the student's ledger as the rules read it (payments and opening balances alike). */
export interface LedgerLine {
  type: PaymentType;
  academicYear: number;
  amount: Fen;
  slot: string;
  /** Absent on entries written before stages were recorded: read as the register's stage then unknown. */
  stage?: Stage;
  openingBalance?: boolean;
}

export type Decision =
  | { ok: true; entitlement: Entitlement }
  | {
      ok: false;
      code: RefusalCode;
      message: string;
      clause: string;
      /** Which fact refused it, for `not-eligible` (the console names the reason): field and reason code. */
      reason?: { path: string; code: EligibilityReason };
    };

/** Why a payment is `not-eligible` (E 三.(二)): each names the fact the rule read. */
export type EligibilityReason =
  | 'stage-not-university'
  | 'family-not-covered'
  | 'before-admission'
  | 'milk-stage'
  | 'milk-family'
  | 'hardship-finding-required';

/**
 * The academic year a date falls in (decision on E 三.(一)–(二)): August to July, named by the year it
 * starts in. 2019-08-01..2020-07-31 is academic year 2019; a January date belongs to the academic year that
 * began the previous August.
 */
export function academicYearOf(date: IsoDate): number {
  const month = Number(monthOf(date).slice(5));
  return month >= 8 ? yearOf(date) : yearOf(date) - 1;
}

/** First and last day of academic year `y`. */
export const academicYearBounds = (y: number): { from: IsoDate; to: IsoDate } => ({
  from: `${y}-08-01`,
  to: `${y + 1}-07-31`,
});

/**
 * The semester a date falls in (decision, E 三.(一) "每学期开学初进行…核查"): the two semesters cover the
 * whole academic year with no gap. August–January is the autumn semester named by the year it starts in
 * (a January date is still the previous year's autumn), February–July the spring semester of that year.
 */
export function semesterOf(date: IsoDate): string {
  const month = Number(monthOf(date).slice(5));
  const year = yearOf(date);
  if (month === 1) return `${year - 1}-autumn`;
  return month <= 7 ? `${year}-spring` : `${year}-autumn`;
}

/** The two semesters of academic year `y`: autumn `y`, spring `y + 1`. */
export const semestersOf = (y: number): [string, string] => [`${y}-autumn`, `${y + 1}-spring`];

/** The families the roster confirms for a person on a date (E 三.(二), who certifies what: see docs). Pure. */
export function familiesOnRoster(person: Person | undefined, on: IsoDate): Family[] {
  if (!person) return [];
  const families: Family[] = [];
  if (isRegisteredOn(person, on)) families.push('registered-poor');
  if (person.flags.minimumLivingAllowance === true) families.push('minimum-living-allowance');
  if (person.flags.orphan === true) families.push('orphan');
  return families;
}

/**
 * The policy that pays academic year `y` (decision on E 三.(二) "每学年", "每生每年"): the latest-starting
 * document in force on some day of that academic year. The 2019 plan (2019-01-01..2019-12-31) pays academic
 * years 2018 (through July 2019) and 2019; academic year 2020 has no policy until a new document is added.
 * The document is resolved for the academic year's first day (or its own first day, when it starts later):
 * a value changed mid-year applies from the next academic year, so a year's aid is one amount.
 */
export function policyForAcademicYear<P>(
  documents: readonly PolicyDocument<P>[],
  y: number,
): PolicyDocument<P> | undefined {
  const { from, to } = academicYearBounds(y);
  const document = documents
    .filter((d) => d.effectiveFrom <= to && from <= d.effectiveTo)
    .sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];
  // The later of the academic year's first day and the document's (ISO dates compare as text).
  return document && resolveOn(document, [document.effectiveFrom, from].sort()[1] ?? from);
}

const hardshipStage = (stage: Stage): 'preschool' | 'compulsory' | 'highSchool' | 'university' =>
  stage === 'preschool'
    ? 'preschool'
    : stage === 'compulsory'
      ? 'compulsory'
      : stage === 'high-school'
        ? 'highSchool'
        : 'university';

const isUniversity = (stage: Stage | undefined) =>
  stage === 'university-bachelor' || stage === 'university-junior-college';

/**
 * The university-aid room left for a student, in fen (E 三.(二).2 "累计资助不超过4万元 / 3万元"), read from
 * the ledger whatever the register says now: every university-aid entry (opening balances included, whatever
 * stage it was paid in) counts against the cap of the student's current course. Re-registering with a later
 * admission year or switching junior college → bachelor therefore opens no money beyond 40,000 in all, and a
 * switch bachelor → junior college leaves 30,000 minus everything paid.
 */
export function universityAidRoom(
  stage: Stage,
  ledger: readonly LedgerLine[],
  policy: EducationPolicy,
): { room: Fen; cap: Fen; paid: Fen } {
  const p = policy.parameters.universityAid;
  const aid = ledger.filter((l) => l.type === 'university-aid');
  const paid = aid.reduce((sum, l) => sum + l.amount, 0);
  const cap = stage === 'university-junior-college' ? p.capJuniorCollege.value : p.capBachelor.value;
  return { room: Math.max(0, cap - paid), cap, paid };
}

/**
 * Decides one payment (E 三.(一)–(二)): who qualifies, how much, and which once-only slot it takes. Pure.
 * `verified` is the set of semesters the student was confirmed at school; `ledger` every entry already paid
 * to the student (opening balances included); `rosterFamilies` the family types the roster confirms on the
 * payment date (`familiesOnRoster`); `policy` the document chosen by the academic year (`policyForAcademicYear`).
 * Refusal order: not yet due, not eligible (stage, family as registered, family as the roster has it), not
 * verified, then the cap or once-only rule.
 */
export function decidePayment(
  student: Student,
  request: PaymentRequest,
  verified: ReadonlySet<string>,
  policy: EducationPolicy,
  ledger: readonly LedgerLine[] = [],
  rosterFamilies: readonly Family[] = [student.family],
): Decision {
  const p = policy.parameters;
  const refuse = (
    code: RefusalCode,
    message: string,
    clause: string,
    reason?: { path: string; code: EligibilityReason },
  ): Decision => ({ ok: false, code, message, clause, ...(reason ? { reason } : {}) });
  const y = request.academicYear;
  const { from } = academicYearBounds(y);
  if (request.paidOn < from) {
    return refuse(
      'not-yet-due',
      `A payment for academic year ${y} can be made from ${from} (the start of that academic year), not on ${request.paidOn}.`,
      'E 三.(二) (decision: no payment in advance)',
    );
  }
  const [autumn, spring] = semestersOf(y);
  const paidSemester = semesterOf(request.paidOn);
  // In the academic year: the semester the payment falls in; after it (arrears): either of its semesters.
  const needed = academicYearOf(request.paidOn) === y ? [paidSemester] : [autumn, spring];
  const unverified = (): Decision | undefined =>
    needed.some((s) => verified.has(s))
      ? undefined
      : refuse(
          'not-verified',
          `The student is not verified at school for ${needed.join(' or ')}; academic year ${y} is paid only after its semester's check.`,
          'E 三.(一) (decision: no payment before verification)',
        );
  const familyConfirmed = (clause: string): Decision | undefined =>
    rosterFamilies.includes(student.family)
      ? undefined
      : refuse(
          'family-not-confirmed',
          `The register says ${student.family}, but on ${request.paidOn} the roster shows ${
            rosterFamilies.length > 0 ? rosterFamilies.join(', ') : 'none of registered-poor, 低保 or orphan'
          } for this student.`,
          clause,
        );
  switch (request.type) {
    case 'university-aid': {
      const clause = p.universityAid.perAcademicYear.citation;
      if (!isUniversity(student.stage)) {
        return refuse(
          'not-eligible',
          'University aid is for students admitted to a bachelor or junior-college course.',
          clause,
          { path: 'body.type', code: 'stage-not-university' },
        );
      }
      if (!p.universityAid.families.value.includes(student.family))
        return refuse('not-eligible', `A ${student.family} family does not qualify for university aid.`, clause, {
          path: 'body.type',
          code: 'family-not-covered',
        });
      const family = familyConfirmed(clause);
      if (family) return family;
      if (y < student.admissionYear) {
        return refuse(
          'not-eligible',
          `University aid starts with the academic year of admission (${student.admissionYear}).`,
          clause,
          { path: 'body.academicYear', code: 'before-admission' },
        );
      }
      const pending = unverified();
      if (pending) return pending;
      const { room, cap, paid } = universityAidRoom(student.stage, ledger, policy);
      if (room === 0) {
        return refuse(
          'cap-reached',
          `University aid already paid to this student adds up to ${paid / 100} yuan; the cumulative cap is ${cap / 100} yuan.`,
          clause,
        );
      }
      return {
        ok: true,
        entitlement: {
          type: request.type,
          amount: Math.min(p.universityAid.perAcademicYear.value, room),
          rule: 'university-aid',
          clause,
          slot: `university-aid#${y}`,
          stage: student.stage,
        },
      };
    }
    case 'milk-subsidy': {
      const clause = p.milkSubsidy.perYear.citation;
      if (!p.milkSubsidy.stages.value.includes(student.stage))
        return refuse('not-eligible', 'The milk subsidy is for preschool to high school.', clause, {
          path: 'body.type',
          code: 'milk-stage',
        });
      if (!p.milkSubsidy.families.value.includes(student.family))
        return refuse('not-eligible', 'The milk subsidy is for registered-poor families only.', clause, {
          path: 'body.type',
          code: 'milk-family',
        });
      const family = familyConfirmed(clause);
      if (family) return family;
      const pending = unverified();
      if (pending) return pending;
      return {
        ok: true,
        entitlement: {
          type: request.type,
          amount: p.milkSubsidy.perYear.value,
          rule: 'milk-subsidy',
          clause,
          slot: `milk-subsidy#${y}`,
          stage: student.stage,
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
          { path: 'body.hardshipFinding', code: 'hardship-finding-required' },
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
          stage: student.stage,
        },
      };
    }
  }
}

export interface OpeningBalanceRequest {
  paymentId: string;
  studentId: string;
  type: PaymentType;
  academicYear: number;
  amount: Fen;
  paidOn: IsoDate;
  /** The register's stage when it was paid (decides the hardship stage and the junior-college cap). */
  stage: Stage;
  /** Where the earlier payment is documented (voucher number, ledger page). */
  evidence: string;
}

/**
 * An opening balance: a payment made before the system (E 三.(二), decision), entered so the caps count it.
 * It must be dated before the first policy document the system pays under (`systemStart`) and within or
 * after its academic year; it takes the same once-only slot a payment would, and may not exceed the cap the
 * ledger leaves. Pure.
 */
export function decideOpeningBalance(
  request: OpeningBalanceRequest,
  ledger: readonly LedgerLine[],
  policy: EducationPolicy,
  systemStart: IsoDate,
): Decision {
  const clause = 'E 三.(二) (decision: opening balances)';
  const refuse = (code: RefusalCode, message: string): Decision => ({ ok: false, code, message, clause });
  if (request.paidOn >= systemStart)
    return refuse(
      'not-eligible',
      `An opening balance is a payment made before ${systemStart}; record later ones as payments.`,
    );
  const { from } = academicYearBounds(request.academicYear);
  if (request.paidOn < from)
    return refuse('not-yet-due', `A payment for academic year ${request.academicYear} cannot be dated before ${from}.`);
  if (request.type === 'university-aid') {
    if (!isUniversity(request.stage))
      return refuse('not-eligible', 'University aid is recorded for a bachelor or junior-college stage.');
    const { room, cap, paid } = universityAidRoom(request.stage, ledger, policy);
    if (request.amount > room)
      return refuse(
        'cap-reached',
        `This opening balance of ${request.amount / 100} yuan would take university aid beyond the ${cap / 100} yuan cap (${paid / 100} already on the ledger).`,
      );
  }
  const slot =
    request.type === 'hardship-aid'
      ? `hardship-aid#${hardshipStage(request.stage)}`
      : `${request.type}#${request.academicYear}`;
  return {
    ok: true,
    entitlement: {
      type: request.type,
      amount: request.amount,
      rule: `opening-balance-${request.type}`,
      clause,
      slot,
      stage: request.stage,
    },
  };
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
