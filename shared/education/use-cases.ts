import { actorOf } from '../audit/types.js';
import type { Caller } from '../auth/roles.js';
import { requestHash } from '../data/canonical.js';
import { retryOnConflict, RetryableConflict } from '../retry.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import type { Person } from '../roster/types.js';
import {
  LedgerMovedError,
  PaymentIdTakenError,
  SlotTakenError,
  type EducationStore,
  type LedgerEntry,
  type StudentBundle,
} from './ports.js';
import {
  decideOpeningBalance,
  decidePayment,
  familiesOnRoster,
  policyForAcademicYear,
  slotRefusal,
  type Decision,
  type OpeningBalanceRequest,
  type PaymentRequest,
  type Student,
} from './entitlements.js';
import { EDUCATION_POLICIES, type EducationPolicy } from './policy.js';

/** The roster as education reads it: the student's own row (identity number), for the family type. */
export interface RosterLookup {
  person(personId: string): Promise<Person | undefined>;
}

export async function registerStudent(
  store: EducationStore,
  caller: Caller,
  student: Student,
  at: Date,
): Promise<boolean> {
  return (await store.putStudent(student, caller.sub, at.toISOString())).created;
}

export async function verifyStudent(
  store: EducationStore,
  caller: Caller,
  studentId: string,
  semester: string,
  on: string,
): Promise<void> {
  const bundle = await store.bundle(studentId);
  if (!bundle) throw new NotFoundError('No such student in the register.', 'student-not-found');
  await store.verify(studentId, bundle.student.township, semester, on, caller.sub);
}

const policyFor = (academicYear: number): EducationPolicy => {
  const policy = policyForAcademicYear(EDUCATION_POLICIES, academicYear);
  if (!policy)
    throw new ValidationError(
      `No education policy pays academic year ${academicYear}.`,
      [{ path: 'body.academicYear', message: 'no policy in force for this academic year' }],
      'no-policy',
    );
  return policy;
};

/** The first day the system pays under (opening balances are dated before it). */
const SYSTEM_START = EDUCATION_POLICIES.map((p) => p.effectiveFrom).sort()[0] ?? '2019-01-01';

/**
 * Records a ledger entry once (E 三.(二)): the same paymentId again answers the first result (200); a
 * different request under a used paymentId is 409 `payment-conflict`; a cap or once-only rule already used
 * is 409 with the rule's code. The slot's write condition makes each once-only rule unbreakable, and the
 * ledger count's condition makes the cap sums unbreakable under concurrency (a lost race re-reads and
 * decides again).
 */
async function record(
  store: EducationStore,
  caller: Caller,
  request: { paymentId: string; studentId: string; academicYear: number; paidOn: string },
  decide: (bundle: StudentBundle) => Promise<Decision>,
  extra: Partial<LedgerEntry>,
): Promise<{ created: boolean; entry: LedgerEntry }> {
  const hash = requestHash(request);
  const replay = (entry: LedgerEntry) => {
    if (entry.requestHash !== hash)
      throw new ConflictError(
        'payment-conflict',
        `Payment ${request.paymentId} was already recorded with a different request.`,
      );
    return { created: false, entry };
  };
  return retryOnConflict(
    async () => {
      const [existing, bundle] = await Promise.all([
        store.getPayment(request.paymentId),
        store.bundle(request.studentId),
      ]);
      if (existing) return replay(existing);
      if (!bundle) throw new NotFoundError('No such student in the register.', 'student-not-found');
      const decision = await decide(bundle);
      if (!decision.ok)
        throw new ConflictError(
          decision.code,
          `${decision.message} [${decision.clause}]`,
          decision.reason ? [{ ...decision.reason, message: decision.message }] : [],
        );
      const e = decision.entitlement;
      const entry: LedgerEntry = {
        paymentId: request.paymentId,
        studentId: request.studentId,
        type: e.type,
        academicYear: request.academicYear,
        amount: e.amount,
        rule: e.rule,
        clause: e.clause,
        slot: e.slot,
        paidOn: request.paidOn,
        stage: e.stage,
        ...extra,
        requestHash: hash,
        paidBy: caller.sub,
      };
      try {
        await store.recordPayment(entry, bundle.ledgerCount, actorOf(caller));
        return { created: true, entry };
      } catch (error) {
        if (error instanceof PaymentIdTakenError) {
          const stored = await store.getPayment(request.paymentId);
          if (stored) return replay(stored);
          throw new RetryableConflict();
        }
        if (error instanceof SlotTakenError) {
          const refusal = slotRefusal(e);
          throw new ConflictError(refusal.code, `${refusal.message} [${e.clause}]`);
        }
        if (error instanceof LedgerMovedError) throw new RetryableConflict();
        throw error;
      }
    },
    { attempts: 8, baseMs: 5, capMs: 50 },
  );
}

/**
 * Pays an entitlement (E 三.(二)). The policy is the one that pays the academic year; the family type is
 * checked against the roster on the payment date; the caps are sums over the student's ledger.
 */
export async function pay(
  store: EducationStore,
  roster: RosterLookup,
  caller: Caller,
  request: PaymentRequest,
): Promise<{ created: boolean; entry: LedgerEntry }> {
  const policy = policyFor(request.academicYear);
  return record(
    store,
    caller,
    request,
    async (bundle) => {
      const person = await roster.person(request.studentId);
      return decidePayment(
        bundle.student,
        request,
        bundle.verified,
        policy,
        bundle.ledger,
        familiesOnRoster(person, request.paidOn),
      );
    },
    request.hardshipFinding ? { hardshipFinding: request.hardshipFinding } : {},
  );
}

/** Enters a payment made before the system as an opening balance, so the caps count it. */
export async function recordOpeningBalance(
  store: EducationStore,
  caller: Caller,
  request: OpeningBalanceRequest,
): Promise<{ created: boolean; entry: LedgerEntry }> {
  // Earlier academic years have no document of their own: the caps of the first document apply.
  const policy = policyForAcademicYear(EDUCATION_POLICIES, request.academicYear) ?? policyFor(academicYearOfStart());
  return record(
    store,
    caller,
    request,
    async (bundle) => decideOpeningBalance(request, bundle.ledger, policy, SYSTEM_START),
    { openingBalance: true, evidence: request.evidence },
  );
}

const academicYearOfStart = () => Number(SYSTEM_START.slice(0, 4));
