import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../shared/auth/roles.js';
import { AppError, ConflictError, ForbiddenError, ValidationError } from '../../../shared/errors.js';
import {
  CLOSED_STATUSES,
  type CaseRequest,
  type EventInput,
  type HousingCase,
  type PhotoKind,
  type StepType,
} from '../../../shared/housing/types.js';
import { mayAccess } from '../../../shared/housing/access.js';
import { eventBodySchema } from '../../../shared/housing/schemas.js';
import { applyEvent, isLate, nextStep, nextSteps, type ApplyContext } from '../../../shared/housing/apply.js';
import { identityStillNeeded, WORKFLOW_STEPS } from '../../../shared/housing/steps.js';
import { addDays } from '../../../shared/dates.js';
import {
  ALL_PHOTOS,
  callers,
  defaultCaller,
  disabledPerson,
  eventAfter,
  driveTo,
  newCase,
  poorPerson,
  STEP_EVENTS,
  welfarePerson,
} from './fixtures.js';

/** Applies one event; returns the case after it. */
const apply = (
  c: HousingCase,
  event: EventInput,
  caller: Caller = defaultCaller(c, event.type as StepType),
  context: ApplyContext = ALL_PHOTOS,
) => applyEvent(c, event, caller, context).case;

function refusal(fn: () => unknown): AppError {
  try {
    fn();
  } catch (error) {
    if (error instanceof AppError) return error;
    throw error;
  }
  throw new Error('expected the step to be refused');
}

/** The rule code of a 409 invalid-transition. */
function rule(fn: () => unknown): string | undefined {
  const error = refusal(fn);
  expect(error).toBeInstanceOf(ConflictError);
  expect(error.code).toBe('invalid-transition');
  return error.details[0]?.code;
}

const at = (
  status: HousingCase['status'],
  req: Partial<CaseRequest> = {},
  householder?: Parameters<typeof newCase>[1],
) => driveTo(newCase(req, householder), status).case;

describe('every transition, in order [R1 七, R2 六; docs/rules.md §4]', () => {
  it.each<[string, Partial<CaseRequest>, ReturnType<typeof poorPerson> | undefined, string[]]>([
    [
      'an R1 D-grade self-build goes through every step, moving out before construction (R1 八.(一))',
      {},
      undefined,
      [
        'applied',
        'village-reviewed',
        'village-noticed',
        'township-reviewed',
        'township-noticed',
        'identity-checked',
        'appraised',
        'approved',
        'agreement-signed',
        'moved-out',
        'under-construction',
        'preliminary-accepted',
        'final-accepted',
        'paid',
      ],
    ],
    [
      'an R1 C-grade repair skips moving out',
      { grade: 'C', mode: 'repair', repairCost: 18_000_00 },
      undefined,
      [
        'applied',
        'village-reviewed',
        'village-noticed',
        'township-reviewed',
        'township-noticed',
        'identity-checked',
        'appraised',
        'approved',
        'agreement-signed',
        'under-construction',
        'preliminary-accepted',
        'final-accepted',
        'paid',
      ],
    ],
    [
      'an R1 no-house government-backed house skips appraisal and moving out (五.(一))',
      { grade: 'no-house', mode: 'government-backed', plannedArea: 40 },
      undefined,
      [
        'applied',
        'village-reviewed',
        'village-noticed',
        'township-reviewed',
        'township-noticed',
        'identity-checked',
        'approved',
        'agreement-signed',
        'under-construction',
        'preliminary-accepted',
        'final-accepted',
        'paid',
      ],
    ],
    [
      'an R2 poor disabled household stays at the identity step until both bodies have passed (R2 八.(三).1)',
      { programme: 'R2', mode: 'mutual-aid', plannedArea: 38 },
      disabledPerson(),
      [
        'applied',
        'village-reviewed',
        'village-noticed',
        'township-reviewed',
        'township-noticed',
        'township-noticed',
        'identity-checked',
        'appraised',
        'approved',
        'agreement-signed',
        'moved-out',
        'under-construction',
        'preliminary-accepted',
        'final-accepted',
        'paid',
      ],
    ],
  ])('%s', (_name, req, householder, statuses) => {
    expect(driveTo(newCase(req, householder), 'paid').statuses).toEqual(statuses);
  });

  it('records each step with its sequence number, actor, date and the statuses before and after', () => {
    const c = at('identity-checked');
    const { case: after, event } = applyEvent(c, STEP_EVENTS.appraisal, callers.housingOffice, ALL_PHOTOS);
    expect(event).toMatchObject({
      caseId: c.caseId,
      seq: c.version + 1,
      type: 'appraisal',
      on: '2019-02-20',
      actor: { sub: 'weigai-1', role: 'housing-office' },
      data: { grade: 'D', appraiser: '呼伦贝尔某房屋鉴定所' },
      statusBefore: 'identity-checked',
      statusAfter: 'appraised',
    });
    expect(after).toMatchObject({ version: c.version + 1, lastEventOn: '2019-02-20', status: 'appraised' });
    expect(c.status).toBe('identity-checked'); // pure: the input case is not changed
  });

  it('pays the committed subsidy once, to the 一卡通 account (R1 六)', () => {
    const { case: paid } = driveTo(newCase(), 'paid');
    expect(paid.subsidy).toMatchObject({
      committed: 25_232_00,
      paid: 25_232_00,
      paidOn: '2019-08-10',
      account: '6217000000000000001',
    });
  });

  it('the table lists every step of the API table in order', () => {
    expect(WORKFLOW_STEPS.map((s) => s.type)).toEqual([
      'village-review',
      'village-notice',
      'township-review',
      'township-notice',
      'identity-check',
      'appraisal',
      'approval',
      'agreement',
      'moved-out',
      'construction-start',
      'preliminary-acceptance',
      'final-acceptance',
      'payment',
    ]);
    for (const step of WORKFLOW_STEPS) expect(step.clause).toMatch(/^R1 /);
  });
});

describe('notices: at least 5 days, counting both the first and the last [R1 七.(二)–(四)]', () => {
  it.each<[string, HousingCase['status'], EventInput, string | undefined]>([
    // village notice (R1 七.(二))
    [
      'a village notice of exactly 5 days (13th to 17th) passes',
      'village-reviewed',
      STEP_EVENTS['village-notice'],
      undefined,
    ],
    [
      'a village notice of 4 days (13th to 16th) is refused',
      'village-reviewed',
      { ...STEP_EVENTS['village-notice'], to: '2019-01-16' },
      'notice-too-short',
    ],
    [
      'a village notice ending before it starts is refused',
      'village-reviewed',
      { ...STEP_EVENTS['village-notice'], to: '2019-01-12' },
      'notice-too-short',
    ],
    [
      'a village notice with objections resolved by the village committee passes',
      'village-reviewed',
      { ...STEP_EVENTS['village-notice'], objections: 'resolved' },
      undefined,
    ],
    [
      'a village notice with objections still open is refused (return the case instead)',
      'village-reviewed',
      { ...STEP_EVENTS['village-notice'], objections: 'upheld' as never },
      'objections-open',
    ],
    [
      'a village notice still running on the day it is recorded is refused',
      'village-reviewed',
      { ...STEP_EVENTS['village-notice'], on: '2019-01-16' },
      'notice-not-over',
    ],
    [
      'a village notice starting before the village review is refused',
      'village-reviewed',
      { ...STEP_EVENTS['village-notice'], from: '2019-01-11' },
      'date-out-of-order',
    ],
    // township notice (R1 七.(三)): 公示5天以上无异议
    ['a township notice of exactly 5 days passes', 'township-reviewed', STEP_EVENTS['township-notice'], undefined],
    [
      'a township notice of 4 days is refused',
      'township-reviewed',
      { ...STEP_EVENTS['township-notice'], to: '2019-01-29' },
      'notice-too-short',
    ],
    [
      'a township notice with resolved objections is refused: it needs none',
      'township-reviewed',
      { ...STEP_EVENTS['township-notice'], objections: 'resolved' as never },
      'objections-open',
    ],
    // city notice at approval (R1 七.(四))
    [
      'a city notice of exactly 5 days across the month end (Feb 25 – Mar 1) passes',
      'appraised',
      STEP_EVENTS.approval,
      undefined,
    ],
    [
      'a city notice of 4 days (Feb 26 – Mar 1) is refused',
      'appraised',
      { ...STEP_EVENTS.approval, noticeFrom: '2019-02-26' },
      'notice-too-short',
    ],
    [
      'a city notice with objections is refused',
      'appraised',
      { ...STEP_EVENTS.approval, objections: 'some' as never },
      'objections-open',
    ],
  ])('%s', (_name, status, event, code) => {
    const c = at(status);
    if (code === undefined) expect(apply(c, event).status).not.toBe(c.status);
    else expect(rule(() => apply(c, event))).toBe(code);
  });

  it('names the rule and the clause in the message', () => {
    const c = at('village-reviewed');
    const error = refusal(() => apply(c, { ...STEP_EVENTS['village-notice'], to: '2019-01-16' }));
    expect(error.message).toContain('4 days');
    expect(error.message).toContain('R1 七.(二)');
  });
});

describe('refusals of the state machine, each with its rule [R1 七, 八, 九]', () => {
  it.each<[string, () => HousingCase, EventInput, Caller | undefined, string, string]>([
    [
      'a step out of order: an agreement right after the application',
      () => newCase(),
      STEP_EVENTS.agreement,
      undefined,
      'out-of-order',
      'R1 七',
    ],
    [
      'a step done twice: a second village review',
      () => at('village-reviewed'),
      STEP_EVENTS['village-review'],
      undefined,
      'out-of-order',
      'R1 七',
    ],
    [
      'payment before acceptance',
      () => at('under-construction'),
      STEP_EVENTS.payment,
      undefined,
      'out-of-order',
      'R1 七',
    ],
    [
      'an event dated before the last one',
      () => at('village-noticed'),
      { ...STEP_EVENTS['township-review'], on: '2019-01-17', homeVisitOn: '2019-01-17', meetingOn: '2019-01-17' },
      undefined,
      'date-backwards',
      'R1 七',
    ],
    [
      'a home visit after the township review',
      () => at('village-noticed'),
      { ...STEP_EVENTS['township-review'], homeVisitOn: '2019-01-26' },
      undefined,
      'date-out-of-order',
      'R1 七.(三)',
    ],
    [
      'an appraisal of a no-house household (五.(一))',
      () => at('identity-checked', { grade: 'no-house', mode: 'self-build' }),
      STEP_EVENTS.appraisal,
      undefined,
      'appraisal-not-for-no-house',
      'R1 四.(一), 五.(一)',
    ],
    [
      'moving out a C-grade household (八.(一) is for D)',
      () => at('agreement-signed', { grade: 'C', mode: 'repair', repairCost: 1_000_00 }),
      STEP_EVENTS['moved-out'],
      undefined,
      'moved-out-only-for-d',
      'R1 八.(一)',
    ],
    [
      'construction of a D-grade house before the household moved out',
      () => at('agreement-signed'),
      STEP_EVENTS['construction-start'],
      undefined,
      'out-of-order',
      'R1 七',
    ],
    [
      'a completion date before the agreement',
      () => at('approved'),
      { ...STEP_EVENTS.agreement, completionBy: '2019-03-09' },
      undefined,
      'completion-before-agreement',
      'R1 九.(二)',
    ],
    [
      'a D-grade preliminary acceptance without the old house demolished or sealed',
      () => at('under-construction'),
      { type: 'preliminary-acceptance', on: '2019-07-20', builtArea: 55 },
      undefined,
      'old-house-required',
      'R1 四.(二).1–3, 八.(一)',
    ],
    [
      'a return at a step that is not a review or check (agreement)',
      () => at('approved'),
      { type: 'return', on: '2019-03-10', reason: 'x' },
      callers.township,
      'not-returnable',
      'R1 七',
    ],
    [
      'a return of a case already returned',
      () => apply(at('village-noticed'), { type: 'return', on: '2019-01-20', reason: '材料不全' }, callers.township),
      { type: 'return', on: '2019-01-21', reason: 'again' },
      callers.township,
      'not-returnable',
      'R1 七',
    ],
    [
      'any step on a refused case',
      () => apply(at('approved'), { type: 'refuse', on: '2019-03-06', evidence: '三次入户记录' }, callers.township),
      STEP_EVENTS.agreement,
      undefined,
      'case-closed',
      'R1 七',
    ],
  ])('refuses %s', (_name, setup, event, caller, code, clause) => {
    const c = setup();
    const error = refusal(() => apply(c, event, caller));
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.details[0]?.code).toBe(code);
    expect(error.message).toContain(clause);
  });

  it('refuses an event dated after today when the caller gives today', () => {
    const c = newCase();
    expect(rule(() => apply(c, STEP_EVENTS['village-review'], callers.township, { today: '2019-01-11' }))).toBe(
      'date-in-future',
    );
    expect(apply(c, STEP_EVENTS['village-review'], callers.township, { today: '2019-01-12' }).status).toBe(
      'village-reviewed',
    );
  });

  it('a C-grade preliminary acceptance needs no old-house record', () => {
    const c = at('under-construction', { grade: 'C', mode: 'repair', repairCost: 1_000_00 });
    expect(apply(c, { type: 'preliminary-acceptance', on: '2019-07-20', builtArea: 70 }).status).toBe(
      'preliminary-accepted',
    );
  });

  it('an agreement completing after 2019-08-31 is recorded, flagged, not refused (R1 三: reported as late)', () => {
    const { case: c, event } = applyEvent(
      at('approved'),
      { ...STEP_EVENTS.agreement, completionBy: '2019-09-30' },
      callers.township,
    );
    expect(c.completionBy).toBe('2019-09-30');
    expect(event.data.beyondDeadline).toBe(true);
  });

  it.each<[string, unknown, string]>([
    ['a village review without passed', { type: 'village-review', on: '2019-01-12' }, 'passed'],
    ['a malformed date', { type: 'village-review', on: '2019-1-12', passed: true }, 'on'],
    ['an unknown event type', { type: 'demolish', on: '2019-01-12' }, 'type'],
  ])('answers %s with 400 naming the field (the one event schema, before the engine)', (_name, event, path) => {
    const parsed = eventBodySchema.safeParse(event);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.path.join('.')).toBe(path);
  });

  it('answers a failed review without a reason with 400 naming the field (the engine: the schema leaves it optional)', () => {
    const error = refusal(() =>
      apply(newCase(), { type: 'village-review', on: '2019-01-12', passed: false }, callers.township),
    );
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.details[0]?.path).toBe('reason');
  });
});

describe('acceptance and payment [R1 六, 七.(七), 九.(三).3, 九.(五)]', () => {
  // An R1 D-grade self-build of a registered-poor household: its file needs nine documents (policy `documents`).
  const R1_D_FILE: PhotoKind[] = [
    'application',
    'householder',
    'identity-proof',
    'income-proof',
    'appraisal-report',
    'approval',
    'agreement',
    'before',
    'after',
  ];
  it.each<[string, PhotoKind[], PhotoKind[]]>([
    ['final acceptance without any accepted upload is refused, naming all nine', [], R1_D_FILE],
    [
      'final acceptance with only a before photo and the householder is refused',
      ['before', 'householder'],
      R1_D_FILE.filter((k) => k !== 'before' && k !== 'householder'),
    ],
    [
      'final acceptance without the building agreement is refused',
      R1_D_FILE.filter((k) => k !== 'agreement'),
      ['agreement'],
    ],
    [
      'final acceptance with before and after photos only (the old rule) is refused',
      ['before', 'after'],
      R1_D_FILE.filter((k) => k !== 'before' && k !== 'after'),
    ],
  ])('%s', (_name, kinds, missing) => {
    const c = at('preliminary-accepted');
    const error = refusal(() =>
      apply(c, STEP_EVENTS['final-acceptance'], callers.housingOffice, { acceptedPhotoKinds: kinds }),
    );
    expect(error).toBeInstanceOf(ConflictError);
    expect(error.details.map((d) => [d.code, d.path])).toEqual(
      missing.map((k) => ['documents-missing', `documents.${k}`]),
    );
    expect(error.message).toMatch(/九.\(五\)/);
  });

  it('final acceptance with the nine documents passes (a welfare certificate is not asked of an R1 household)', () => {
    const c = at('preliminary-accepted');
    const event = STEP_EVENTS['final-acceptance'];
    expect(apply(c, event, callers.housingOffice, { acceptedPhotoKinds: R1_D_FILE }).status).toBe('final-accepted');
  });

  it("falls back to the case's photo summary when no kinds are given", () => {
    const c = at('preliminary-accepted');
    expect(rule(() => apply(c, STEP_EVENTS['final-acceptance'], callers.housingOffice, {}))).toBe('documents-missing');
    const accepted = Object.fromEntries(R1_D_FILE.map((k) => [k, 1]));
    const withFile = { ...c, photos: { ...c.photos, accepted: { ...c.photos.accepted, ...accepted } } };
    expect(apply(withFile, STEP_EVENTS['final-acceptance'], callers.housingOffice, {}).status).toBe('final-accepted');
  });

  it.each<[string, Partial<CaseRequest>, number, HousingCase['status'], number]>([
    ['a self-build accepted at exactly 60 m² keeps 25,232 yuan', {}, 60, 'final-accepted', 25_232_00],
    [
      'a self-build accepted at 60.5 m² loses its subsidy and closes (decision: accepted, not paid)',
      {},
      60.5,
      'subsidy-cancelled',
      0,
    ],
    [
      'a large household accepted at 80 m² with the township request keeps 25,232 yuan',
      { largeHousehold: true, plannedArea: 75 },
      80,
      'final-accepted',
      25_232_00,
    ],
    ['a household accepted at 80 m² without the request loses its subsidy', {}, 80, 'subsidy-cancelled', 0],
    [
      'a government-backed house accepted at exactly 40 m² keeps 45,232 yuan',
      { mode: 'government-backed', plannedArea: 40 },
      40,
      'final-accepted',
      45_232_00,
    ],
    [
      'a government-backed house accepted at 40.5 m² loses its subsidy',
      { mode: 'government-backed', plannedArea: 40 },
      40.5,
      'subsidy-cancelled',
      0,
    ],
  ])('%s', (_name, req, builtArea, status, committed) => {
    const c = at('preliminary-accepted', req);
    const after = apply(c, { type: 'final-acceptance', on: '2019-07-30', builtArea }, callers.housingOffice);
    expect(after.status).toBe(status);
    expect(after.subsidy.committed).toBe(committed);
    if (status === 'subsidy-cancelled')
      expect(after.subsidy.cancelled).toMatchObject({ builtArea, clause: 'R1 九.(三).3; R2 八.(三).3' });
  });

  it('a case whose subsidy was cancelled cannot be paid', () => {
    const c = apply(
      at('preliminary-accepted'),
      { type: 'final-acceptance', on: '2019-07-30', builtArea: 61 },
      callers.housingOffice,
    );
    expect(rule(() => apply(c, STEP_EVENTS.payment, callers.finance))).toBe('case-closed');
  });

  it.each([
    ['a repair whose actual cost is 15,000 yuan is paid 15,000 yuan', 15_000_00, 15_000_00],
    ['a repair whose actual cost is 23,000 yuan is paid the 20,000 yuan cap', 23_000_00, 20_000_00],
  ])('%s (C级修缮每户上限为20000元)', (_name, actual, paid) => {
    const c = at('preliminary-accepted', { grade: 'C', mode: 'repair', repairCost: 18_000_00 });
    expect(c.subsidy.committed).toBe(18_000_00);
    const accepted = apply(
      c,
      { type: 'final-acceptance', on: '2019-07-30', builtArea: 70, repairCost: actual },
      callers.housingOffice,
    );
    expect(accepted.repairCost).toBe(actual);
    expect(apply(accepted, STEP_EVENTS.payment, callers.finance).subsidy.paid).toBe(paid);
  });

  it('a second payment is refused: the subsidy is paid once', () => {
    const { case: paid } = driveTo(newCase(), 'paid');
    const error = refusal(() => apply(paid, { ...STEP_EVENTS.payment, on: '2019-08-11' }, callers.finance));
    expect(error.details[0]?.code).toBe('already-paid');
    expect(error.message).toContain('R1 六');
  });
});

describe('the appraisal decides the grade [R1 四.(一), 九.(三).2; docs/rules.md §4]', () => {
  it('a case applied as C (self-build) and appraised D continues as D, and now must move out', () => {
    const c = at('identity-checked', { grade: 'C', mode: 'self-build' });
    expect(c.subsidy.rule).toBe('subsidy.cGradeNewBuild');
    const appraised = apply(c, { ...STEP_EVENTS.appraisal, grade: 'D' }, callers.housingOffice);
    expect(appraised).toMatchObject({
      grade: 'D',
      appliedGrade: 'C',
      appraisal: { grade: 'D' },
      subsidy: { committed: 25_232_00, rule: 'subsidy.dGradeNewBuild' },
    });
    expect(driveTo(appraised, 'paid').statuses).toContain('moved-out');
  });

  it('a case applied as D and appraised C continues as C, without moving out', () => {
    const c = at('identity-checked');
    const appraised = apply(c, { ...STEP_EVENTS.appraisal, grade: 'C' }, callers.housingOffice);
    expect(appraised).toMatchObject({ grade: 'C', subsidy: { rule: 'subsidy.cGradeNewBuild' } });
    expect(driveTo(appraised, 'paid').statuses).not.toContain('moved-out');
  });

  it('a repair appraised D must name a new-build mode: without one it is refused', () => {
    const c = at('identity-checked', { grade: 'C', mode: 'repair', repairCost: 10_000_00 });
    expect(rule(() => apply(c, { ...STEP_EVENTS.appraisal, grade: 'D' }, callers.housingOffice))).toBe(
      'repair-only-for-c',
    );
    const rebuilt = apply(
      c,
      { ...STEP_EVENTS.appraisal, grade: 'D', mode: 'self-build', plannedArea: 58 },
      callers.housingOffice,
    );
    expect(rebuilt).toMatchObject({
      grade: 'D',
      mode: 'self-build',
      plannedArea: 58,
      subsidy: { committed: 25_232_00 },
    });
  });

  it('an R2 self-build appraised C must switch to repair, with its cost (R2 四.(二).4)', () => {
    const c = at('identity-checked', { programme: 'R2' }, welfarePerson());
    expect(rule(() => apply(c, { ...STEP_EVENTS.appraisal, grade: 'C' }, callers.housingOffice))).toBe(
      'c-new-build-r2',
    );
    expect(
      refusal(() => apply(c, { ...STEP_EVENTS.appraisal, grade: 'C', mode: 'repair' }, callers.housingOffice)),
    ).toBeInstanceOf(ValidationError);
    const repaired = apply(
      c,
      { ...STEP_EVENTS.appraisal, grade: 'C', mode: 'repair', repairCost: 25_000_00 },
      callers.housingOffice,
    );
    expect(repaired.subsidy.committed).toBe(20_000_00);
  });

  it('a new mode at appraisal is checked against its area limit', () => {
    const c = at('identity-checked');
    expect(rule(() => apply(c, { ...STEP_EVENTS.appraisal, mode: 'government-backed' }, callers.housingOffice))).toBe(
      'area-over-limit',
    );
    expect(
      apply(c, { ...STEP_EVENTS.appraisal, mode: 'government-backed', plannedArea: 40 }, callers.housingOffice).subsidy
        .committed,
    ).toBe(45_232_00);
  });

  it('a 稳定脱贫 household cannot switch to a government-backed house at appraisal (R1 四.(二).2)', () => {
    const c = at('identity-checked', {}, poorPerson({ flags: { stableExit: true } }));
    expect(
      rule(() =>
        apply(c, { ...STEP_EVENTS.appraisal, mode: 'government-backed', plannedArea: 40 }, callers.housingOffice),
      ),
    ).toBe('stable-exit-no-government-backed');
  });

  it.each<[string, Partial<CaseRequest>, HousingCase['status'], number]>([
    // A no-house self-build opens committed to the D new-build amount, 25,232.00 yuan (R1 六); refused after
    // approval it is due nothing: 25,232.00 -> 0. The progress report counts it 0 committed, 0 paid.
    ['a no-house self-build refused after approval', { grade: 'no-house', plannedArea: 50 }, 'approved', 25_232_00],
    // A government-backed no-house house opens at 45,232.00 yuan; refused at the village notice: 0.
    [
      'a government-backed no-house house refused before the township review',
      { grade: 'no-house', mode: 'government-backed', plannedArea: 40 },
      'village-noticed',
      45_232_00,
    ],
  ])('a refusal closes the case with nothing due (R1 三 拒绝改造): %s', (_name, req, status, opened) => {
    const c = at(status, req);
    expect(c.subsidy.committed).toBe(opened);
    const closed = apply(
      c,
      { type: 'refuse', on: addDays(c.lastEventOn, 1), evidence: '三次入户记录' },
      callers.township,
    );
    expect(closed).toMatchObject({ status: 'refused', subsidy: { committed: 0, paid: 0 } });
    expect(nextSteps(closed)).toEqual([]);
  });

  it('"not dangerous" closes the case with no subsidy', () => {
    const closed = apply(at('identity-checked'), { ...STEP_EVENTS.appraisal, grade: 'none' }, callers.housingOffice);
    expect(closed).toMatchObject({ status: 'not-dangerous', subsidy: { committed: 0 }, appraisal: { grade: 'none' } });
    expect(nextSteps(closed)).toEqual([]);
  });
});

describe('identity check [R1 七.(三), 九.(三).1; R2 四.(一), 八.(三).1]', () => {
  const identity: EventInput = STEP_EVENTS['identity-check'];

  it.each<[string, Caller[]]>([
    ['the federation first, then civil affairs', [callers.disabledFederation, callers.civilAffairs]],
    ['the poverty office first, then the federation', [callers.povertyOffice, callers.disabledFederation]],
  ])('a poor disabled household passes once both bodies have confirmed: %s', (_name, [first, second]) => {
    const c = at('township-noticed', { programme: 'R2' }, disabledPerson());
    const { case: half, event } = applyEvent(c, identity, first!);
    expect(half.status).toBe('township-noticed');
    expect(event.data).toMatchObject({ complete: false });
    expect(nextStep(half)).toBe('identity-check');
    expect(apply(half, identity, second!).status).toBe('identity-checked');
  });

  it('a second welfare body is not needed once one has confirmed a disabled household', () => {
    const half = apply(at('township-noticed', { programme: 'R2' }, disabledPerson()), identity, callers.civilAffairs);
    expect(rule(() => apply(half, identity, callers.povertyOffice))).toBe('identity-already-checked');
    expect(rule(() => apply(half, identity, callers.civilAffairs))).toBe('identity-already-checked');
  });

  it('a refusal by either body returns the case and clears the confirmations', () => {
    const half = apply(
      at('township-noticed', { programme: 'R2' }, disabledPerson()),
      identity,
      callers.disabledFederation,
    );
    const returned = apply(half, { ...identity, passed: false, reason: '残疾证过期' }, callers.civilAffairs);
    expect(returned).toMatchObject({
      status: 'returned',
      identityPassedBy: [],
      lastReturn: { from: 'identity-check', reason: '残疾证过期' },
    });
  });

  it('a 低保 household is confirmed by civil affairs alone', () => {
    expect(
      apply(at('township-noticed', { programme: 'R2' }, welfarePerson()), identity, callers.civilAffairs).status,
    ).toBe('identity-checked');
  });
});

describe('returns and resubmission [R1 七.(二), 七.(三); R1 九.(二)]', () => {
  it.each<[string, HousingCase['status'], EventInput, Caller]>([
    [
      'a failed village review',
      'applied',
      { type: 'village-review', on: '2019-01-12', passed: false, reason: '非农业户口' },
      callers.township,
    ],
    [
      'a return at the village notice (objections not resolved)',
      'village-reviewed',
      { type: 'return', on: '2019-01-18', reason: '公示有异议' },
      callers.township,
    ],
    [
      'a failed township review',
      'village-noticed',
      { type: 'township-review', on: '2019-01-25', passed: false, reason: '入户调查不符' },
      callers.township,
    ],
    [
      'a return at the township notice (objection)',
      'township-reviewed',
      { type: 'return', on: '2019-02-01', reason: '公示有异议' },
      callers.township,
    ],
    [
      'a failed identity check by the poverty office',
      'township-noticed',
      { type: 'identity-check', on: '2019-02-05', passed: false, reason: '非建档立卡' },
      callers.povertyOffice,
    ],
    [
      'a return at the identity check',
      'township-noticed',
      { type: 'return', on: '2019-02-05', reason: '材料不全' },
      callers.povertyOffice,
    ],
    [
      'a return at appraisal',
      'identity-checked',
      { type: 'return', on: '2019-02-20', reason: '无法入户' },
      callers.housingOffice,
    ],
    [
      'a return at approval (objection to the city notice)',
      'appraised',
      { type: 'return', on: '2019-03-05', reason: '公示有异议' },
      callers.housingOffice,
    ],
  ])('%s sends the case back to the village with the reason', (_name, status, event, caller) => {
    const returned = apply(at(status), event, caller);
    expect(returned.status).toBe('returned');
    expect(returned.lastReturn?.reason).toBeTruthy();
    expect(nextSteps(returned)).toEqual(['village-review', 'refuse']);
  });

  it('a returned case is resubmitted with a new village review and goes through every step again', () => {
    const returned = apply(
      at('appraised'),
      { type: 'return', on: '2019-03-05', reason: '公示有异议' },
      callers.housingOffice,
    );
    const resubmitted = apply(returned, { type: 'village-review', on: '2019-03-06', passed: true }, callers.township);
    expect(resubmitted.status).toBe('village-reviewed');
    expect(resubmitted.lastReturn).toMatchObject({ from: 'approval', by: { role: 'housing-office' } });
    const noticed = apply(
      resubmitted,
      { ...STEP_EVENTS['village-notice'], on: '2019-03-12', from: '2019-03-07', to: '2019-03-11' },
      callers.township,
    );
    expect(noticed.status).toBe('village-noticed');
    expect(nextStep(noticed)).toBe('township-review');
  });

  it('a return at final acceptance sends the case back to construction for rectification (责令限期整改)', () => {
    const c = at('preliminary-accepted');
    const { case: back, event } = applyEvent(
      c,
      { type: 'return', on: '2019-07-30', reason: '圈梁不合格' },
      callers.housingOffice,
    );
    expect(back.status).toBe('under-construction');
    expect(event.data).toMatchObject({ returnedFrom: 'final-acceptance', rectify: true });
    expect(nextSteps(back)).toEqual(['preliminary-acceptance', 'return', 'refuse']);
  });

  it('a return at preliminary acceptance keeps the case under construction', () => {
    const back = apply(
      at('under-construction'),
      { type: 'return', on: '2019-07-20', reason: '未完工' },
      callers.township,
    );
    expect(back).toMatchObject({ status: 'under-construction', lastReturn: { from: 'preliminary-acceptance' } });
  });

  it('the household refusing renovation closes the case with evidence at any open step (R1 三)', () => {
    for (const status of ['applied', 'returned', 'identity-checked', 'under-construction', 'final-accepted'] as const) {
      const c =
        status === 'returned'
          ? apply(newCase(), { type: 'village-review', on: '2019-01-12', passed: false, reason: 'x' }, callers.township)
          : at(status);
      const refused = apply(
        c,
        { type: 'refuse', on: '2019-08-01', evidence: '三次入户动员记录及签字' },
        callers.township,
      );
      expect(refused).toMatchObject({ status: 'refused', refusal: { evidence: '三次入户动员记录及签字' } });
    }
  });
});

describe('who may take each step (docs/rules.md §8) → 403', () => {
  it.each<[string, () => HousingCase, EventInput, Caller]>([
    ['audit cannot change a case', () => newCase(), STEP_EVENTS['village-review'], callers.audit],
    [
      'township staff cannot act in another township',
      () => newCase(),
      STEP_EVENTS['village-review'],
      callers.otherTownship,
    ],
    ['a hospital takes no housing step', () => newCase(), STEP_EVENTS['village-review'], callers.hospital],
    [
      'the education bureau takes no housing step',
      () => newCase(),
      STEP_EVENTS['village-review'],
      callers.educationBureau,
    ],
    [
      'the housing office does not take the village review',
      () => newCase(),
      STEP_EVENTS['village-review'],
      callers.housingOffice,
    ],
    ['the township does not appraise', () => at('identity-checked'), STEP_EVENTS.appraisal, callers.township],
    [
      'civil affairs does not check an R1 identity',
      () => at('township-noticed'),
      STEP_EVENTS['identity-check'],
      callers.civilAffairs,
    ],
    [
      'the poverty office does not check a 低保 identity',
      () => at('township-noticed', { programme: 'R2' }, welfarePerson()),
      STEP_EVENTS['identity-check'],
      callers.povertyOffice,
    ],
    ['the township does not pay', () => at('final-accepted'), STEP_EVENTS.payment, callers.township],
    ['finance does not accept', () => at('preliminary-accepted'), STEP_EVENTS['final-acceptance'], callers.finance],
    [
      'the housing office does not record a refusal',
      () => newCase(),
      { type: 'refuse', on: '2019-02-01', evidence: 'x' },
      callers.housingOffice,
    ],
    [
      'the township does not return a case at the identity check',
      () => at('township-noticed'),
      { type: 'return', on: '2019-02-05', reason: 'x' },
      callers.township,
    ],
    [
      'the poverty office does not return a case at appraisal',
      () => at('identity-checked'),
      { type: 'return', on: '2019-02-20', reason: 'x' },
      callers.povertyOffice,
    ],
    [
      'another township cannot pay even a finished case',
      () => at('final-accepted'),
      STEP_EVENTS.payment,
      callers.otherTownship,
    ],
  ])('%s', (_name, setup, event, caller) => {
    expect(() => apply(setup(), event, caller)).toThrow(ForbiddenError);
  });

  it.each<[string, Caller, 'read' | 'write', boolean]>([
    ['township staff read cases of their own township', callers.township, 'read', true],
    ['township staff write cases of their own township', callers.township, 'write', true],
    ['township staff do not read other townships', callers.otherTownship, 'read', false],
    ['audit reads every case', callers.audit, 'read', true],
    ['audit writes nothing', callers.audit, 'write', false],
    ['the housing office reads and acts city-wide', callers.housingOffice, 'write', true],
    ['finance reads city-wide', callers.finance, 'read', true],
    ['the disabled persons federation reads city-wide (identity checks)', callers.disabledFederation, 'read', true],
    ['a hospital reads no housing case', callers.hospital, 'read', false],
    ['the education bureau reads no housing case', callers.educationBureau, 'read', false],
    ['a township token without a township reads nothing', { sub: 'x', role: 'township' }, 'read', false],
  ])('%s', (_name, caller, access, allowed) => {
    expect(mayAccess(caller, { township: 'zhonghe' }, access)).toBe(allowed);
  });
});

describe('what comes next', () => {
  it.each<[HousingCase['status'], Partial<CaseRequest>, string[]]>([
    ['applied', {}, ['village-review', 'return', 'refuse']],
    ['identity-checked', {}, ['appraisal', 'return', 'refuse']],
    ['identity-checked', { grade: 'no-house', mode: 'self-build' }, ['approval', 'return', 'refuse']],
    ['approved', {}, ['agreement', 'refuse']],
    ['agreement-signed', {}, ['moved-out', 'refuse']],
    ['agreement-signed', { grade: 'C', mode: 'self-build' }, ['construction-start', 'refuse']],
    ['final-accepted', {}, ['payment', 'refuse']],
    ['paid', {}, []],
  ])('a case at %s (%j) accepts %j', (status, req, expected) => {
    expect(nextSteps(at(status, req))).toEqual(expected);
  });
});

describe('late against 2019-08-31 [R1 三, 八.(二)]', () => {
  it.each<[string, () => HousingCase, string, boolean]>([
    ['an open case on the deadline day is not late', () => at('under-construction'), '2019-08-31', false],
    ['an open case the day after the deadline is late', () => at('under-construction'), '2019-09-01', true],
    ['a case accepted before the deadline is not late, whenever asked', () => at('paid'), '2019-12-01', false],
    [
      'a case accepted after the deadline is late',
      () =>
        apply(
          at('preliminary-accepted'),
          { type: 'final-acceptance', on: '2019-09-03', builtArea: 50 },
          callers.housingOffice,
        ),
      '2019-09-15',
      true,
    ],
    [
      'a refused case is not late',
      () => apply(newCase(), { type: 'refuse', on: '2019-02-01', evidence: 'x' }, callers.township),
      '2019-12-01',
      false,
    ],
  ])('%s', (_name, setup, asOf, late) => {
    expect(isLate(setup(), asOf)).toBe(late);
  });
});

describe('invariants over random walks (fast-check)', () => {
  it('whatever happens, versions count events, dates never go back, and the subsidy is paid at most once and only when paid', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(
        fc.constantFrom<[Partial<CaseRequest>, ReturnType<typeof poorPerson> | undefined]>(
          [{}, undefined],
          [{ grade: 'C', mode: 'repair', repairCost: 12_000_00 }, undefined],
          [{ grade: 'no-house', mode: 'mutual-aid', plannedArea: 36 }, undefined],
          [{ grade: 'C', mode: 'self-build' }, undefined],
          [{ programme: 'R2', mode: 'government-backed', plannedArea: 40 }, disabledPerson()],
        ),
        // mostly forward, sometimes a return (9%), rarely a refusal (3%)
        fc.array(
          fc.integer({ min: 0, max: 99 }).map((n) => (n < 3 ? 'refuse' : n < 12 ? 'return' : 'next')),
          { minLength: 1, maxLength: 80 },
        ),
        ([req, householder], moves) => {
          let c = newCase(req, householder);
          for (const move of moves) {
            const next = nextStep(c);
            if (!next) break;
            let event: EventInput;
            let caller: Caller = defaultCaller(c, next);
            const date = c.lastEventOn;
            if (move === 'refuse') {
              event = { type: 'refuse', on: addDays(date, 1), evidence: 'e' };
              caller = callers.township;
            } else if (move === 'return' && nextSteps(c).includes('return')) {
              event = { type: 'return', on: addDays(date, 1), reason: 'r' };
            } else {
              event = eventAfter(c, next, date);
            }
            const { case: after, event: recorded } = applyEvent(c, event, caller, ALL_PHOTOS);
            expect(after.version).toBe(c.version + 1);
            expect(recorded.seq).toBe(after.version);
            expect(recorded.on >= c.lastEventOn).toBe(true);
            expect(after.subsidy.paid === 0 || after.status === 'paid').toBe(true);
            if (after.status === 'paid') expect(after.subsidy.paid).toBe(after.subsidy.committed);
            expect(after.subsidy.committed).toBeGreaterThanOrEqual(0);
            if (after.status === 'identity-checked')
              expect(identityStillNeeded(after, after.identityPassedBy)).toEqual([]);
            c = after;
            seen.add(c.status);
          }
          if (CLOSED_STATUSES.includes(c.status)) expect(nextSteps(c)).toEqual([]);
          else expect(nextSteps(c).length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 300 },
    );
    // the walks do reach the ends and the detours
    for (const status of ['paid', 'returned', 'refused', 'under-construction']) expect(seen).toContain(status);
  });
});
