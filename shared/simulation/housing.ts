import { housingPolicyById, type HousingPolicy } from '../housing/policy.js';
import { resolveOn } from '../policy/parameter.js';
import { modeProblem, subsidyFor } from '../housing/subsidy.js';
import type { HousingCase } from '../housing/types.js';
import type { Fen } from '../money.js';
import type { VariantRules } from './variant.js';

/**
 * The housing budget what-if (pure): every case applied for in the year and not refused or found not
 * dangerous, its subsidy worked out again from the case's facts (programme, grade, mode, repair cost,
 * large household, safety net, accepted built area) under the case's policy version as shipped
 * (baseline) and as changed (variant), against what the case records as committed and paid
 * [R1 四.(三), 五.(三), 九.(三).3; R2 四.(三)]. A baseline that differs from the recorded commitment is
 * listed, never absorbed.
 */
export interface BudgetTotals {
  cases: number;
  recordedCommitted: Fen;
  recordedPaid: Fen;
  baseline: Fen;
  variant: Fen;
}

export interface HousingSimulationResult {
  year: number;
  cases: { counted: number; closedWithoutSubsidy: number };
  totals: BudgetTotals;
  byProgramme: Record<string, BudgetTotals & { plannedInvestment: Fen }>;
  byTownship: Record<string, BudgetTotals>;
  byRule: Record<string, BudgetTotals>;
  inconsistencies: { caseId: string; township: string; recorded: Fen; baseline: Fen; note: string }[];
}

const empty = (): BudgetTotals => ({ cases: 0, recordedCommitted: 0, recordedPaid: 0, baseline: 0, variant: 0 });
const NO_SUBSIDY = new Set(['refused', 'not-dangerous']);

function add(t: BudgetTotals, c: HousingCase, baseline: Fen, variant: Fen): void {
  t.cases += 1;
  t.recordedCommitted += c.subsidy.committed;
  t.recordedPaid += c.subsidy.paid;
  t.baseline += baseline;
  t.variant += variant;
}

export function simulateHousingYear(input: {
  year: number;
  cases: readonly HousingCase[];
  /** Policy versions by id (as shipped), and the variant's changed copies by id. */
  baseline: ReadonlyMap<string, HousingPolicy>;
  variant?: ReadonlyMap<string, HousingPolicy>;
}): HousingSimulationResult {
  const totals = empty();
  const byProgramme = new Map<string, BudgetTotals & { plannedInvestment: Fen }>();
  const byTownship = new Map<string, BudgetTotals>();
  const byRule = new Map<string, BudgetTotals>();
  const inconsistencies: HousingSimulationResult['inconsistencies'] = [];
  let closedWithoutSubsidy = 0;
  const cases = [...input.cases]
    .filter((c) => c.appliedOn.startsWith(`${input.year}-`))
    .sort((a, b) => (a.caseId < b.caseId ? -1 : 1));
  for (const c of cases) {
    if (NO_SUBSIDY.has(c.status)) {
      closedWithoutSubsidy += 1;
      continue;
    }
    // Each case at the values in force on its application date (a variant's override replaces a timeline).
    const baseDoc = input.baseline.get(c.policyId) ?? housingPolicyById(c.policyId);
    const basePolicy = baseDoc && resolveOn(baseDoc, c.appliedOn);
    const varDoc = input.variant?.get(c.policyId);
    const varPolicy = varDoc ? resolveOn(varDoc, c.appliedOn) : basePolicy;
    const builtArea = c.finalAcceptance?.builtArea ?? c.preliminaryAcceptance?.builtArea;
    const facts = {
      programme: c.programme,
      grade: c.grade,
      mode: c.mode,
      largeHousehold: c.largeHousehold,
      safetyNet: c.safetyNet,
      ...(c.repairCost !== undefined ? { repairCost: c.repairCost } : {}),
      ...(builtArea !== undefined ? { builtArea } : {}),
    };
    let baseline: Fen;
    let variant: Fen;
    let rule: string;
    if (!basePolicy || modeProblem({ ...facts, stableExit: false })) {
      baseline = c.subsidy.committed;
      variant = c.subsidy.committed;
      rule = c.subsidy.rule;
      inconsistencies.push({
        caseId: c.caseId,
        township: c.township,
        recorded: c.subsidy.committed,
        baseline,
        note: basePolicy ? 'grade and mode no longer fit together' : `unknown policy ${c.policyId}`,
      });
    } else {
      const b = subsidyFor(facts, basePolicy);
      baseline = b.amount;
      rule = b.rule;
      variant = subsidyFor(facts, varPolicy ?? basePolicy).amount;
      if (baseline !== c.subsidy.committed)
        inconsistencies.push({
          caseId: c.caseId,
          township: c.township,
          recorded: c.subsidy.committed,
          baseline,
          note: 'the recorded commitment differs from the subsidy its facts give under its policy',
        });
    }
    add(totals, c, baseline, variant);
    let p = byProgramme.get(c.programme);
    if (!p) {
      const plan = basePolicy?.parameters.plan[c.programme].plannedInvestment.value ?? 0;
      p = { ...empty(), plannedInvestment: plan };
      byProgramme.set(c.programme, p);
    }
    add(p, c, baseline, variant);
    for (const [map, key] of [
      [byTownship, c.township],
      [byRule, rule],
    ] as const) {
      let t = map.get(key);
      if (!t) {
        t = empty();
        map.set(key, t);
      }
      add(t, c, baseline, variant);
    }
  }
  const sorted = <T>(m: Map<string, T>) => Object.fromEntries([...m.entries()].sort(([a], [b]) => (a < b ? -1 : 1)));
  return {
    year: input.year,
    cases: { counted: totals.cases, closedWithoutSubsidy },
    totals,
    byProgramme: sorted(byProgramme),
    byTownship: sorted(byTownship),
    byRule: sorted(byRule),
    inconsistencies,
  };
}

/** What a housing variant may change: the subsidy table and the area limits. */
export const HOUSING_VARIANT_RULES: VariantRules = {
  excludedPrefixes: ['notice', 'schedule', 'plan'],
  nullable: [],
  checks: [
    (parameters) => {
      const p = parameters as HousingPolicy['parameters'];
      return p.area.selfBuildMin.value > p.area.selfBuildMax.value
        ? [
            {
              names: ['area.selfBuildMin', 'area.selfBuildMax'],
              message: 'the guide minimum must not pass the maximum',
            },
          ]
        : [];
    },
  ],
};
