import type { Role } from '../auth/roles.js';
import type { Caller } from '../auth/roles.js';
import { daysInclusive, type IsoDate } from '../dates.js';
import { ConflictError, ValidationError } from '../errors.js';
import type { Fen } from '../money.js';
import type { HousingPolicy } from './policy.js';
import { areaProblem, modeProblem, subsidyFor } from './subsidy.js';
import {
  STEP_TYPES,
  type Actor,
  type CaseStatus,
  type HousingCase,
  type PhotoKind,
  type StepBody,
  type StepType,
} from './types.js';

/**
 * The housing-renovation workflow's step table (docs/rules.md §4 "Workflow", docs/rules.md §4 "Workflow"): each
 * step's taker, clause, when it applies, and the pure rule that turns the step's event body (typed from
 * its one zod schema, `eventBodySchema`) into the case's next state. The engine that checks an event
 * against this table is apply.ts; who may touch a case at all is access.ts.
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

/** What every rule sees besides the body: the case, the event's date, the caller, the policy, the photos. */
export interface StepContext {
  c: HousingCase;
  on: IsoDate;
  caller: Caller;
  actor: Actor;
  policy: HousingPolicy;
  photos: ReadonlySet<PhotoKind>;
}

/** What a step's rule sees: the context and the event body of that step (typed from its one schema). */
export interface StepInput<T extends StepType = StepType> extends StepContext {
  input: StepBody<T>;
}

export interface Outcome {
  status: CaseStatus;
  patch: Partial<HousingCase>;
  data: Record<string, unknown>;
}

export interface StepRule<T extends StepType = StepType> {
  type: T;
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
  apply(s: StepInput<T>): Outcome;
}

const TOWNSHIP: readonly Role[] = ['township'];
const HOUSING_OFFICE: readonly Role[] = ['housing-office'];
const FINANCE: readonly Role[] = ['finance'];
const always = (): boolean => true;

const NOTICE_CLAUSES = {
  village: 'R1 七.(二); R2 六.(二)',
  township: 'R1 七.(三); R2 六.(三)',
  city: 'R1 七.(四); R2 六.(四)',
} as const;
const IDENTITY_CLAUSE = 'R1 七.(三), 九.(三).1; R2 四.(一), 八.(三).1';
const OLD_HOUSE_CLAUSE = 'R1 四.(二).1–3, 八.(一); R2 四.(二).1–3, 七.(一)';

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

/** The steps, keyed by type; `WORKFLOW_STEPS` lists them in the order of `STEP_TYPES`. */
export const WORKFLOW: { readonly [T in StepType]: StepRule<T> } = {
  'village-review': {
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
      if (!s.input.passed) return returnTo(s, 'village-review', required(s.input, 'reason'));
      return { status: 'village-reviewed', patch: {}, data: { passed: true } };
    },
  },
  'village-notice': {
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
      const { from, to, objections } = s.input;
      // 公示无异议或有异议但经村委会复核排除异议的 … 上报; otherwise the case is not reported up: return it.
      // (The schema admits only these two; the rule holds for any caller of the engine.)
      if (!(['none', 'resolved'] as string[]).includes(objections)) {
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
  'township-review': {
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
      if (!s.input.passed) return returnTo(s, 'township-review', required(s.input, 'reason'));
      // 首先对村委会上报的材料进行审核并组织人员入户调查 … 立会研究
      const homeVisitOn = requiredDate(s.input, 'homeVisitOn');
      const meetingOn = requiredDate(s.input, 'meetingOn');
      dateBetween(s, 'homeVisitOn', homeVisitOn, 'R1 七.(三)');
      dateBetween(s, 'meetingOn', meetingOn, 'R1 七.(三)');
      return { status: 'township-reviewed', patch: {}, data: { passed: true, homeVisitOn, meetingOn } };
    },
  },
  'township-notice': {
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
      const { from, to, objections } = s.input;
      // 由乡镇人民政府、办事处公示5天以上无异议的危房改造户 … 报市扶贫部门
      if ((objections as string) !== 'none') {
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
  'identity-check': {
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
      if (!s.input.passed) return returnTo(s, 'identity-check', required(s.input, 'reason'));
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
  appraisal: {
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
      const { grade, appraiser } = s.input;
      const appraisal = { grade, appraiser, on: s.on };
      if (grade === 'none') {
        // Not a dangerous house: not a renovation object (经第三方房屋鉴定机构评定为C级和D级危房的 … 列为危房改造对象).
        return {
          status: 'not-dangerous',
          patch: { appraisal, subsidy: { ...s.c.subsidy, committed: 0 } },
          data: { grade, appraiser, subsidy: 0 },
        };
      }
      const mode = s.input.mode ?? s.c.mode;
      const plannedArea = s.input.plannedArea ?? s.c.plannedArea;
      const repairCost = s.input.repairCost ?? s.c.repairCost;
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
  approval: {
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
      const { noticeFrom, noticeTo, objections } = s.input;
      // 经审批合格后由市危改办进行公示,公示无异议的危改户录入农村危房改造系统
      if ((objections as string) !== 'none') {
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
  agreement: {
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
      const { completionBy } = s.input;
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
  'moved-out': {
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
      const { arrangement } = s.input;
      return { status: 'moved-out', patch: { movedOut: { arrangement, on: s.on } }, data: { arrangement } };
    },
  },
  'construction-start': {
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
  'preliminary-acceptance': {
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
      const { builtArea, oldHouse } = s.input;
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
  'final-acceptance': {
    type: 'final-acceptance',
    status: 'final-accepted',
    outcomes: ['subsidy-cancelled'],
    takers: 'housing-office',
    fields: '`builtArea`; `repairCost`? (repair: the actual cost)',
    clause: 'R1 七.(七), 九.(三).3; R2 六.(七), 八.(三).3',
    returnable: true,
    when: 'always; needs the documents the policy requires of the file (documents.ts), checked by apply.ts',
    appliesTo: always,
    roles: () => HOUSING_OFFICE,
    apply: (s) => {
      const { builtArea } = s.input;
      const repairCost = s.input.repairCost ?? s.c.repairCost;
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
      const committed = { ...s.c.subsidy, committed: subsidy.amount, rule: subsidy.rule, clause: subsidy.clause };
      const patch: Partial<HousingCase> = { finalAcceptance: { builtArea, on: s.on }, subsidy: committed };
      if (repairCost !== undefined) patch.repairCost = repairCost;
      if (subsidy.cancelled) {
        // Decision: the house is accepted (it exists and passed acceptance) but the subsidy is cancelled and
        // the case closes without payment [R1 九.(三).3: 对于建筑面积违规超标的,及时取消危改资金补助资格].
        patch.subsidy = { ...committed, cancelled: subsidy.cancelled };
        return { status: 'subsidy-cancelled', patch, data: { builtArea, subsidy: 0, cancelled: subsidy.cancelled } };
      }
      return {
        status: 'final-accepted',
        patch,
        data: { builtArea, subsidy: subsidy.amount, subsidyRule: subsidy.rule },
      };
    },
  },
  payment: {
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
      const { account } = s.input;
      const amount: Fen = s.c.subsidy.committed;
      return {
        status: 'paid',
        patch: { subsidy: { ...s.c.subsidy, paid: amount, paidOn: s.on, account } },
        data: { account, amount },
      };
    },
  },
};

/** The same table in the order of the steps, for the engine, docs and reports. */
export const WORKFLOW_STEPS: readonly StepRule[] = STEP_TYPES.map((t) => ruleOf(t));

/**
 * The rule of a step type, seen through the common StepRule shape. The table is typed per step (each rule
 * reads its own body); this is the one place that widens it, and the engine only hands a rule its own body.
 */
export function ruleOf(type: StepType): StepRule {
  return WORKFLOW[type] as unknown as StepRule;
}

/** Position of the last completed step for each open status (−1: nothing yet). */
export const STATUS_POSITION: Partial<Record<CaseStatus, number>> = {
  applied: -1,
  returned: -1,
  ...Object.fromEntries(WORKFLOW_STEPS.map((r, i) => [r.status, i])),
};

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

// ------------------------------------------------------------------------------------------- rule helpers

export function refuse(rule: string, message: string, clause: string, path = 'type'): never {
  const text = `${message} [${clause}]`;
  throw new ConflictError('invalid-transition', text, [{ path, code: rule, message: text }]);
}

/** Notice length, both days counted, and its place between the previous event and this one. */
function checkNotice(
  s: StepContext,
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
function dateBetween(s: StepContext, path: string, date: IsoDate, clause: string): void {
  if (date < s.c.lastEventOn || date > s.on) {
    refuse(
      'date-out-of-order',
      `${path} ${date} must lie between the previous step (${s.c.lastEventOn}) and this one (${s.on}).`,
      clause,
      path,
    );
  }
}

/**
 * A return. Before approval the case goes back to the village committee (`returned`; a new village-review
 * restarts the steps, identity confirmations are cleared). At an acceptance it goes back to construction for
 * rectification (`under-construction`; the township accepts it again).
 */
export function returnTo(s: StepContext, from: StepType, reason: string): Outcome {
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

/** A field the step needs although the body may leave it out (e.g. the reason of a failed review): 400 naming it. */
function required<B extends { type: string }, K extends keyof B & string>(input: B, path: K): NonNullable<B[K]> {
  const v = input[path];
  if (v === undefined || v === null || (typeof v === 'string' && v.trim().length === 0)) {
    throw new ValidationError(`The ${input.type} event is not valid: ${path} is required.`, [
      { path, message: 'is required' },
    ]);
  }
  return v as NonNullable<B[K]>;
}

/** A date the step needs although the body may leave it out (the township review's visit and meeting). */
function requiredDate<B extends { type: string }, K extends keyof B & string>(input: B, path: K): IsoDate {
  const v = input[path];
  if (typeof v !== 'string') {
    throw new ValidationError(`The ${input.type} event is not valid: ${path} must be a date YYYY-MM-DD.`, [
      { path, message: 'must be a date YYYY-MM-DD' },
    ]);
  }
  return v;
}
