import { describe, expect, it } from 'vitest';
import { HOUSING_2019 } from '../../../shared/housing/policy.js';
import { budgetOf, emptyFigures } from '../../../shared/reports/progress.js';

describe('item 14: no-house subsidies apart from the R1 planned investment [R1 三 计划投资不含无房户]', () => {
  it('the audit case: a no-house government-backed house (45,232) is not counted against 6,406,400', () => {
    // One approved no-house case with a government-backed house, 45,232 committed and paid, and one D-grade
    // new build, 25,232 committed. Before: 45,232 + 25,232 = 70,464 against the budget, remaining
    // 6,406,400 − 70,464 = 6,335,936. After: only the D case counts: 25,232, remaining 6,381,168; the
    // no-house 45,232 is shown on its own line.
    const f = {
      ...emptyFigures(),
      subsidyCommitted: 4_523_200 + 2_523_200,
      subsidyPaid: 4_523_200,
      noHouseSubsidyCommitted: 4_523_200,
      noHouseSubsidyPaid: 4_523_200,
    };
    expect(budgetOf('R1', f, HOUSING_2019)).toEqual({
      planned: 6_406_400,
      committed: 25_232,
      paid: 0,
      remaining: 6_381_168,
      excludes: 'no-house households (R1 三: 计划投资不含无房户)',
      noHouse: { households: 280, committed: 45_232, paid: 45_232 },
    });
  });

  it('R2 has no no-house category: its line is zero and nothing is excluded', () => {
    const f = { ...emptyFigures(), subsidyCommitted: 2_523_200 };
    expect(budgetOf('R2', f, HOUSING_2019)).toMatchObject({
      planned: 3_342_000,
      committed: 25_232,
      remaining: 3_316_768,
      noHouse: { households: 0, committed: 0, paid: 0 },
    });
  });
});
