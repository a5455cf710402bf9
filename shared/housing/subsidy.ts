import { minFen, type Fen } from '../money.js';
import type { HousingParameters, HousingPolicy } from './policy.js';
import type { Grade, Mode, Programme, RuleReason } from './types.js';

/**
 * Modes, area limits and subsidies (docs/rules.md §4 "Modes and limits", "Subsidy"). Pure functions of the case's
 * facts and a policy document; every answer names its rule and clause.
 */

export interface ModeFacts {
  programme: Programme;
  grade: Grade;
  mode: Mode;
  /** R1 householder marked 稳定脱贫. */
  stableExit: boolean;
}

interface ModeRule {
  code: string;
  clause: string;
  refuses: (f: ModeFacts) => boolean;
  message: (f: ModeFacts) => string;
}

/** Which mode a grade allows, checked in this order; the first rule that refuses wins. */
const MODE_RULES: readonly ModeRule[] = [
  {
    code: 'no-house-not-in-r2',
    clause: 'R2 四.(一)',
    refuses: (f) => f.programme === 'R2' && f.grade === 'no-house',
    message: () => 'R2 covers households with only one house; it has no no-house category (只有唯一住房).',
  },
  {
    code: 'repair-only-for-c',
    clause: 'R1 四.(二).4; R2 四.(二).4',
    refuses: (f) => f.mode === 'repair' && f.grade !== 'C',
    message: (f) => `Repair (修缮加固) is for C-grade houses only; a ${f.grade} case needs a new-build mode.`,
  },
  {
    code: 'c-new-build-r2',
    clause: 'R2 四.(二).4',
    refuses: (f) => f.programme === 'R2' && f.grade === 'C' && f.mode !== 'repair',
    message: () => 'An R2 C-grade house is repaired (原则上应修缮加固); only R1 lets a C-grade household build new.',
  },
  {
    code: 'c-new-build-self-build-only',
    clause: 'R1 四.(二).4',
    refuses: (f) =>
      f.programme === 'R1' && f.grade === 'C' && (f.mode === 'government-backed' || f.mode === 'mutual-aid'),
    message: (f) =>
      `An R1 C-grade household may repair or build new itself to the D standard (自愿采取修缮或新建房屋); ${f.mode} is for D-grade and no-house households.`,
  },
  {
    code: 'stable-exit-no-government-backed',
    clause: 'R1 四.(二).2',
    refuses: (f) => f.programme === 'R1' && f.mode === 'government-backed' && f.stableExit,
    message: () =>
      'A household marked 稳定脱贫 may not have a government-backed house (扎兰屯稳定脱贫不能享受政府兜底房政策).',
  },
];

/** The first rule that refuses this grade/mode combination, or undefined when the mode is allowed. */
export function modeProblem(facts: ModeFacts): RuleReason | undefined {
  const rule = MODE_RULES.find((r) => r.refuses(facts));
  return rule && { code: rule.code, message: rule.message(facts), clause: rule.clause };
}

export interface AreaFacts {
  mode: Mode;
  largeHousehold: boolean;
  safetyNet: boolean;
}

export interface AreaLimit {
  /** Largest built area allowed, m², inclusive ("60 以下" read as "at most 60"). */
  max: number;
  rule: string;
  clause: string;
}

/**
 * The built-area limit for a new-build mode; undefined for repair (a repair does not build: the plan limits
 * 建房面积, and any area increase after acceptance is a separate violation [R1 九.(三).3]).
 */
export function areaLimit(facts: AreaFacts, policy: HousingPolicy): AreaLimit | undefined {
  const a = policy.parameters.area;
  let limit: AreaLimit | undefined;
  switch (facts.mode) {
    case 'repair':
      return undefined;
    case 'self-build':
      limit = facts.largeHousehold
        ? { max: a.largeHouseholdMax.value, rule: 'area.largeHouseholdMax', clause: a.largeHouseholdMax.citation }
        : { max: a.selfBuildMax.value, rule: 'area.selfBuildMax', clause: a.selfBuildMax.citation };
      break;
    case 'government-backed':
      limit = {
        max: a.governmentBackedMax.value,
        rule: 'area.governmentBackedMax',
        clause: a.governmentBackedMax.citation,
      };
      break;
    case 'mutual-aid':
      limit = { max: a.mutualAidMax.value, rule: 'area.mutualAidMax', clause: a.mutualAidMax.citation };
      break;
  }
  if (facts.safetyNet && a.safetyNetMax.value < limit.max) {
    limit = { max: a.safetyNetMax.value, rule: 'area.safetyNetMax', clause: a.safetyNetMax.citation };
  }
  return limit;
}

/** Refusal when `area` is above the limit (exactly at the limit is allowed). */
export function areaProblem(
  area: number,
  facts: AreaFacts,
  policy: HousingPolicy,
  what = 'planned area',
): RuleReason | undefined {
  const limit = areaLimit(facts, policy);
  if (!limit || area <= limit.max) return undefined;
  return {
    code: 'area-over-limit',
    message: `The ${what} of ${area} m² is above the ${limit.max} m² limit for ${describeLimit(facts, limit)}.`,
    clause: limit.clause,
  };
}

function describeLimit(facts: AreaFacts, limit: AreaLimit): string {
  if (limit.rule === 'area.safetyNetMax') return `an extremely poor household on the safety net (${facts.mode})`;
  if (limit.rule === 'area.largeHouseholdMax') return 'a large household with a township request';
  return facts.mode;
}

export interface SubsidyFacts extends AreaFacts {
  programme: Programme;
  grade: Grade;
  /** Repair: estimated or actual cost, fen. */
  repairCost?: Fen;
  /** The accepted built area; when above the limit the subsidy is cancelled. */
  builtArea?: number;
}

export interface SubsidyDecision {
  amount: Fen;
  /** The parameter the amount comes from, e.g. `subsidy.dGradeNewBuild`. */
  rule: string;
  clause: string;
  /** Set when the built area is above the limit [R1 九.(三).3: 及时取消危改资金补助资格]. */
  cancelled?: { reason: string; clause: string; builtArea: number; limit: number };
}

/** 对于建筑面积违规超标的,及时取消危改资金补助资格. */
export const SUBSIDY_CANCELLATION_CLAUSE = 'R1 九.(三).3; R2 八.(三).3';

type SubsidyKey = keyof HousingParameters['subsidy'];

/** Which subsidy parameter a grade and mode use (before any cap or cancellation). */
export function subsidyRule(grade: Grade, mode: Mode): SubsidyKey {
  if (mode === 'repair') return 'cGradeRepairCap';
  if (mode === 'government-backed') return 'governmentBacked';
  if (mode === 'mutual-aid') return 'mutualAidPlace';
  // self-build
  if (grade === 'D') return 'dGradeNewBuild';
  if (grade === 'C') return 'cGradeNewBuild';
  return 'noHouseSelfBuild';
}

/**
 * The subsidy a case is due [R1 四.(三), 五.(三); R2 四.(三)]. The caller has checked the mode with
 * `modeProblem`; an incompatible combination is a programming error and throws.
 * Repair: the actual (or estimated) cost, at most the cap. A built area above the limit cancels it (0).
 */
export function subsidyFor(facts: SubsidyFacts, policy: HousingPolicy): SubsidyDecision {
  const problem = modeProblem({ ...facts, stableExit: false });
  if (problem) throw new RangeError(`subsidyFor: ${problem.code} (${problem.clause})`);
  const key = subsidyRule(facts.grade, facts.mode);
  const parameter = policy.parameters.subsidy[key];
  const amount =
    key === 'cGradeRepairCap' ? minFen(Math.max(0, facts.repairCost ?? 0), parameter.value) : parameter.value;
  const decision: SubsidyDecision = { amount, rule: `subsidy.${key}`, clause: parameter.citation };
  if (facts.builtArea !== undefined) {
    const limit = areaLimit(facts, policy);
    if (limit && facts.builtArea > limit.max) {
      return {
        ...decision,
        amount: 0,
        cancelled: {
          reason: `Built area ${facts.builtArea} m² is above the ${limit.max} m² limit [${limit.clause}]: the subsidy is cancelled (建筑面积违规超标的,及时取消危改资金补助资格).`,
          clause: SUBSIDY_CANCELLATION_CLAUSE,
          builtArea: facts.builtArea,
          limit: limit.max,
        },
      };
    }
  }
  return decision;
}
