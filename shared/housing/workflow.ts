import type { Caller, Role } from '../auth/roles.js';
import { daysInclusive, isIsoDate, type IsoDate } from '../dates.js';
import { ConflictError, ForbiddenError, ValidationError } from '../errors.js';
import type { Fen } from '../money.js';
import { housingPolicyById, HOUSING_POLICIES, type HousingPolicy } from './policy.js';
import { areaProblem, modeProblem, subsidyFor } from './subsidy.js';
import {
  acceptedPhotoKinds,
  actorOf,
  APPRAISED_GRADES,
  CLOSED_STATUSES,
  EVENT_TYPES,
  MODES,
  STEP_TYPES,
  type Actor,
  type CaseEvent,
  type CaseStatus,
  type EventInput,
  type EventType,
  type HousingCase,
  type PhotoKind,
  type StepType,
} from './types.js';

/**
 * The housing-renovation workflow as an explicit state machine (SPEC §4 "Workflow", API.md "Housing",
 * STYLE.md 9): a table of steps in order, and one pure function that checks an event against it.
 *
 * - The steps run in the order of `STEP_TYPES`; a step that does not apply to the case is skipped
 *   (`appraisal` for no-house households, `moved-out` for anything but D).
 * - A case's status is the last step done; the next step is the first later step that applies.
 * - `return` is allowed while the next step is a review or check, by whoever takes that step; `passed:
 *   false` returns too. Before approval a return sends the case back to the village (status `returned`,
 *   resubmitted by a new `village-review`) [R1 七.(三): 将材料及时退回所在的村委会]; at an acceptance it
 *   sends the case back to construction for rectification [R1 九.(二): 责令限期整改].
 * - `refuse` closes any open case (the household refused after repeated visits, with evidence) [R1 三].
 * - Event dates never go backwards, and the dates inside an event lie between the previous event and this one.
 */

// ---------------------------------------------------------------------------------------------- access

export type Access = 'read' | 'write';

/** City offices that take part in housing cases; they act city-wide (SPEC §8). */
const CITY_HOUSING_ROLES: readonly Role[] = [
  'housing-office',
  'finance',
  'poverty-office',
  'civil-affairs',
  'disabled-federation',
];

/**
 * Whether a caller may see (`read`) or act on (`write`) a case at all (SPEC §8). Township staff only in their
 * own township; audit reads everything and changes nothing; the city offices in the housing workflow read and
 * act city-wide (which step each may take is `stepRoles`); every other role has no business here.
 */
export function mayAccess(caller: Caller, c: Pick<HousingCase, 'township'>, access: Access): boolean {
  if (caller.role === 'township') return caller.township !== undefined && caller.township === c.township;
  if (caller.role === 'audit') return access === 'read';
  return CITY_HOUSING_ROLES.includes(caller.role);
}

// ------------------------------------------------------------------------------------------ the table

export interface ApplyContext {
  /** Kinds of the case's photos that passed the content check (from the photo store). */
  acceptedPhotoKinds?: Iterable<PhotoKind>;
  /** Today in Asia/Shanghai; when given, an event dated later is refused. */
  today?: IsoDate;
  policies?: readonly HousingPolicy[];
}

interface StepInput {
  c: HousingCase;
  input: Record<string, unknown>;
  on: IsoDate;
  caller: Caller;
  actor: Actor;
  policy: HousingPolicy;
  photos: ReadonlySet<PhotoKind>;
}

interface Outcome {
  status: CaseStatus;
  patch: Partial<HousingCase>;
  data: Record<string, unknown>;
}

export interface StepRule {
  type: StepType;
  /** Status after the step (some steps can also end elsewhere; see `outcomes`). */
  status: CaseStatus;
  /** Other statuses the step can lead to. */
  outcomes: readonly CaseStatus[];
  /** Who takes it, in words (the check is `roles`). */
  takers: string;
  /** Fields of the event body. */
  fields: string;
  clause: string;
  /** A review or check: its taker may `return` the case while it is the next step. */
  returnable: boolean;
  /** When the step is part of the case's path, in words (the check is `appliesTo`). */
  when: string;
  appliesTo: (c: HousingCase) => boolean;
  roles: (c: HousingCase) => readonly Role[];
  apply: (s: StepInput) => Outcome;
}

const TOWNSHIP: readonly Role[] = ['township'];
const HOUSING_OFFICE: readonly Role[] = ['housing-office'];
const FINANCE: readonly Role[] = ['finance'];
const always = (): boolean => true;

const WORKFLOW_CLAUSE = 'R1 七; R2 六';
const NOTICE_CLAUSES = {
  village: 'R1 七.(二); R2 六.(二)',
  township: 'R1 七.(三); R2 六.(三)',
  city: 'R1 七.(四); R2 六.(四)',
} as const;
const IDENTITY_CLAUSE = 'R1 七.(三), 九.(三).1; R2 四.(一), 八.(三).1';
const OLD_HOUSE_CLAUSE = 'R1 四.(二).1–3, 八.(一); R2 四.(二).1–3, 七.(一)';
const PHOTOS_CLAUSE = 'R1 九.(五); R2 八.(五)';

/** The roles that take the identity step for a case [R1 七.(三); R2 四.(一), 八.(三).1]. */
export function identityRoles(c: Pick<HousingCase, 'identityBasis'>): readonly Role[] {
  switch (c.identityBasis) {
    case 'registered-poor':
      return ['poverty-office'];
    case 'welfare':
      return ['civil-affairs'];
    case 'disabled-household':
      return ['disabled-federation', 'poverty-office', 'civil-affairs'];
  }
}

const STEP_LIST: readonly StepRule[] = [
  {
    type: 'village-review',
    status: 'village-reviewed',
    outcomes: ['returned'],
    takers: 'township',
    fields: '`passed`, `reason`?',
    clause: 'R1 七.(二); R2 六.(二)',
    returnable: true,
    when: 'always; also resubmits a returned case',
    appliesTo: always,
    roles: () => TOWNSHIP,
    apply: (s) => {
      const f = reader(s.input);
      if (!f.bool('passed')) return returnTo(s, 'village-review', f.text('reason'));
      return { status: 'village-reviewed', patch: {}, data: { passed: true } };
    },
  },
  {
    type: 'village-notice',
    status: 'village-noticed',
    outcomes: [],
    takers: 'township',
    fields: '`from`, `to` (≥ 5 days, both counted), `objections`: `none` | `resolved`',
    clause: NOTICE_CLAUSES.village,
    returnable: true,
    when: 'always',
    appliesTo: always,
    roles: () => TOWNSHIP,
    apply: (s) => {
      const f = reader(s.input);
      const from = f.date('from');
      const to = f.date('to');
      const objections = f.text('objections');
      // 公示无异议或有异议但经村委会复核排除异议的 … 上报; otherwise the case is not reported up: return it.
      if (objections !== 'none' && objections !== 'resolved') {
        refuse(
          'objections-open',
          `Village notice objections must be none or resolved by the village committee's review; with "${objections}" the case is returned instead.`,
          NOTICE_CLAUSES.village,
          'objections',
        );
      }
      const days = checkNotice(s, 'village', from, to, 'from', 'to');
      return { status: 'village-noticed', patch: {}, data: { from, to, days, objections } };
    },
  },
  {
    type: 'township-review',
    status: 'township-reviewed',
    outcomes: ['returned'],
    takers: 'township',
    fields: '`passed`, `homeVisitOn`, `meetingOn`, `reason`?',
    clause: 'R1 七.(三); R2 六.(三)',
    returnable: true,
    when: 'always',
    appliesTo: always,
    roles: () => TOWNSHIP,
    apply: (s) => {
      const f = reader(s.input);
      if (!f.bool('passed')) return returnTo(s, 'township-review', f.text('reason'));
      // 首先对村委会上报的材料进行审核并组织人员入户调查 … 立会研究
      const homeVisitOn = f.date('homeVisitOn');
      const meetingOn = f.date('meetingOn');
      dateBetween(s, 'homeVisitOn', homeVisitOn, 'R1 七.(三)');
      dateBetween(s, 'meetingOn', meetingOn, 'R1 七.(三)');
      return { status: 'township-reviewed', patch: {}, data: { passed: true, homeVisitOn, meetingOn } };
    },
  },
  {
    type: 'township-notice',
    status: 'township-noticed',
    outcomes: [],
    takers: 'township',
    fields: '`from`, `to` (≥ 5 days), `objections`: `none` (else `return`)',
    clause: NOTICE_CLAUSES.township,
    returnable: true,
    when: 'always',
    appliesTo: always,
    roles: () => TOWNSHIP,
    apply: (s) => {
      const f = reader(s.input);
      const from = f.date('from');
      const to = f.date('to');
      const objections = f.text('objections');
      // 由乡镇人民政府、办事处公示5天以上无异议的危房改造户 … 报市扶贫部门
      if (objections !== 'none') {
        refuse(
          'objections-open',
          `The township notice must end with no objection (公示5天以上无异议); with "${objections}" return the case instead.`,
          NOTICE_CLAUSES.township,
          'objections',
        );
      }
      const days = checkNotice(s, 'township', from, to, 'from', 'to');
      return { status: 'township-noticed', patch: {}, data: { from, to, days, objections } };
    },
  },
  {
    type: 'identity-check',
    status: 'identity-checked',
    outcomes: ['township-noticed', 'returned'],
    takers:
      'R1: poverty-office; R2 特困/低保: civil-affairs; R2 poor disabled household: disabled-federation AND one of poverty-office / civil-affairs',
    fields: '`passed`, `reason`?',
    clause: IDENTITY_CLAUSE,
    returnable: true,
    when: 'always (a disabled household stays at this step until both bodies have passed)',
    appliesTo: always,
    roles: identityRoles,
    apply: (s) => {
      const f = reader(s.input);
      if (!f.bool('passed')) return returnTo(s, 'identity-check', f.text('reason'));
      const role = s.caller.role;
      const already = s.c.identityPassedBy;
      if (already.includes(role)) {
        refuse('identity-already-checked', `${role} has already confirmed this household's identity.`, IDENTITY_CLAUSE);
      }
      const welfareBodies: readonly Role[] = ['poverty-office', 'civil-affairs'];
      if (
        s.c.identityBasis === 'disabled-household' &&
        welfareBodies.includes(role) &&
        already.some((r) => welfareBodies.includes(r))
      ) {
        refuse(
          'identity-already-checked',
          `${already.filter((r) => welfareBodies.includes(r)).join(', ')} has already confirmed this poor disabled household jointly with the disabled persons' federation; ${role} is not needed.`,
          IDENTITY_CLAUSE,
        );
      }
      const passedBy = [...already, role];
      const stillNeeded = identityStillNeeded(s.c, passedBy);
      const complete = stillNeeded.length === 0;
      return {
        status: complete ? 'identity-checked' : s.c.status,
        patch: { identityPassedBy: passedBy },
        data: { passed: true, passedBy, complete, ...(complete ? {} : { stillNeeded }) },
      };
    },
  },
  {
    type: 'appraisal',
    status: 'appraised',
    outcomes: ['not-dangerous'],
    takers: 'housing-office',
    fields:
      '`grade`: `C` | `D` | `none`, `appraiser`; `mode`?, `plannedArea`?, `repairCost`? when the new grade needs another mode',
    clause: 'R1 四.(一), 九.(三).2; R2 四.(一), 八.(三).2',
    returnable: true,
    when: 'not for no-house households',
    appliesTo: (c) => c.grade !== 'no-house',
    roles: () => HOUSING_OFFICE,
    apply: (s) => {
      const f = reader(s.input);
      const grade = f.oneOf('grade', APPRAISED_GRADES);
      const appraiser = f.text('appraiser');
      const appraisal = { grade, appraiser, on: s.on };
      if (grade === 'none') {
        // Not a dangerous house: not a renovation object (经第三方房屋鉴定机构评定为C级和D级危房的 … 列为危房改造对象).
        return {
          status: 'not-dangerous',
          patch: { appraisal, subsidy: { ...s.c.subsidy, committed: 0 } },
          data: { grade, appraiser, subsidy: 0 },
        };
      }
      const mode = f.optOneOf('mode', MODES) ?? s.c.mode;
      const plannedArea = f.optArea('plannedArea') ?? s.c.plannedArea;
      const repairCost = f.optFen('repairCost') ?? s.c.repairCost;
      const problem = modeProblem({ programme: s.c.programme, grade, mode, stableExit: s.c.stableExit });
      if (problem) {
        refuse(
          problem.code,
          `Appraised ${grade}, the case cannot continue as ${mode}: ${problem.message} Give the household's new mode (and planned area) with the appraisal.`,
          problem.clause,
          'mode',
        );
      }
      if (mode === 'repair' && repairCost === undefined) {
        throw new ValidationError('A repair needs its cost.', [
          { path: 'repairCost', message: 'is required when the case continues as a repair' },
        ]);
      }
      const area = areaProblem(
        plannedArea,
        { mode, largeHousehold: s.c.largeHousehold, safetyNet: s.c.safetyNet },
        s.policy,
      );
      if (area) refuse(area.code, area.message, area.clause, 'plannedArea');
      const subsidy = subsidyFor(
        {
          programme: s.c.programme,
          grade,
          mode,
          repairCost,
          largeHousehold: s.c.largeHousehold,
          safetyNet: s.c.safetyNet,
        },
        s.policy,
      );
      const patch: Partial<HousingCase> = {
        grade,
        appraisal,
        mode,
        plannedArea,
        subsidy: { ...s.c.subsidy, committed: subsidy.amount, rule: subsidy.rule, clause: subsidy.clause },
      };
      if (repairCost !== undefined) patch.repairCost = repairCost;
      return {
        status: 'appraised',
        patch,
        data: {
          grade,
          appraiser,
          gradeBefore: s.c.grade,
          mode,
          plannedArea,
          subsidy: subsidy.amount,
          subsidyRule: subsidy.rule,
        },
      };
    },
  },
  {
    type: 'approval',
    status: 'approved',
    outcomes: [],
    takers: 'housing-office',
    fields: '`noticeFrom`, `noticeTo` (≥ 5 days), `objections`: `none`',
    clause: NOTICE_CLAUSES.city,
    returnable: true,
    when: 'always',
    appliesTo: always,
    roles: () => HOUSING_OFFICE,
    apply: (s) => {
      const f = reader(s.input);
      const noticeFrom = f.date('noticeFrom');
      const noticeTo = f.date('noticeTo');
      const objections = f.text('objections');
      // 经审批合格后由市危改办进行公示,公示无异议的危改户录入农村危房改造系统
      if (objections !== 'none') {
        refuse(
          'objections-open',
          `The city notice must end with no objection before the case enters the national system; with "${objections}" return the case instead.`,
          NOTICE_CLAUSES.city,
          'objections',
        );
      }
      const days = checkNotice(s, 'city', noticeFrom, noticeTo, 'noticeFrom', 'noticeTo');
      return {
        status: 'approved',
        patch: {},
        data: { noticeFrom, noticeTo, days, objections, enteredNationalSystem: true },
      };
    },
  },
  {
    type: 'agreement',
    status: 'agreement-signed',
    outcomes: [],
    takers: 'township',
    fields: '`completionBy`',
    clause: 'R1 九.(二); R2 八.(二)',
    returnable: false,
    when: 'always',
    appliesTo: always,
    roles: () => TOWNSHIP,
    apply: (s) => {
      const completionBy = reader(s.input).date('completionBy');
      // 各村要与危房改造户签订建房协议,明确 … 竣工时限. A date past the plan's deadline is recorded, not
      // refused: the progress report shows it as late [R1 三, 八.(二)].
      if (completionBy < s.on)
        refuse(
          'completion-before-agreement',
          `The completion date ${completionBy} is before the agreement (${s.on}).`,
          'R1 九.(二)',
          'completionBy',
        );
      const deadline = s.policy.parameters.schedule.deadline.value;
      return {
        status: 'agreement-signed',
        patch: { completionBy },
        data: { completionBy, beyondDeadline: completionBy > deadline },
      };
    },
  },
  {
    type: 'moved-out',
    status: 'moved-out',
    outcomes: [],
    takers: 'township',
    fields: '`arrangement`',
    clause: 'R1 八.(一); R2 七.(一)',
    returnable: false,
    when: 'D grade only',
    appliesTo: (c) => c.grade === 'D',
    roles: () => TOWNSHIP,
    apply: (s) => {
      // 对居住在D级危房的改造户以租房、借住等方式进行妥善安置
      const arrangement = reader(s.input).text('arrangement');
      return { status: 'moved-out', patch: { movedOut: { arrangement, on: s.on } }, data: { arrangement } };
    },
  },
  {
    type: 'construction-start',
    status: 'under-construction',
    outcomes: [],
    takers: 'township',
    fields: '—',
    clause: 'R1 七.(五), 八.(二); R2 六.(五), 七.(二)',
    returnable: false,
    when: 'always (a D-grade household after moving out)',
    appliesTo: always,
    roles: () => TOWNSHIP,
    apply: (s) => ({ status: 'under-construction', patch: { constructionStartedOn: s.on }, data: {} }),
  },
  {
    type: 'preliminary-acceptance',
    status: 'preliminary-accepted',
    outcomes: [],
    takers: 'township',
    fields: '`builtArea` (m²), `oldHouse`: `demolished` | `sealed` (required for D)',
    clause: 'R1 七.(七); R2 六.(七)',
    returnable: true,
    when: 'always',
    appliesTo: always,
    roles: () => TOWNSHIP,
    apply: (s) => {
      const f = reader(s.input);
      const builtArea = f.area('builtArea');
      const oldHouse = f.optOneOf('oldHouse', ['demolished', 'sealed'] as const);
      // 原D级危房必须拆除 / 原危房进行拆除或封存,不得继续居住使用. Every D case builds new (repair is C only).
      if (s.c.grade === 'D' && oldHouse === undefined) {
        refuse(
          'old-house-required',
          'The old D-grade house must be demolished or sealed (never lived in again) before acceptance: give oldHouse.',
          OLD_HOUSE_CLAUSE,
          'oldHouse',
        );
      }
      const preliminaryAcceptance =
        oldHouse === undefined ? { builtArea, on: s.on } : { builtArea, oldHouse, on: s.on };
      return {
        status: 'preliminary-accepted',
        patch: { preliminaryAcceptance },
        data: { builtArea, ...(oldHouse ? { oldHouse } : {}) },
      };
    },
  },
  {
    type: 'final-acceptance',
    status: 'final-accepted',
    outcomes: ['subsidy-cancelled'],
    takers: 'housing-office',
    fields: '`builtArea`; `repairCost`? (repair: the actual cost)',
    clause: 'R1 七.(七), 九.(三).3; R2 六.(七), 八.(三).3',
    returnable: true,
    when: 'always; needs an accepted `before` and an accepted `after` photo',
    appliesTo: always,
    roles: () => HOUSING_OFFICE,
    apply: (s) => {
      const f = reader(s.input);
      const builtArea = f.area('builtArea');
      const missing = (['before', 'after'] as const).filter((k) => !s.photos.has(k));
      if (missing.length > 0) {
        refuse(
          'photos-missing',
          `Final acceptance needs at least one accepted ${missing.join(' and one accepted ')} photo (改造前后房屋和农户户主图片).`,
          PHOTOS_CLAUSE,
          'photos',
        );
      }
      const repairCost = f.optFen('repairCost') ?? s.c.repairCost;
      const subsidy = subsidyFor(
        {
          programme: s.c.programme,
          grade: s.c.grade,
          mode: s.c.mode,
          repairCost,
          builtArea,
          largeHousehold: s.c.largeHousehold,
          safetyNet: s.c.safetyNet,
        },
        s.policy,
      );
      const patch: Partial<HousingCase> = {
        finalAcceptance: { builtArea, on: s.on },
        subsidy: { ...s.c.subsidy, committed: subsidy.amount, rule: subsidy.rule, clause: subsidy.clause },
      };
      if (repairCost !== undefined) patch.repairCost = repairCost;
      if (subsidy.cancelled) {
        // Decision: the house is accepted (it exists and passed acceptance) but the subsidy is cancelled and
        // the case closes without payment [R1 九.(三).3: 对于建筑面积违规超标的,及时取消危改资金补助资格].
        patch.subsidy = { ...patch.subsidy!, cancelled: subsidy.cancelled };
        return { status: 'subsidy-cancelled', patch, data: { builtArea, subsidy: 0, cancelled: subsidy.cancelled } };
      }
      return {
        status: 'final-accepted',
        patch,
        data: { builtArea, subsidy: subsidy.amount, subsidyRule: subsidy.rule },
      };
    },
  },
  {
    type: 'payment',
    status: 'paid',
    outcomes: [],
    takers: 'finance',
    fields: '`account` (一卡通)',
    clause: 'R1 六; R2 五',
    returnable: false,
    when: 'always; once',
    appliesTo: always,
    roles: () => FINANCE,
    apply: (s) => {
      // 经住建部门验收合格后,通过财政"一卡通"发放补助资金 — the committed amount, once.
      const account = reader(s.input).text('account');
      const amount: Fen = s.c.subsidy.committed;
      return {
        status: 'paid',
        patch: { subsidy: { ...s.c.subsidy, paid: amount, paidOn: s.on, account } },
        data: { account, amount },
      };
    },
  },
];

/** The workflow table, keyed by step. */
export const WORKFLOW: Readonly<Record<StepType, StepRule>> = Object.fromEntries(
  STEP_LIST.map((r) => [r.type, r]),
) as Record<StepType, StepRule>;
/** The same table in order, for docs and reports. */
export const WORKFLOW_STEPS: readonly StepRule[] = STEP_LIST;

/** Position of the last completed step for each open status (−1: nothing yet). */
const STATUS_POSITION: Partial<Record<CaseStatus, number>> = {
  applied: -1,
  returned: -1,
  ...Object.fromEntries(STEP_LIST.map((r, i) => [r.status, i])),
};

export const isClosed = (c: Pick<HousingCase, 'status'>): boolean => CLOSED_STATUSES.includes(c.status);

/** The one step that may come next, or undefined for a closed case. */
export function nextStep(c: HousingCase): StepType | undefined {
  if (isClosed(c)) return undefined;
  const position = STATUS_POSITION[c.status];
  if (position === undefined) return undefined;
  for (let i = position + 1; i < STEP_TYPES.length; i++) {
    const type = STEP_TYPES[i]!;
    if (WORKFLOW[type].appliesTo(c)) return type;
  }
  return undefined;
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
  if (type === 'refuse') return TOWNSHIP;
  if (type === 'return') {
    const next = nextStep(c);
    return next ? WORKFLOW[next].roles(c) : [];
  }
  return WORKFLOW[type].roles(c);
}

/** The identity bodies still needed after `passedBy` have confirmed. */
export function identityStillNeeded(c: Pick<HousingCase, 'identityBasis'>, passedBy: readonly Role[]): Role[] {
  switch (c.identityBasis) {
    case 'registered-poor':
      return passedBy.includes('poverty-office') ? [] : ['poverty-office'];
    case 'welfare':
      return passedBy.includes('civil-affairs') ? [] : ['civil-affairs'];
    case 'disabled-household': {
      const needed: Role[] = [];
      if (!passedBy.includes('disabled-federation')) needed.push('disabled-federation');
      if (!passedBy.includes('poverty-office') && !passedBy.includes('civil-affairs'))
        needed.push('poverty-office', 'civil-affairs');
      return needed;
    }
  }
}

// --------------------------------------------------------------------------------------- apply an event

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
  const input = event as unknown as Record<string, unknown>;
  const type = input.type;
  if (typeof type !== 'string' || !(EVENT_TYPES as readonly string[]).includes(type)) {
    throw new ValidationError('Unknown event type.', [
      { path: 'type', message: `must be one of ${EVENT_TYPES.join(', ')}` },
    ]);
  }
  const eventType = type as EventType;
  const on = reader(input).date('on');

  if (eventType !== 'return') {
    const roles = stepRoles(c, eventType);
    if (!roles.includes(caller.role)) {
      throw new ForbiddenError(
        `${eventType} is taken by ${roles.join(' or ')}, not by ${caller.role}${eventType === 'identity-check' ? ` (identity basis: ${c.identityBasis})` : ''}.`,
      );
    }
  }

  if (isClosed(c)) {
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

  const policy = housingPolicyById(c.policyId, context.policies ?? HOUSING_POLICIES);
  if (!policy) throw new Error(`housing policy ${c.policyId} of case ${c.caseId} is not registered`);
  const photos = new Set<PhotoKind>(context.acceptedPhotoKinds ?? acceptedPhotoKinds(c.photos));
  const s: StepInput = { c, input, on, caller, actor: actorOf(caller), policy, photos };
  const next = nextStep(c);
  let outcome: Outcome;

  if (eventType === 'refuse') {
    // 对于出自个人原因且由相关工作人员多次进行思想工作仍拒绝改造的 … 由镇村两级做好拒绝改造佐证材料
    const evidence = reader(input).text('evidence');
    outcome = { status: 'refused', patch: { refusal: { evidence, on } }, data: { evidence } };
  } else if (eventType === 'return') {
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
    outcome = returnTo(s, next, reader(input).text('reason'));
  } else {
    if (eventType !== next) refuseOutOfOrder(c, eventType, next!);
    outcome = WORKFLOW[eventType].apply(s);
  }

  const { type: _type, on: _on, ...fields } = input;
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
    actor: s.actor,
    data: { ...fields, ...outcome.data },
    statusBefore: c.status,
    statusAfter: outcome.status,
  };
  return { case: updated, event: caseEvent };
}

function refuseOutOfOrder(c: HousingCase, type: StepType, next: StepType): never {
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
 * A return. Before approval the case goes back to the village committee (`returned`; a new village-review
 * restarts the steps, identity confirmations are cleared). At an acceptance it goes back to construction for
 * rectification (`under-construction`; the township accepts it again).
 */
function returnTo(s: StepInput, from: StepType, reason: string): Outcome {
  const lastReturn = { from, reason, on: s.on, by: s.actor };
  if (from === 'preliminary-acceptance' || from === 'final-acceptance') {
    return {
      status: 'under-construction',
      patch: { lastReturn },
      data: { returnedFrom: from, reason, rectify: true },
    };
  }
  return { status: 'returned', patch: { lastReturn, identityPassedBy: [] }, data: { returnedFrom: from, reason } };
}

// ------------------------------------------------------------------------------------------- rule helpers

function refuse(rule: string, message: string, clause: string, path = 'type'): never {
  const text = `${message} [${clause}]`;
  throw new ConflictError('invalid-transition', text, [{ path, code: rule, message: text }]);
}

/** Notice length, both days counted, and its place between the previous event and this one. */
function checkNotice(
  s: StepInput,
  which: keyof typeof NOTICE_CLAUSES,
  from: IsoDate,
  to: IsoDate,
  fromPath: string,
  toPath: string,
): number {
  const clause = NOTICE_CLAUSES[which];
  const minimum = s.policy.parameters.notice.minimumDays.value;
  const days = daysInclusive(from, to);
  if (days < minimum) {
    refuse(
      'notice-too-short',
      `The ${which} notice ${from} to ${to} lasts ${Math.max(days, 0)} days counting both the first and the last; at least ${minimum} are required (公示5天以上).`,
      clause,
      toPath,
    );
  }
  dateBetween(s, fromPath, from, clause);
  if (to > s.on)
    refuse(
      'notice-not-over',
      `The ${which} notice runs until ${to}; record it on or after that day, not on ${s.on}.`,
      clause,
      toPath,
    );
  return days;
}

/** Dates inside an event lie between the previous event and this one. */
function dateBetween(s: StepInput, path: string, date: IsoDate, clause: string): void {
  if (date < s.c.lastEventOn || date > s.on) {
    refuse(
      'date-out-of-order',
      `${path} ${date} must lie between the previous step (${s.c.lastEventOn}) and this one (${s.on}).`,
      clause,
      path,
    );
  }
}

/** Reads event fields, throwing ValidationError (400) with the field's path when one is missing or malformed. */
function reader(input: Record<string, unknown>) {
  const bad = (path: string, message: string): never => {
    throw new ValidationError(`The ${String(input.type)} event is not valid: ${path} ${message}.`, [{ path, message }]);
  };
  const text = (path: string): string => {
    const v = input[path];
    return typeof v === 'string' && v.trim().length > 0 ? v : bad(path, 'is required');
  };
  const date = (path: string): IsoDate => {
    const v = input[path];
    return typeof v === 'string' && isIsoDate(v) ? v : bad(path, 'must be a date YYYY-MM-DD');
  };
  const positiveArea = (path: string, v: unknown): number =>
    typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : bad(path, 'must be a positive number of m²');
  return {
    text,
    date,
    bool: (path: string): boolean => {
      const v = input[path];
      return typeof v === 'boolean' ? v : bad(path, 'must be true or false');
    },
    area: (path: string): number => positiveArea(path, input[path]),
    optArea: (path: string): number | undefined =>
      input[path] === undefined ? undefined : positiveArea(path, input[path]),
    optFen: (path: string): Fen | undefined => {
      const v = input[path];
      if (v === undefined) return undefined;
      return typeof v === 'number' && Number.isSafeInteger(v) && v >= 0
        ? v
        : bad(path, 'must be a non-negative amount in fen');
    },
    oneOf: <T extends string>(path: string, values: readonly T[]): T => {
      const v = input[path];
      return typeof v === 'string' && (values as readonly string[]).includes(v)
        ? (v as T)
        : bad(path, `must be one of ${values.join(', ')}`);
    },
    optOneOf: <T extends string>(path: string, values: readonly T[]): T | undefined => {
      const v = input[path];
      if (v === undefined) return undefined;
      return typeof v === 'string' && (values as readonly string[]).includes(v)
        ? (v as T)
        : bad(path, `must be one of ${values.join(', ')}`);
    },
  };
}

// ------------------------------------------------------------------------------------------------ report aids

/** Finished: accepted (paid or not), or closed without renovation. */
const FINISHED: readonly CaseStatus[] = ['final-accepted', 'paid', 'subsidy-cancelled', 'refused', 'not-dangerous'];

/**
 * Late against the plan's deadline [R1 三, 八.(二)] as at `asOf`: still open (not finally accepted) after the
 * deadline, or finally accepted after it. Lateness is reported, never refused (a late disaster case in R2 still
 * goes through the steps [R2 三]).
 */
export function isLate(
  c: HousingCase,
  asOf: IsoDate,
  policy: HousingPolicy = housingPolicyById(c.policyId) ?? HOUSING_POLICIES[0]!,
): boolean {
  const deadline = policy.parameters.schedule.deadline.value;
  if (c.finalAcceptance) return c.finalAcceptance.on > deadline;
  if (FINISHED.includes(c.status)) return false;
  return asOf > deadline;
}
