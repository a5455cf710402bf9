import type { Caller } from '../../../shared/auth/roles.js';
import { addDays } from '../../../shared/dates.js';
import { openCase } from '../../../shared/housing/eligibility.js';
import {
  PHOTO_KINDS,
  type CaseRequest,
  type EventInput,
  type HousingCase,
  type PhotoKind,
  type StepType,
} from '../../../shared/housing/types.js';
import { applyEvent, nextStep, type ApplyContext } from '../../../shared/housing/apply.js';
import { identityStillNeeded } from '../../../shared/housing/steps.js';
import type { Person } from '../../../shared/roster/types.js';

/** Synthetic people (region 159999 does not exist) and callers for the housing tests. */
export const TOWNSHIP = 'zhonghe';

export const callers = {
  township: { sub: 'clerk-zhonghe', role: 'township', township: TOWNSHIP },
  otherTownship: { sub: 'clerk-chaihe', role: 'township', township: 'chaihe' },
  housingOffice: { sub: 'weigai-1', role: 'housing-office' },
  povertyOffice: { sub: 'fupin-1', role: 'poverty-office' },
  civilAffairs: { sub: 'minzheng-1', role: 'civil-affairs' },
  disabledFederation: { sub: 'canlian-1', role: 'disabled-federation' },
  finance: { sub: 'caizheng-1', role: 'finance' },
  audit: { sub: 'shenji-1', role: 'audit' },
  hospital: { sub: 'his-1', role: 'hospital', hospitalId: 'zlt-peoples' },
  educationBureau: { sub: 'jiaoyu-1', role: 'education-bureau' },
} satisfies Record<string, Caller>;

export function person(overrides: Partial<Person> = {}): Person {
  return {
    personId: '159999195001010011',
    name: '示例户主',
    householdId: 'HH-001',
    township: TOWNSHIP,
    village: '示例村',
    registeredFrom: '2016-01-01',
    flags: {},
    insuredYears: [2019],
    ...overrides,
  };
}

/** A registered-poor householder (R1). */
export const poorPerson = (overrides: Partial<Person> = {}): Person => person(overrides);
/** A 低保 householder who is not registered poor (R2). */
export const welfarePerson = (overrides: Partial<Person> = {}): Person => {
  const { registeredFrom: _r, ...rest } = person();
  return { ...rest, flags: { minimumLivingAllowance: true }, ...overrides };
};
/** A poor disabled household, neither 特困 nor 低保 (R2, joint identity check). */
export const disabledPerson = (overrides: Partial<Person> = {}): Person =>
  welfarePerson({ flags: { poorDisabledHousehold: true }, ...overrides });

export function request(overrides: Partial<CaseRequest> = {}): CaseRequest {
  return {
    programme: 'R1',
    householdId: 'HH-001',
    householderId: '159999195001010011',
    township: TOWNSHIP,
    village: '示例村',
    grade: 'D',
    mode: 'self-build',
    plannedArea: 55,
    appliedOn: '2019-01-10',
    attestations: {
      agriculturalRegistration: { by: '村委会', on: '2019-01-05' },
      livesInVillage: { by: '村委会', on: '2019-01-05' },
      housing: { by: '扶贫办', on: '2019-01-05' },
    },
    ...overrides,
  };
}

let counter = 0;
export function newCase(
  req: Partial<CaseRequest> = {},
  householder: Person = req.programme === 'R2' ? welfarePerson() : poorPerson(),
): HousingCase {
  counter += 1;
  return openCase(request(req), { caseId: `HC-${counter}`, householder, caller: callers.township }).case;
}

/** A valid event for each step, dated so that a whole walk moves forward in time. */
export const STEP_EVENTS = {
  'village-review': { type: 'village-review', on: '2019-01-12', passed: true },
  'village-notice': {
    type: 'village-notice',
    on: '2019-01-18',
    from: '2019-01-13',
    to: '2019-01-17',
    objections: 'none',
  },
  'township-review': {
    type: 'township-review',
    on: '2019-01-25',
    passed: true,
    homeVisitOn: '2019-01-20',
    meetingOn: '2019-01-24',
  },
  'township-notice': {
    type: 'township-notice',
    on: '2019-02-01',
    from: '2019-01-26',
    to: '2019-01-30',
    objections: 'none',
  },
  'identity-check': { type: 'identity-check', on: '2019-02-05', passed: true },
  appraisal: { type: 'appraisal', on: '2019-02-20', grade: 'D', appraiser: '呼伦贝尔某房屋鉴定所' },
  approval: {
    type: 'approval',
    on: '2019-03-05',
    noticeFrom: '2019-02-25',
    noticeTo: '2019-03-01',
    objections: 'none',
  },
  agreement: { type: 'agreement', on: '2019-03-10', completionBy: '2019-08-15' },
  'moved-out': { type: 'moved-out', on: '2019-03-20', arrangement: '借住亲属家' },
  'construction-start': { type: 'construction-start', on: '2019-04-01' },
  'preliminary-acceptance': { type: 'preliminary-acceptance', on: '2019-07-20', builtArea: 55, oldHouse: 'demolished' },
  'final-acceptance': { type: 'final-acceptance', on: '2019-07-30', builtArea: 55 },
  payment: { type: 'payment', on: '2019-08-10', account: '6217000000000000001' },
} satisfies Record<StepType, EventInput>;

/** Who takes a step by default (the first body still needed for identity). */
export function defaultCaller(c: HousingCase, type: StepType): Caller {
  switch (type) {
    case 'identity-check': {
      const role = identityStillNeeded(c, c.identityPassedBy)[0];
      return role === 'civil-affairs'
        ? callers.civilAffairs
        : role === 'disabled-federation'
          ? callers.disabledFederation
          : callers.povertyOffice;
    }
    case 'appraisal':
    case 'approval':
    case 'final-acceptance':
      return callers.housingOffice;
    case 'payment':
      return callers.finance;
    default:
      return callers.township;
  }
}

/** Every kind of upload accepted: the file holds whatever the policy requires. */
export const ALL_PHOTOS: ApplyContext = { acceptedPhotoKinds: [...PHOTO_KINDS] satisfies PhotoKind[] };

/** The default event for the case's next step, with the appraisal keeping the case's own grade. */
export function defaultEvent(c: HousingCase, type: StepType): EventInput {
  const event: EventInput = STEP_EVENTS[type];
  if (event.type === 'appraisal') return { ...event, grade: c.grade === 'no-house' ? 'D' : c.grade };
  if (event.type === 'preliminary-acceptance') {
    const { oldHouse: _o, ...rest } = event;
    return c.grade === 'D' ? { ...event, builtArea: c.plannedArea } : { ...rest, builtArea: c.plannedArea };
  }
  if (event.type === 'final-acceptance') return { ...event, builtArea: c.plannedArea };
  return event;
}

/** A valid event for `type` dated a few days after `date` (every date inside it fits), for random walks. */
export function eventAfter(c: HousingCase, type: StepType, date: string): EventInput {
  const d = (n: number): string => addDays(date, n);
  const base = defaultEvent(c, type);
  switch (base.type) {
    case 'village-notice':
    case 'township-notice':
      return { ...base, on: d(6), from: d(1), to: d(5) };
    case 'township-review':
      return { ...base, on: d(3), homeVisitOn: d(1), meetingOn: d(2) };
    case 'approval':
      return { ...base, on: d(6), noticeFrom: d(1), noticeTo: d(5) };
    case 'agreement':
      return { ...base, on: d(1), completionBy: d(120) };
    default:
      return { ...base, on: d(1) };
  }
}

/** Applies the default next step until the case reaches `status` (or closes); returns the case and statuses seen. */
export function driveTo(
  c: HousingCase,
  status: HousingCase['status'],
  context: ApplyContext = ALL_PHOTOS,
): { case: HousingCase; statuses: string[] } {
  const statuses: string[] = [c.status];
  let current = c;
  for (let guard = 0; current.status !== status && guard < 30; guard++) {
    const type = nextStep(current);
    if (!type) break;
    current = applyEvent(current, defaultEvent(current, type), defaultCaller(current, type), context).case;
    statuses.push(current.status);
  }
  if (current.status !== status) throw new Error(`could not drive case to ${status}; stopped at ${current.status}`);
  return { case: current, statuses };
}
