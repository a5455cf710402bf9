import { describe, expect, it } from 'vitest';
import { HOUSING_2019 } from '../../../shared/housing/policy.js';
import { areaLimit, areaProblem, modeProblem, subsidyFor, type SubsidyFacts } from '../../../shared/housing/subsidy.js';
import type { Grade, Mode, Programme } from '../../../shared/housing/types.js';

const facts = (overrides: Partial<SubsidyFacts>): SubsidyFacts => ({
  programme: 'R1',
  grade: 'D',
  mode: 'self-build',
  largeHousehold: false,
  safetyNet: false,
  ...overrides,
});

describe('subsidy by programme, grade and mode [R1 四.(三), 五.(三); R2 四.(三)]', () => {
  it.each<[string, Partial<SubsidyFacts>, number, string]>([
    // D级新建每户为25232元
    [
      'an R1 D-grade self-build gets 25,232 yuan',
      { grade: 'D', mode: 'self-build' },
      25_232_00,
      'subsidy.dGradeNewBuild',
    ],
    [
      'an R2 D-grade self-build gets 25,232 yuan',
      { programme: 'R2', grade: 'D', mode: 'self-build' },
      25_232_00,
      'subsidy.dGradeNewBuild',
    ],
    // 政府兜底房每户45232元
    [
      'a D-grade government-backed house gets 45,232 yuan',
      { grade: 'D', mode: 'government-backed' },
      45_232_00,
      'subsidy.governmentBacked',
    ],
    [
      'a no-house government-backed house gets 45,232 yuan (补助标准同上)',
      { grade: 'no-house', mode: 'government-backed' },
      45_232_00,
      'subsidy.governmentBacked',
    ],
    // decisions: mutual-aid place 45,232; C new build and no-house self-build 25,232
    [
      'a D-grade mutual-aid place gets 45,232 yuan (decision)',
      { grade: 'D', mode: 'mutual-aid' },
      45_232_00,
      'subsidy.mutualAidPlace',
    ],
    [
      'a no-house mutual-aid place gets 45,232 yuan (decision)',
      { grade: 'no-house', mode: 'mutual-aid' },
      45_232_00,
      'subsidy.mutualAidPlace',
    ],
    [
      'an R1 C-grade new build gets 25,232 yuan (decision)',
      { grade: 'C', mode: 'self-build' },
      25_232_00,
      'subsidy.cGradeNewBuild',
    ],
    [
      'a self-built no-house household gets 25,232 yuan (decision)',
      { grade: 'no-house', mode: 'self-build' },
      25_232_00,
      'subsidy.noHouseSelfBuild',
    ],
    // C级修缮每户上限为20000元: min(actual cost, 20,000)
    [
      'a repair costing 12,345.67 yuan gets 12,345.67 yuan',
      { grade: 'C', mode: 'repair', repairCost: 12_345_67 },
      12_345_67,
      'subsidy.cGradeRepairCap',
    ],
    [
      'a repair costing exactly 20,000 yuan gets 20,000 yuan',
      { grade: 'C', mode: 'repair', repairCost: 20_000_00 },
      20_000_00,
      'subsidy.cGradeRepairCap',
    ],
    [
      'a repair costing 20,000.01 yuan gets the 20,000 yuan cap',
      { grade: 'C', mode: 'repair', repairCost: 20_000_01 },
      20_000_00,
      'subsidy.cGradeRepairCap',
    ],
    [
      'an R2 repair costing 30,000 yuan gets the 20,000 yuan cap',
      { programme: 'R2', grade: 'C', mode: 'repair', repairCost: 30_000_00 },
      20_000_00,
      'subsidy.cGradeRepairCap',
    ],
  ])('%s', (_name, overrides, amount, rule) => {
    const decision = subsidyFor(facts(overrides), HOUSING_2019);
    expect(decision).toMatchObject({ amount, rule });
    expect(decision.cancelled).toBeUndefined();
    expect(decision.clause).toMatch(/R[12] /);
  });

  it('refuses to price a combination the mode rules forbid (repair of a D house)', () => {
    expect(() => subsidyFor(facts({ grade: 'D', mode: 'repair', repairCost: 1 }), HOUSING_2019)).toThrow(
      /repair-only-for-c/,
    );
  });
});

describe('area limits, inclusive [R1 四.(二), 九.(三).3]', () => {
  it.each<[string, Partial<SubsidyFacts>, number, boolean]>([
    ['a self-build of exactly 60 m² is within the limit', { mode: 'self-build' }, 60, true],
    ['a self-build of 60.5 m² is over', { mode: 'self-build' }, 60.5, false],
    ['a self-build of 30 m² is allowed (40 is a guide, only 超标 is refused)', { mode: 'self-build' }, 30, true],
    [
      'a large household with a township request may build exactly 80 m²',
      { mode: 'self-build', largeHousehold: true },
      80,
      true,
    ],
    ['a large household with a request is over at 80.5 m²', { mode: 'self-build', largeHousehold: true }, 80.5, false],
    ['80 m² without a township request is over (limit 60)', { mode: 'self-build' }, 80, false],
    ['a government-backed house of exactly 40 m² is within', { mode: 'government-backed' }, 40, true],
    ['a government-backed house of 40.5 m² is over', { mode: 'government-backed' }, 40.5, false],
    [
      'a government-backed house stays at 40 m² even with a large-household request',
      { mode: 'government-backed', largeHousehold: true },
      41,
      false,
    ],
    ['a mutual-aid house of exactly 40 m² is within', { mode: 'mutual-aid' }, 40, true],
    ['a mutual-aid house of 41 m² is over', { mode: 'mutual-aid' }, 41, false],
    ['a safety-net (特困) self-build of exactly 40 m² is within', { mode: 'self-build', safetyNet: true }, 40, true],
    [
      'a safety-net self-build of 40.5 m² is over, even for a large household',
      { mode: 'self-build', safetyNet: true, largeHousehold: true },
      40.5,
      false,
    ],
    ['a repair has no built-area limit', { grade: 'C', mode: 'repair' }, 120, true],
  ])('%s', (_name, overrides, area, within) => {
    const f = facts(overrides);
    expect(areaProblem(area, f, HOUSING_2019) === undefined).toBe(within);
  });

  it.each<[Mode, boolean, boolean, number | undefined, string | undefined]>([
    ['self-build', false, false, 60, 'area.selfBuildMax'],
    ['self-build', true, false, 80, 'area.largeHouseholdMax'],
    ['self-build', true, true, 40, 'area.safetyNetMax'],
    ['government-backed', false, false, 40, 'area.governmentBackedMax'],
    ['mutual-aid', false, true, 40, 'area.mutualAidMax'],
    ['repair', false, false, undefined, undefined],
  ])('the limit for %s (large household %s, safety net %s) is %s m²', (mode, largeHousehold, safetyNet, max, rule) => {
    const limit = areaLimit({ mode, largeHousehold, safetyNet }, HOUSING_2019);
    expect(limit?.max).toBe(max);
    expect(limit?.rule).toBe(rule);
  });

  it('a built area over the limit cancels the subsidy: 60.5 m² self-build gets 0 [R1 九.(三).3]', () => {
    const decision = subsidyFor(facts({ builtArea: 60.5 }), HOUSING_2019);
    expect(decision.amount).toBe(0);
    expect(decision.cancelled).toMatchObject({ builtArea: 60.5, limit: 60, clause: 'R1 九.(三).3; R2 八.(三).3' });
  });

  it('a built area exactly at the limit keeps the subsidy: 60 m² gets 25,232 yuan', () => {
    expect(subsidyFor(facts({ builtArea: 60 }), HOUSING_2019)).toMatchObject({ amount: 25_232_00 });
  });

  it('an accepted 80 m² large-household house keeps its subsidy, without the request it loses it', () => {
    expect(subsidyFor(facts({ builtArea: 80, largeHousehold: true }), HOUSING_2019).amount).toBe(25_232_00);
    expect(subsidyFor(facts({ builtArea: 80, largeHousehold: false }), HOUSING_2019).amount).toBe(0);
  });
});

describe('modes allowed per grade [R1 四.(二), 五.(二); R2 四.(二)]', () => {
  it.each<[string, Programme, Grade, Mode, boolean, string | undefined]>([
    ['an R1 D-grade household may self-build', 'R1', 'D', 'self-build', false, undefined],
    ['an R1 D-grade household may take a government-backed house', 'R1', 'D', 'government-backed', false, undefined],
    ['an R1 D-grade household may take a mutual-aid place', 'R1', 'D', 'mutual-aid', false, undefined],
    ['a D-grade house is not repaired (repair is C only)', 'R1', 'D', 'repair', false, 'repair-only-for-c'],
    ['an R1 C-grade household may repair', 'R1', 'C', 'repair', false, undefined],
    ['an R1 C-grade household may build new itself (四.(二).4)', 'R1', 'C', 'self-build', false, undefined],
    [
      'an R1 C-grade household may not take a government-backed house',
      'R1',
      'C',
      'government-backed',
      false,
      'c-new-build-self-build-only',
    ],
    [
      'an R1 C-grade household may not take a mutual-aid place',
      'R1',
      'C',
      'mutual-aid',
      false,
      'c-new-build-self-build-only',
    ],
    [
      'an R2 C-grade household repairs (no new build in R2 四.(二).4)',
      'R2',
      'C',
      'self-build',
      false,
      'c-new-build-r2',
    ],
    ['an R2 C-grade household may repair', 'R2', 'C', 'repair', false, undefined],
    ['an R2 D-grade household may take a government-backed house', 'R2', 'D', 'government-backed', false, undefined],
    ['a no-house household may self-build (五.(二))', 'R1', 'no-house', 'self-build', false, undefined],
    ['a no-house household has nothing to repair', 'R1', 'no-house', 'repair', false, 'repair-only-for-c'],
    ['R2 has no no-house category', 'R2', 'no-house', 'self-build', false, 'no-house-not-in-r2'],
    [
      'an R1 household marked 稳定脱贫 may not take a government-backed house',
      'R1',
      'D',
      'government-backed',
      true,
      'stable-exit-no-government-backed',
    ],
    ['an R1 household marked 稳定脱贫 may still self-build', 'R1', 'D', 'self-build', true, undefined],
    ['an R1 household marked 稳定脱贫 may still take a mutual-aid place', 'R1', 'D', 'mutual-aid', true, undefined],
  ])('%s', (_name, programme, grade, mode, stableExit, code) => {
    const problem = modeProblem({ programme, grade, mode, stableExit });
    expect(problem?.code).toBe(code);
    if (problem) expect(problem.clause).toMatch(/R[12] [四五]/);
  });
});
