import { maskIdentity } from '../identity/mask.js';
import { fenToYuan, type Fen } from '../money.js';
import { DISEASES } from '../reference/diseases.js';
import { townshipByCode } from '../reference/townships.js';
import type { BudgetTotals, HousingSimulationResult } from './housing.js';
import type { EducationBudget, EducationSimulationResult } from './education.js';
import {
  SIM_PAYERS,
  type GroupTotals,
  type HealthSimulationResult,
  type PayerFen,
  type PersonChange,
  type ScenarioFigures,
} from './health.js';

/**
 * The simulation's answer in yuan (HTTP and the stored report.json): identity numbers masked, groups as
 * arrays in a stable order, per-person self-pay changes as a distribution (never a list of people).
 */

/** Histogram edges of the per-person self-pay change, in yuan; a change of exactly 0 has its own bin. */
export const CHANGE_EDGES_YUAN = [-5000, -2000, -1000, -500, -100, 0, 100, 500, 1000, 2000, 5000] as const;
/** At most this many inconsistent claims are listed in the JSON; the CSV lists all. */
export const LISTED_INCONSISTENCIES = 100;

const payersYuan = (p: PayerFen) => {
  const out: Record<string, number> = {};
  let total = 0;
  for (const k of SIM_PAYERS) {
    out[k] = fenToYuan(p[k]);
    if (k !== 'financeDeliveryFee') total += p[k];
  }
  out.total = fenToYuan(total);
  return out as Record<(typeof SIM_PAYERS)[number] | 'total', number>;
};

const diseaseNames = new Map(DISEASES.map((d) => [`${d.list}:${d.code}`, d.name]));

const optionalName = (name: string | undefined) => (name ? { name } : {});

function groups(record: Record<string, GroupTotals>, name: (key: string) => string | undefined) {
  return Object.entries(record).map(([key, g]) => ({
    key,
    ...optionalName(name(key)),
    claims: g.claims,
    payers: payersYuan(g.payers),
  }));
}

export function scenarioView(s: ScenarioFigures) {
  const ind = s.indicators;
  return {
    claims: s.claims,
    payers: payersYuan(s.payers),
    byTownship: groups(s.byTownship, (k) => townshipByCode(k)?.name),
    byHospitalLevel: groups(s.byHospitalLevel, () => undefined),
    byDiseaseGroup: groups(s.byDiseaseGroup, (k) => diseaseNames.get(k)),
    indicators: {
      majorDiseaseEffectiveRatio: ind.majorDiseaseEffectiveRatio,
      chronicEffectiveRatio: ind.chronicEffectiveRatio,
      belowPolicyRangeFloor: ind.belowPolicyRangeFloor,
      paidAboveCapRule: ind.paidAboveCapRule,
    },
  };
}

/** Per-person change in self-pay (variant − baseline): who pays more, who less, and the distribution. */
export function selfPayChange(changes: readonly PersonChange[]) {
  // Bins between consecutive edges, plus one open bin at each end. A fall lands in [from, to), a rise in
  // (from, to], so the edge 0 belongs to no bin: unchanged persons are counted apart.
  const edges: readonly number[] = CHANGE_EDGES_YUAN;
  const bins = [null, ...edges].map((from, i) => ({
    fromYuan: from,
    toYuan: i < edges.length ? (edges[i] ?? null) : null,
    persons: 0,
  }));
  const binOf = (fen: Fen): number => {
    const yuan = fen / 100;
    const above = edges.filter((e) => (fen > 0 ? yuan > e : yuan >= e)).length;
    return above;
  };
  let rises = 0;
  let risesFen: Fen = 0;
  let falls = 0;
  let fallsFen: Fen = 0;
  let unchanged = 0;
  let largestRise: Fen = 0;
  let largestFall: Fen = 0;
  for (const c of changes) {
    const d = c.variantPatient - c.baselinePatient;
    if (d === 0) {
      unchanged += 1;
      continue;
    }
    if (d > 0) {
      rises += 1;
      risesFen += d;
      largestRise = Math.max(largestRise, d);
    } else {
      falls += 1;
      fallsFen -= d;
      largestFall = Math.max(largestFall, -d);
    }
    const bin = bins[binOf(d)];
    if (bin) bin.persons += 1;
  }
  return {
    persons: changes.length,
    rises: { persons: rises, yuan: fenToYuan(risesFen), largestYuan: fenToYuan(largestRise) },
    falls: { persons: falls, yuan: fenToYuan(fallsFen), largestYuan: fenToYuan(largestFall) },
    unchanged,
    histogram: bins,
  };
}

export function inconsistencyView(result: HealthSimulationResult) {
  const diff = {} as PayerFen;
  for (const p of SIM_PAYERS) diff[p] = result.baseline.payers[p] - result.recorded.payers[p];
  const byReason: Record<string, number> = { 'cannot-resettle': 0, 'posting-order-or-void': 0, unexplained: 0 };
  for (const i of result.inconsistencies) byReason[i.reason] = (byReason[i.reason] ?? 0) + 1;
  return {
    baselineEqualsRecorded: SIM_PAYERS.every((p) => diff[p] === 0) && result.inconsistencies.length === 0,
    claims: result.inconsistencies.length,
    byReason,
    /** Baseline − recorded, per payer, in yuan (can be negative). */
    difference: Object.fromEntries(SIM_PAYERS.map((p) => [p, fenToYuan(diff[p])])),
    items: result.inconsistencies.slice(0, LISTED_INCONSISTENCIES).map((i) => ({
      hospitalId: i.hospitalId,
      claimId: i.claimId,
      personId: maskIdentity(i.personId),
      reason: i.reason,
      note: i.note,
      recorded: payersYuan(i.recorded),
      baseline: payersYuan(i.baseline),
    })),
  };
}

/** The whole answer for a done health simulation. */
export function healthResultView(result: HealthSimulationResult) {
  return {
    year: result.year,
    claims: result.claims,
    persons: result.persons,
    recorded: scenarioView(result.recorded),
    baseline: scenarioView(result.baseline),
    variant: scenarioView(result.variant),
    selfPayChange: selfPayChange(result.personChanges),
    inconsistencies: inconsistencyView(result),
  };
}

const budgetYuan = (t: BudgetTotals) => ({
  cases: t.cases,
  recordedCommitted: fenToYuan(t.recordedCommitted),
  recordedPaid: fenToYuan(t.recordedPaid),
  baseline: fenToYuan(t.baseline),
  variant: fenToYuan(t.variant),
  change: fenToYuan(t.variant - t.baseline),
});

/** The housing budget answer in yuan: totals and per programme, township and subsidy rule. */
export function housingResultView(result: HousingSimulationResult) {
  const rows = (record: Record<string, BudgetTotals>) =>
    Object.entries(record).map(([key, t]) => ({ key, ...budgetYuan(t) }));
  return {
    year: result.year,
    budget: {
      cases: result.cases,
      totals: budgetYuan(result.totals),
      byProgramme: Object.entries(result.byProgramme).map(([key, t]) => ({
        key,
        ...budgetYuan(t),
        plannedInvestment: fenToYuan(t.plannedInvestment),
      })),
      byTownship: rows(result.byTownship),
      byRule: rows(result.byRule),
      inconsistencies: {
        baselineEqualsRecorded: result.inconsistencies.length === 0,
        cases: result.inconsistencies.length,
        items: result.inconsistencies.slice(0, LISTED_INCONSISTENCIES).map((i) => ({
          caseId: i.caseId,
          township: i.township,
          recorded: fenToYuan(i.recorded),
          baseline: fenToYuan(i.baseline),
          note: i.note,
        })),
      },
    },
  };
}

const educationYuan = (t: EducationBudget) => ({
  payments: t.payments,
  recorded: fenToYuan(t.recorded),
  baseline: fenToYuan(t.baseline),
  variant: fenToYuan(t.variant),
  change: fenToYuan(t.variant - t.baseline),
});

/** The education budget answer in yuan: totals, per payment type and township; identity numbers masked. */
export function educationResultView(result: EducationSimulationResult) {
  const rows = (record: Record<string, EducationBudget>) =>
    Object.entries(record).map(([key, t]) => ({ key, ...educationYuan(t) }));
  return {
    year: result.year,
    education: {
      payments: result.payments,
      totals: educationYuan(result.totals),
      byType: rows(result.byType),
      byTownship: rows(result.byTownship),
      universityCap: {
        studentsAtCap: result.universityCap.studentsAtCap,
        refusedUnderVariant: {
          payments: result.universityCap.refusedUnderVariant.payments,
          recorded: fenToYuan(result.universityCap.refusedUnderVariant.recorded),
        },
      },
      inconsistencies: {
        baselineEqualsRecorded: result.inconsistencies.length === 0,
        payments: result.inconsistencies.length,
        items: result.inconsistencies.slice(0, LISTED_INCONSISTENCIES).map((i) => ({
          paymentId: i.paymentId,
          studentId: maskIdentity(i.studentId),
          recorded: fenToYuan(i.recorded),
          baseline: fenToYuan(i.baseline),
          note: i.note,
        })),
      },
    },
  };
}
