import type { Caller } from '../auth/roles.js';
import { requestHash } from '../data/canonical.js';
import { retryOnConflict, RetryableConflict } from '../data/transact.js';
import { ConflictError, NotFoundError, ValidationError } from '../errors.js';
import { policyInForce } from '../policy/parameter.js';
import {
  PaymentIdTakenError,
  SlotTakenError,
  type DynamoDbEducationStore,
  type LedgerEntry,
} from './dynamodb-education-store.js';
import { decidePayment, slotRefusal, type PaymentRequest, type Student } from './entitlements.js';
import { EDUCATION_POLICIES } from './policy.js';

export async function registerStudent(
  store: DynamoDbEducationStore,
  caller: Caller,
  student: Student,
): Promise<boolean> {
  return store.putStudent(student, caller.sub);
}

export async function verifyStudent(
  store: DynamoDbEducationStore,
  caller: Caller,
  studentId: string,
  semester: string,
  on: string,
): Promise<void> {
  const bundle = await store.bundle(studentId);
  if (!bundle) throw new NotFoundError('No such student in the register.', 'student-not-found');
  await store.verify(studentId, bundle.student.township, semester, on, caller.sub);
}

/**
 * Pays an entitlement once (SPEC §5): the same paymentId again answers the first result (200); a
 * different request under a used paymentId is 409 `payment-conflict`; a cap or once-only rule already
 * used is 409 with the rule's code — enforced by the slot's write condition, so retries and concurrent
 * requests cannot break it.
 */
export async function pay(
  store: DynamoDbEducationStore,
  caller: Caller,
  request: PaymentRequest,
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
  const policy = policyInForce(EDUCATION_POLICIES, request.paidOn);
  if (!policy)
    throw new ValidationError(
      `No education policy is in force on ${request.paidOn}.`,
      [{ path: 'body.paidOn', message: 'no policy in force' }],
      'no-policy',
    );
  return retryOnConflict(
    async () => {
      const [existing, bundle] = await Promise.all([
        store.getPayment(request.paymentId),
        store.bundle(request.studentId),
      ]);
      if (existing) return replay(existing);
      if (!bundle) throw new NotFoundError('No such student in the register.', 'student-not-found');
      const decision = decidePayment(bundle.student, request, bundle.verified, policy);
      if (!decision.ok) throw new ConflictError(decision.code, `${decision.message} [${decision.clause}]`);
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
        ...(request.hardshipFinding ? { hardshipFinding: request.hardshipFinding } : {}),
        requestHash: hash,
        paidBy: caller.sub,
      };
      try {
        await store.recordPayment(entry);
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
        throw error;
      }
    },
    { attempts: 5, baseMs: 5, capMs: 50 },
  );
}
