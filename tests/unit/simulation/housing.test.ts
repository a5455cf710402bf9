import { describe, expect, it } from 'vitest';
import { HOUSING_2019 } from '../../../shared/housing/policy.js';
import type { HousingCase } from '../../../shared/housing/types.js';
import { HOUSING_VARIANT_RULES, simulateHousingYear } from '../../../shared/simulation/housing.js';
import { applyVariant } from '../../../shared/simulation/variant.js';
import { housingResultView } from '../../../shared/simulation/view.js';

const fen = (yuan: number) => Math.round(yuan * 100);

/** Only what the budget reads; the rest of a case does not matter here. */
function kase(
  caseId: string,
  facts: Partial<HousingCase> & Pick<HousingCase, 'grade' | 'mode'>,
  committedYuan: number,
  paidYuan = 0,
): HousingCase {
  return {
    caseId,
    policyId: 'housing-2019',
    programme: 'R1',
    township: 'zhonghe',
    appliedOn: '2019-03-01',
    status: paidYuan > 0 ? 'paid' : 'approved',
    largeHousehold: false,
    safetyNet: false,
    ...facts,
    subsidy: { committed: fen(committedYuan), paid: fen(paidYuan), rule: '', clause: '' },
  } as HousingCase;
}

const cases: HousingCase[] = [
  // D self-build, 25,232 yuan, paid; accepted at 58 m² (under the 60 m² limit).
  kase('D1', { grade: 'D', mode: 'self-build', finalAcceptance: { builtArea: 58, on: '2019-08-01' } }, 25_232, 25_232),
  // C repair costing 18,000: under the 20,000 cap, the cost is the subsidy.
  kase('C1', { grade: 'C', mode: 'repair', repairCost: fen(18_000), township: 'chaihe' }, 18_000),
  // C repair costing 12,000.
  kase('C2', { grade: 'C', mode: 'repair', repairCost: fen(12_000), township: 'chaihe' }, 12_000),
  // Government-backed, 45,232.
  kase('G1', { grade: 'D', mode: 'government-backed' }, 45_232),
  // Refused: no subsidy, not counted.
  kase('X1', { grade: 'D', mode: 'self-build', status: 'refused' }, 0),
  // Applied for in 2018: not this year's.
  kase('OLD', { grade: 'D', mode: 'self-build', appliedOn: '2018-11-01' }, 25_232),
];

function run(overrides: Record<string, number>, input = cases) {
  const variant = applyVariant([HOUSING_2019], overrides, HOUSING_VARIANT_RULES).policies[0]!;
  return simulateHousingYear({
    year: 2019,
    cases: input,
    baseline: new Map([[HOUSING_2019.id, HOUSING_2019]]),
    variant: new Map([[variant.id, variant]]),
  });
}

describe('housing budget what-if', () => {
  it('the baseline is the recorded commitment; a changed table and area limit move the budget case by case', () => {
    // Variant: D new build 25,232 → 30,000; repair cap 20,000 → 15,000; self-build limit 60 → 55 m².
    const r = run({ 'subsidy.dGradeNewBuild': 30_000, 'subsidy.cGradeRepairCap': 15_000, 'area.selfBuildMax': 55 });
    expect(r.cases).toEqual({ counted: 4, closedWithoutSubsidy: 1 });
    expect(r.inconsistencies).toEqual([]);
    // Recorded = baseline: 25,232 + 18,000 + 12,000 + 45,232 = 100,464; paid 25,232.
    expect(r.totals).toMatchObject({
      cases: 4,
      recordedCommitted: fen(100_464),
      recordedPaid: fen(25_232),
      baseline: fen(100_464),
    });
    // Variant: D1 built 58 m² > 55 → cancelled (0, not 30,000); C1 capped at 15,000; C2 12,000; G1 45,232.
    expect(r.totals.variant).toBe(fen(0 + 15_000 + 12_000 + 45_232));
    expect(r.byTownship.chaihe).toMatchObject({ cases: 2, baseline: fen(30_000), variant: fen(27_000) });
    expect(r.byRule['subsidy.cGradeRepairCap']).toMatchObject({ cases: 2, variant: fen(27_000) });
    expect(r.byProgramme.R1!.plannedInvestment).toBe(HOUSING_2019.parameters.plan.R1.plannedInvestment.value);
    const view = housingResultView(r);
    expect(view.budget.totals.change).toBe(72_232 - 100_464);
  });

  it('without the area change, the D case takes the higher table amount', () => {
    const r = run({ 'subsidy.dGradeNewBuild': 30_000 });
    // D1 25,232 → 30,000; the rest unchanged: +4,768.
    expect(r.totals.variant - r.totals.baseline).toBe(fen(4_768));
  });

  it('a commitment that its facts do not give is listed, never absorbed', () => {
    const edited = cases.map((c) =>
      c.caseId === 'C2' ? { ...c, subsidy: { ...c.subsidy, committed: fen(19_000) } } : c,
    );
    const r = run({}, edited);
    expect(r.inconsistencies).toEqual([
      expect.objectContaining({ caseId: 'C2', recorded: fen(19_000), baseline: fen(12_000) }),
    ]);
    expect(r.totals.recordedCommitted - r.totals.baseline).toBe(fen(7_000));
    expect(housingResultView(r).budget.inconsistencies.baselineEqualsRecorded).toBe(false);
  });

  it('refuses overrides outside the subsidy table and area limits', () => {
    expect(() => run({ 'plan.R1.plannedInvestment': 1 })).toThrow(/does not fit/);
    expect(() => run({ 'notice.minimumDays': 3 })).toThrow(/does not fit/);
    expect(() => run({ 'area.selfBuildMin': 70 })).toThrow(/does not fit/);
  });
});
