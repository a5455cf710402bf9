import type { Caller, Role } from '../auth/roles.js';
import type { IsoDate } from '../dates.js';
import { ConflictError, ForbiddenError } from '../errors.js';
import { documentsMissingFor } from './documents.js';
import { housingPolicyById, HOUSING_POLICIES, type HousingPolicy } from './policy.js';
import { mayAccess } from './access.js';
import { refuse, returnTo, ruleOf, STATUS_POSITION, WORKFLOW, type Outcome } from './steps.js';
import {
  acceptedPhotoKinds,
  actorOf,
  CLOSED_STATUSES,
  FINISHED_STATUSES,
  STEP_TYPES,
  type CaseEvent,
  type EventInput,
  type EventType,
  type HousingCase,
  type PhotoKind,
  type StepType,
} from './types.js';

/**
 * The apply engine: checks one event against the step table (steps.ts) and the case's state, and returns
 * the case after it and the event to append. Pure: the use case persists both with a condition on the
 * case's version.
 */

const WORKFLOW_CLAUSE = 'R1 七; R2 六';
const TOWNSHIP: readonly Role[] = ['township'];
export interface ApplyContext {
  /** Kinds of the case's photos that passed the content check (from the photo store). */
  acceptedPhotoKinds?: Iterable<PhotoKind>;
  /** Today in Asia/Shanghai; when given, an event dated later is refused. */
  today?: IsoDate;
  policies?: readonly HousingPolicy[];
}

export const isClosed = (c: Pick<HousingCase, 'status'>): boolean => CLOSED_STATUSES.includes(c.status);

/** The one step that may come next, or undefined for a closed case. */
export function nextStep(c: HousingCase): StepType | undefined {
  if (isClosed(c)) return undefined;
  const position = STATUS_POSITION[c.status];
  if (position === undefined) return undefined;
  return STEP_TYPES.slice(position + 1).find((type) => WORKFLOW[type].appliesTo(c));
}

/** Every event type the case accepts now: the next step, `return` while that step is a review or check, `refuse`. */
export function nextSteps(c: HousingCase): EventType[] {
  const next = nextStep(c);
  if (!next) return [];
  const out: EventType[] = [next];
  if (WORKFLOW[next].returnable && c.status !== 'returned') out.push('return');
  out.push('refuse');
  return out;
}

/** Roles that may take `type` on this case (for `return`: the taker of the step the case waits for). */
export function stepRoles(c: HousingCase, type: EventType): readonly Role[] {
  if (type === 'refuse' || type === 'sale') return TOWNSHIP;
  if (type === 'return') {
    const next = nextStep(c);
    return next ? WORKFLOW[next].roles(c) : [];
  }
  return WORKFLOW[type].roles(c);
}

/**
 * Checks one event against the table and returns the case after it and the event to append. Throws
 * ForbiddenError (403) when the caller may not act on the case or take this step, ValidationError (400) for a
 * missing or malformed field, and ConflictError('invalid-transition') (409) naming the rule (detail `code`)
 * and its clause for everything the workflow refuses. Pure: the store appends the event and writes the
 * case with a condition on `version`.
 */
export function applyEvent(
  c: HousingCase,
  event: EventInput,
  caller: Caller,
  context: ApplyContext = {},
): { case: HousingCase; event: CaseEvent } {
  if (!mayAccess(caller, c, 'write')) {
    throw new ForbiddenError(
      caller.role === 'audit'
        ? 'Audit reads housing cases and changes nothing.'
        : caller.role === 'township'
          ? `Township staff of ${caller.township} may not act on a case of township ${c.township}.`
          : `The ${caller.role} role takes no step in housing-renovation cases.`,
    );
  }
  const eventType = event.type;
  const on = event.on;

  if (eventType !== 'return') {
    const roles = stepRoles(c, eventType);
    if (!roles.includes(caller.role)) {
      throw new ForbiddenError(
        `${eventType} is taken by ${roles.join(' or ')}, not by ${caller.role}${eventType === 'identity-check' ? ` (identity basis: ${c.identityBasis})` : ''}.`,
      );
    }
  }

  // A sale is recorded on a paid (closed) case, so it is checked before the closed-case rule.
  if (eventType !== 'sale' && isClosed(c)) {
    if (eventType === 'payment' && c.status === 'paid') {
      refuse(
        'already-paid',
        `The subsidy of ${c.subsidy.paid} fen was paid on ${c.subsidy.paidOn}; it is paid once.`,
        'R1 六; R2 五',
      );
    }
    refuse('case-closed', `The case is closed (${c.status}); no further step is possible.`, WORKFLOW_CLAUSE);
  }
  if (on < c.lastEventOn) {
    refuse(
      'date-backwards',
      `The event is dated ${on}, before the case's last event (${c.lastEventOn}).`,
      WORKFLOW_CLAUSE,
      'on',
    );
  }
  if (context.today !== undefined && on > context.today) {
    refuse('date-in-future', `The event is dated ${on}, after today (${context.today}).`, WORKFLOW_CLAUSE, 'on');
  }

  const policy = housingPolicyById(c.policyId, context.policies ?? HOUSING_POLICIES, c.appliedOn);
  if (!policy) throw new Error(`housing policy ${c.policyId} of case ${c.caseId} is not registered`);
  const photos = new Set<PhotoKind>(context.acceptedPhotoKinds ?? acceptedPhotoKinds(c.photos));
  const base = { c, on, caller, actor: actorOf(caller), policy, photos };
  const next = nextStep(c);
  let outcome: Outcome;

  if (event.type === 'sale') {
    outcome = saleOf(base, event.evidence);
  } else if (event.type === 'refuse') {
    // 对于出自个人原因且由相关工作人员多次进行思想工作仍拒绝改造的 … 由镇村两级做好拒绝改造佐证材料
    // Nothing is due to a household that refused (the file's `committed` is what its current facts make due,
    // as "not dangerous" sets it to 0); the committed amount it was opened with stays in its history.
    const { evidence } = event;
    outcome = {
      status: 'refused',
      patch: { refusal: { evidence, on }, subsidy: { ...c.subsidy, committed: 0 } },
      data: { evidence },
    };
  } else if (event.type === 'return') {
    if (!next || !WORKFLOW[next].returnable || c.status === 'returned') {
      refuse(
        'not-returnable',
        c.status === 'returned'
          ? 'The case is already returned; resubmit it with a village-review.'
          : `A case is returned at a review or check; the next step ${next} is neither.`,
        WORKFLOW_CLAUSE,
      );
    }
    const roles = WORKFLOW[next].roles(c);
    if (!roles.includes(caller.role))
      throw new ForbiddenError(`Only ${roles.join(' or ')} may return the case at ${next}, not ${caller.role}.`);
    outcome = returnTo(base, next, event.reason);
  } else {
    if (event.type !== next) refuseOutOfOrder(c, event.type, next);
    refuseWithoutDocuments(c, event.type, photos, policy);
    outcome = ruleOf(event.type).apply({ ...base, input: event });
  }

  const { type: _type, on: _on, ...fields } = event;
  const updated: HousingCase = {
    ...c,
    ...outcome.patch,
    status: outcome.status,
    version: c.version + 1,
    lastEventOn: on,
  };
  const caseEvent: CaseEvent = {
    caseId: c.caseId,
    seq: c.version + 1,
    type: eventType,
    on,
    actor: base.actor,
    data: { ...fields, ...outcome.data },
    statusBefore: c.status,
    statusAfter: outcome.status,
  };
  return { case: updated, event: caseEvent };
}

/**
 * The one-household file [R1 九.(五) 确保批准一户、建档一户; R2 八.(五)]: a step the policy names as needing
 * documents is refused while any of them lacks an accepted upload — 409 `invalid-transition`, one detail per
 * missing document (`documents.<kind>`, code `documents-missing`, its clause).
 */
function refuseWithoutDocuments(
  c: HousingCase,
  step: StepType,
  present: ReadonlySet<PhotoKind>,
  policy: HousingPolicy,
): void {
  const missing = documentsMissingFor(step, c, present, policy.parameters.documents);
  if (missing.length === 0) return;
  const clauses = [...new Set(missing.map((d) => d.clause))].join('; ');
  const text = `${step} needs the household's file complete; missing: ${missing.map((d) => d.kind).join(', ')} (一户一档: 申请表、身份证明、改造前后房屋和农户户主图片、审批、协议等) [${clauses}]`;
  throw new ConflictError(
    'invalid-transition',
    text,
    missing.map((d) => ({
      path: `documents.${d.kind}`,
      code: 'documents-missing',
      message: `No accepted ${d.kind} upload in the file [${d.clause}]`,
    })),
  );
}

function refuseOutOfOrder(c: HousingCase, type: StepType, next: StepType | undefined): never {
  if (type === 'appraisal' && c.grade === 'no-house') {
    refuse(
      'appraisal-not-for-no-house',
      'A no-house household has no house to appraise; after the identity check comes approval.',
      'R1 四.(一), 五.(一)',
    );
  }
  if (type === 'moved-out' && c.grade !== 'D') {
    refuse(
      'moved-out-only-for-d',
      `Moving out is a step for D-grade households only; this case is ${c.grade}.`,
      'R1 八.(一); R2 七.(一)',
    );
  }
  const doneAlready = STEP_TYPES.indexOf(type) <= (STATUS_POSITION[c.status] ?? -1);
  refuse(
    'out-of-order',
    `${type} ${doneAlready ? 'has already been done' : 'cannot come yet'}: the case is ${c.status} and its next step is ${next}.`,
    WORKFLOW_CLAUSE,
    'type',
  );
}

/**
 * Records the sale of a government-backed house [R1 四.(二).2, R2 四.(二).2 "拥有部分产权,五年后可出售,出售时
 * 返还政府兜底资金"; R2 八.(二) "政府兜底房满五年出售时,由村委会收回兜底资金,通过乡镇政府上交市财政"]: only on a paid
 * government-backed case, once. The backing money (45,232 − 25,232 = 20,000, `governmentBackingReturnable`)
 * is due back whenever it is sold; a sale before five years from final acceptance is recorded as `early`
 * (the plan allows a sale only after five years), not refused, so the money due back is never lost.
 */
function saleOf(s: { c: HousingCase; on: IsoDate; policy: HousingPolicy }, evidence: string): Outcome {
  const { c, on, policy } = s;
  if (c.status !== 'paid' || c.mode !== 'government-backed')
    refuse(
      'not-sellable',
      `Only a paid government-backed house (政府兜底房) is recorded as sold; this case is ${c.mode}, ${c.status}.`,
      'R1 四.(二).2',
    );
  if (c.sale) refuse('already-sold', `The house was recorded as sold on ${c.sale.on}.`, 'R2 八.(二)');
  const accepted = c.finalAcceptance?.on ?? c.lastEventOn;
  const fiveYearsFrom = fiveYearsAfter(accepted);
  const amountDue = policy.parameters.subsidy.governmentBackingReturnable.value;
  const sale = { on, amountDue, fiveYearsFrom, early: on < fiveYearsFrom, clause: 'R1 四.(二).2; R2 八.(二)' };
  return { status: 'paid', patch: { sale }, data: { evidence, amountDue, fiveYearsFrom, early: sale.early } };
}

/** The same day five years on; 29 February, absent five years later, becomes 1 March. */
function fiveYearsAfter(date: IsoDate): IsoDate {
  const year = Number(date.slice(0, 4)) + 5;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return date.slice(5) === '02-29' && !leap ? `${year}-03-01` : `${year}${date.slice(4)}`;
}

/**
 * Late against the plan's deadline [R1 三, 八.(二)] as at `asOf`: still open (not finally accepted) after the
 * deadline, or finally accepted after it. Lateness is reported, never refused (a late disaster case in R2 still
 * goes through the steps [R2 三]).
 */
export function isLate(c: HousingCase, asOf: IsoDate, policy?: HousingPolicy): boolean {
  policy ??= housingPolicyById(c.policyId, HOUSING_POLICIES, c.appliedOn) ?? HOUSING_POLICIES[0];
  if (!policy) throw new Error(`housing policy ${c.policyId} is not registered`);
  const deadline = policy.parameters.schedule.deadline.value;
  if (c.finalAcceptance) return c.finalAcceptance.on > deadline;
  if (FINISHED_STATUSES.includes(c.status)) return false;
  return asOf > deadline;
}
