import { describe, expect, it } from 'vitest';
import { parameterLeaves } from '../../../shared/policy/parameter.js';
import { HOUSING_2019, HOUSING_POLICIES, housingPolicyById, housingPolicyOn } from '../../../shared/housing/policy.js';

const UNITS = ['fen', 'bp', 'days', 'm2', 'count', 'date', 'code', 'flag'];
const LABELS = ['plan', 'national 2019', 'IM proxy', 'proxy', 'decision'];
const leaves = [...parameterLeaves(HOUSING_2019.parameters)];
const p = HOUSING_2019.parameters;

describe('housing policy lint (docs/rules.md §2.1)', () => {
  it.each(leaves)(
    '%s has a known unit, a label, a description and a citation to an R1 or R2 clause',
    (_path, parameter) => {
      expect(UNITS).toContain(parameter.unit);
      expect(LABELS).toContain(parameter.label);
      expect(parameter.description.length).toBeGreaterThan(5);
      expect(parameter.citation).toMatch(/^R[12] /);
    },
  );

  it.each(leaves.filter(([, q]) => q.unit === 'fen'))('%s is an integer number of fen', (_path, parameter) => {
    expect(Number.isSafeInteger(parameter.value)).toBe(true);
  });

  it('versions are sorted, do not overlap and have unique ids', () => {
    const ids = HOUSING_POLICIES.map((d) => d.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const [i, d] of HOUSING_POLICIES.entries()) {
      expect(d.effectiveFrom <= d.effectiveTo).toBe(true);
      const previous = HOUSING_POLICIES[i - 1];
      if (previous) expect(previous.effectiveTo < d.effectiveFrom).toBe(true);
    }
  });
});

describe('housing-2019 values', () => {
  it.each([
    // R1 四.(三), R2 四.(三): D级新建每户为25232元,C级修缮每户上限为20000元;政府兜底房每户45232元
    ['D-grade new build 25,232 yuan', p.subsidy.dGradeNewBuild.value, 25_232_00],
    ['C-grade repair cap 20,000 yuan', p.subsidy.cGradeRepairCap.value, 20_000_00],
    ['government-backed house 45,232 yuan', p.subsidy.governmentBacked.value, 45_232_00],
    ['returnable backing 45,232 − 25,232 = 20,000 yuan', p.subsidy.governmentBackingReturnable.value, 20_000_00],
    // decisions of docs/rules.md §4
    ['R1 C-grade new build 25,232 yuan (decision)', p.subsidy.cGradeNewBuild.value, 25_232_00],
    ['self-built no-house household 25,232 yuan (decision)', p.subsidy.noHouseSelfBuild.value, 25_232_00],
    ['mutual-aid courtyard place 45,232 yuan (decision)', p.subsidy.mutualAidPlace.value, 45_232_00],
    // R1 九.(三).3, 四.(二)
    ['self-build 40 m² guide floor', p.area.selfBuildMin.value, 40],
    ['self-build at most 60 m²', p.area.selfBuildMax.value, 60],
    ['large household at most 80 m²', p.area.largeHouseholdMax.value, 80],
    ['government-backed at most 40 m²', p.area.governmentBackedMax.value, 40],
    ['mutual-aid at most 40 m²', p.area.mutualAidMax.value, 40],
    ['safety-net household at most 40 m²', p.area.safetyNetMax.value, 40],
    // R1 七.(二)–(四): 公示5天以上
    ['notices at least 5 days', p.notice.minimumDays.value, 5],
    // R1 三: 265 C, 28 D, 280 no-house, 640.64 万元
    ['R1 plan: 265 C-grade households', p.plan.R1.cGradeHouseholds.value, 265],
    ['R1 plan: 28 D-grade households', p.plan.R1.dGradeHouseholds.value, 28],
    ['R1 plan: 280 no-house households', p.plan.R1.noHouseHouseholds.value, 280],
    ['R1 plan: 6,406,400 yuan', p.plan.R1.plannedInvestment.value, 6_406_400_00],
    // R2 三: 123 households, 334.2 万元
    ['R2 plan: 123 households', p.plan.R2.households.value, 123],
    ['R2 plan: 3,342,000 yuan', p.plan.R2.plannedInvestment.value, 3_342_000_00],
  ])('%s', (_name, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('finishes by 2019-08-31 [R1 三, R2 三]', () => {
    expect(p.schedule.deadline.value).toBe('2019-08-31');
  });

  it('labels the interpretations as decisions, the plan numbers as plan', () => {
    expect(p.subsidy.cGradeNewBuild.label).toBe('decision');
    expect(p.subsidy.mutualAidPlace.label).toBe('decision');
    expect(p.subsidy.dGradeNewBuild.label).toBe('plan');
  });

  it.each([
    ['2019-01-01', 'housing-2019'],
    ['2019-12-31', 'housing-2019'],
    ['2018-12-31', undefined],
    ['2020-01-01', undefined],
  ])('the policy in force on %s is %s', (date, id) => {
    expect(housingPolicyOn(date)?.id).toBe(id);
  });

  it('finds a policy by id', () => {
    expect(housingPolicyById('housing-2019')).toBe(HOUSING_2019);
    expect(housingPolicyById('nope')).toBeUndefined();
  });
});
