import type { Caller } from '../auth/roles.js';
import { isIsoDate } from '../dates.js';
import { ConflictError, ForbiddenError, ValidationError, type ErrorDetail } from '../errors.js';
import { isRegisteredOn, type Person } from '../roster/types.js';
import { housingPolicyOn, HOUSING_POLICIES, type HousingPolicy } from './policy.js';
import { areaProblem, modeProblem, subsidyFor } from './subsidy.js';
import {
  actorOf,
  ATTESTED_FACTS,
  emptyPhotoSummary,
  GRADES,
  MODES,
  PROGRAMMES,
  type Attestations,
  type CaseEvent,
  type CaseRequest,
  type HousingCase,
  type IdentityBasis,
  type RuleReason,
} from './types.js';

/**
 * Who may open a case (docs/rules.md §4 "Eligible", docs/openapi.json `POST /v1/housing/cases`). Pure: the caller looks up the
 * householder on the roster and passes them in; a refusal becomes 409 `not-eligible` with every reason.
 */

export type EligibilityResult =
  | {
      ok: true;
      /** Who confirms identity at the identity step. */
      identityBasis: IdentityBasis;
      /** Extremely poor householder: ≤ 40 m² in every new-build mode [R1 九.(三).3]. */
      safetyNet: boolean;
      stableExit: boolean;
    }
  | { ok: false; reasons: (RuleReason & { path: string })[] };

/** The reasons are all collected (not just the first) so the township can fix the file in one go. */
export function checkEligibility(request: CaseRequest, householder: Person, policy: HousingPolicy): EligibilityResult {
  const reasons: (RuleReason & { path: string })[] = [];
  const refuse = (path: string, reason: RuleReason | undefined): void => {
    if (reason) reasons.push({ ...reason, path });
  };
  const flags = householder.flags ?? {};
  const registered = isRegisteredOn(householder, request.appliedOn);

  // Facts the roster cannot answer are attested, each with who and when, on or before the application.
  const facts: Record<(typeof ATTESTED_FACTS)[number], string> = {
    agriculturalRegistration: 'agricultural household registration (农业户籍)',
    livesInVillage: 'living in the village (在村居住)',
    housing:
      request.grade === 'no-house'
        ? 'no member of the household owns a house (无房户: 家庭成员均无住房)'
        : 'this is the household’s only house (唯一住房)',
  };
  for (const fact of ATTESTED_FACTS) {
    const a = request.attestations?.[fact];
    if (!a || a.by.trim() === '') {
      refuse(`attestations.${fact}`, {
        code: 'missing-attestation',
        message: `The application needs an attestation that ${facts[fact]}: who attested and when.`,
        clause: fact === 'housing' && request.grade === 'no-house' ? 'R1 五.(一)' : 'R1 四.(一); R2 四.(一)',
      });
    } else if (a.on > request.appliedOn) {
      refuse(`attestations.${fact}.on`, {
        code: 'attestation-after-application',
        message: `The attestation that ${facts[fact]} is dated ${a.on}, after the application (${request.appliedOn}).`,
        clause: 'R1 七.(一); R2 六.(一)',
      });
    }
  }

  if (householder.personId !== request.householderId) {
    refuse('householderId', {
      code: 'householder-mismatch',
      message: 'The roster person is not the householder named in the request.',
      clause: 'R1 七.(一); R2 六.(一)',
    });
  }
  if (householder.householdId !== request.householdId) {
    refuse('householdId', {
      code: 'household-mismatch',
      message: `The householder belongs to household ${householder.householdId} on the roster, not ${request.householdId} (one household, one file).`,
      clause: 'R1 九.(五); R2 八.(五)',
    });
  }
  if (householder.township !== request.township) {
    refuse('township', {
      code: 'township-mismatch',
      message: `The householder lives in township ${householder.township} on the roster; the case must be opened there (乡镇、办事处为实施主体).`,
      clause: 'R1 七.(五); R2 六.(五)',
    });
  }

  if (request.programme === 'R1') {
    if (!registered) {
      refuse('householderId', {
        code: 'not-registered-poor',
        message: `The householder is not a registered poor person on ${request.appliedOn} (建档立卡贫困户身份识别以扶贫部门认定为准).`,
        clause: 'R1 四.(一), 九.(三).1',
      });
    }
    if (request.inRelocationPlan === true) {
      refuse('inRelocationPlan', {
        code: 'in-relocation-plan',
        message: 'A household in the relocation plan (易地扶贫搬迁) may not be a renovation case.',
        clause: 'R1 四.(一)',
      });
    }
  } else {
    if (registered) {
      refuse('programme', {
        code: 'registered-poor-belongs-in-r1',
        message: `The householder is a registered poor person on ${request.appliedOn}: the household belongs in R1 (建档立卡贫困户另见扶贫实施方案).`,
        clause: 'R2 四.(一)',
      });
    }
    if (!flags.extremelyPoor && !flags.minimumLivingAllowance && !flags.poorDisabledHousehold) {
      refuse('householderId', {
        code: 'no-welfare-identity',
        message:
          'R2 is for 农村分散供养特困人员, 低保户 and 贫困残疾人家庭: the householder carries none of extremelyPoor, minimumLivingAllowance, poorDisabledHousehold.',
        clause: 'R2 四.(一)',
      });
    }
  }

  const stableExit = request.programme === 'R1' && flags.stableExit === true;
  const mode = modeProblem({ programme: request.programme, grade: request.grade, mode: request.mode, stableExit });
  refuse(mode?.code === 'no-house-not-in-r2' ? 'grade' : 'mode', mode);

  const safetyNet = flags.extremelyPoor === true;
  refuse(
    'plannedArea',
    areaProblem(
      request.plannedArea,
      { mode: request.mode, largeHousehold: request.largeHousehold === true, safetyNet },
      policy,
    ),
  );

  if (reasons.length > 0) return { ok: false, reasons };
  return { ok: true, identityBasis: identityBasisOf(request.programme, flags), safetyNet, stableExit };
}

/**
 * R2 四.(一), 八.(三).1: 特困 and 低保 identity is civil affairs'; a poor disabled household's is the disabled
 * persons' federation's jointly with the poverty office or civil affairs. *Decision*: a householder who is
 * 特困 or 低保 is checked by civil affairs alone even if the household is also a poor disabled household.
 */
export function identityBasisOf(programme: CaseRequest['programme'], flags: Person['flags']): IdentityBasis {
  if (programme === 'R1') return 'registered-poor';
  if (flags?.extremelyPoor || flags?.minimumLivingAllowance) return 'welfare';
  return 'disabled-household';
}

function shapeProblems(request: CaseRequest): ErrorDetail[] {
  const bad: ErrorDetail[] = [];
  const r = request as unknown as Record<string, unknown>;
  if (!(PROGRAMMES as readonly unknown[]).includes(r.programme))
    bad.push({ path: 'programme', message: 'must be R1 or R2' });
  if (!(GRADES as readonly unknown[]).includes(r.grade))
    bad.push({ path: 'grade', message: 'must be C, D or no-house' });
  if (!(MODES as readonly unknown[]).includes(r.mode))
    bad.push({ path: 'mode', message: `must be one of ${MODES.join(', ')}` });
  for (const f of ['householdId', 'householderId', 'township', 'village'] as const) {
    if (typeof r[f] !== 'string' || (r[f] as string).length === 0) bad.push({ path: f, message: 'is required' });
  }
  if (typeof r.appliedOn !== 'string' || !isIsoDate(r.appliedOn))
    bad.push({ path: 'appliedOn', message: 'must be a date YYYY-MM-DD' });
  if (typeof r.plannedArea !== 'number' || !Number.isFinite(r.plannedArea) || r.plannedArea <= 0) {
    bad.push({ path: 'plannedArea', message: 'must be a positive number of m²' });
  }
  if (r.repairCost !== undefined && (!Number.isSafeInteger(r.repairCost) || (r.repairCost as number) < 0)) {
    bad.push({ path: 'repairCost', message: 'must be a non-negative amount' });
  }
  if (r.mode === 'repair' && r.repairCost === undefined) {
    bad.push({
      path: 'repairCost',
      message: 'is required for a repair (C级修缮: the subsidy is the actual cost up to 20,000)',
    });
  }
  return bad;
}

export interface OpenCaseContext {
  caseId: string;
  /** The householder as on the roster (the caller answers 404 when there is none). */
  householder: Person;
  caller: Caller;
  policies?: readonly HousingPolicy[];
}

/**
 * Opens a case: township staff of the case's township only (403 otherwise); a bad body is 400; a date
 * with no housing policy in force is 400 `no-policy`; an ineligible household is 409 `not-eligible` with
 * one detail per reason (`code` the rule, the clause in the message). Returns the case and its first event.
 */
export function openCase(request: CaseRequest, ctx: OpenCaseContext): { case: HousingCase; event: CaseEvent } {
  const { caller } = ctx;
  if (caller.role !== 'township') throw new ForbiddenError('Only township staff open housing-renovation cases.');
  if (caller.township !== request.township) {
    throw new ForbiddenError(
      `Township staff of ${caller.township} may not open a case in township ${request.township}.`,
    );
  }
  const bad = shapeProblems(request);
  if (bad.length > 0) throw new ValidationError('The case request is not valid.', bad);
  const policy = housingPolicyOn(request.appliedOn, ctx.policies ?? HOUSING_POLICIES);
  if (!policy)
    throw new ValidationError(
      `No housing policy is in force on ${request.appliedOn}.`,
      [{ path: 'appliedOn', message: 'no policy in force' }],
      'no-policy',
    );

  const result = checkEligibility(request, ctx.householder, policy);
  if (!result.ok) {
    throw new ConflictError(
      'not-eligible',
      `The household is not eligible: ${result.reasons.map((r) => `${r.message} [${r.clause}]`).join(' ')}`,
      result.reasons.map((r) => ({ path: r.path, code: r.code, message: `${r.message} [${r.clause}]` })),
    );
  }

  const largeHousehold = request.largeHousehold === true;
  const subsidy = subsidyFor(
    {
      programme: request.programme,
      grade: request.grade,
      mode: request.mode,
      repairCost: request.repairCost,
      largeHousehold,
      safetyNet: result.safetyNet,
    },
    policy,
  );
  const actor = actorOf(caller);
  const housingCase: HousingCase = {
    caseId: ctx.caseId,
    policyId: policy.id,
    programme: request.programme,
    householdId: request.householdId,
    householderId: request.householderId,
    township: request.township,
    village: request.village,
    grade: request.grade,
    appliedGrade: request.grade,
    mode: request.mode,
    plannedArea: request.plannedArea,
    largeHousehold,
    safetyNet: result.safetyNet,
    stableExit: result.stableExit,
    identityBasis: result.identityBasis,
    appliedOn: request.appliedOn,
    inRelocationPlan: request.inRelocationPlan === true,
    status: 'applied',
    version: 1,
    lastEventOn: request.appliedOn,
    identityPassedBy: [],
    subsidy: { committed: subsidy.amount, paid: 0, rule: subsidy.rule, clause: subsidy.clause },
    photos: emptyPhotoSummary(),
    createdBy: actor,
  };
  if (request.repairCost !== undefined) housingCase.repairCost = request.repairCost;
  if (request.attestations) housingCase.attestations = request.attestations as Attestations;
  const event: CaseEvent = {
    caseId: ctx.caseId,
    seq: 1,
    type: 'applied',
    on: request.appliedOn,
    actor,
    data: {
      ...request,
      policyId: policy.id,
      identityBasis: result.identityBasis,
      safetyNet: result.safetyNet,
      subsidy: subsidy.amount,
    },
    statusBefore: null,
    statusAfter: 'applied',
  };
  return { case: housingCase, event };
}
