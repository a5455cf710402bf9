import { canonicalJson } from '../data/canonical.js';
import { mapLimit } from '../data/concurrency.js';
import type { IsoDate } from '../dates.js';
import { HOUSING_POLICIES, housingPolicyOn, type HousingPolicy } from '../housing/policy.js';
import { CASE_STATUSES, PROGRAMMES, type Programme } from '../housing/types.js';
import { fenToYuan } from '../money.js';
import { TOWNSHIPS } from '../reference/townships.js';
import { toCsv, type Cell, type ReportTable } from './formats.js';
import {
  budgetOf,
  figuresView,
  foldProjections,
  planOf,
  sumFigures,
  type CaseProgressSource,
  type FiguresView,
  type ProgrammeFigures,
} from './progress.js';
import type { ReportStore } from './ports.js';
import { toXlsx } from './xlsx.js';
import { BUCKET_PREFIXES, reportBase } from '../data/bucket-prefixes.js';

/** The ports the progress report runs on: the cases' progress projections to read, the report store to write. */
export interface ProgressDeps {
  cases: CaseProgressSource;
  reports: ReportStore;
}

export const PROGRESS_BASE = reportBase(BUCKET_PREFIXES.progressReports);
const FILES = ['report.json', 'report.csv', 'report.xlsx'] as const;
/**
 * Townships read at the same time: all of them (16 Queries in flight, one per township partition). Each case
 * is added to its township's figures as soon as its projection is read and then forgotten, so memory holds a
 * Query page per township in flight, not the cases.
 */
export const TOWNSHIPS_IN_FLIGHT = TOWNSHIPS.length;

export const STAGE_NAMES: Record<string, string> = {
  applied: '已申请',
  'village-reviewed': '村评议',
  'village-noticed': '村公示',
  'township-reviewed': '乡镇审核',
  'township-noticed': '乡镇公示',
  'identity-checked': '身份核实',
  appraised: '已鉴定',
  approved: '已审批',
  'agreement-signed': '已签协议',
  'moved-out': '已搬出',
  'under-construction': '在建',
  'preliminary-accepted': '乡镇初验',
  'final-accepted': '市级验收',
  paid: '已拨付',
  returned: '退回待重评',
  refused: '拒绝改造',
  'not-dangerous': '非危房',
  'subsidy-cancelled': '超面积取消补助',
};
export const PROGRAMME_NAMES: Record<Programme, string> = { R1: '建档立卡危房改造', R2: '五保低保残疾人危房改造' };

export interface ProgrammeSummary {
  programme: Programme;
  name: string;
  plan: ReturnType<typeof planOf>;
  budget: ReturnType<typeof budgetOf>;
  totals: FiguresView;
}
export interface TownshipRow {
  township: string;
  name: string;
  R1: FiguresView;
  R2: FiguresView;
}
/** The canonical JSON file's content. */
export interface ProgressReportJson {
  asOf: IsoDate;
  policyId: string;
  deadline: IsoDate;
  programmes: ProgrammeSummary[];
  townships: TownshipRow[];
}

function table(
  programme: Programme,
  rows: { name: string; f: ProgrammeFigures }[],
  total: ProgrammeFigures,
  policy: HousingPolicy,
): ReportTable {
  const r1 = programme === 'R1';
  const row = (name: string, f: ProgrammeFigures): Record<string, Cell> => ({
    township: name,
    cases: f.cases,
    C: f.grades.C,
    D: f.grades.D,
    noHouse: f.grades['no-house'],
    ...Object.fromEntries(CASE_STATUSES.map((s) => [`stage:${s}`, f.stages[s]])),
    committed: fenToYuan(f.subsidyCommitted),
    paid: fenToYuan(f.subsidyPaid),
    ...(r1
      ? {
          noHouseCommitted: fenToYuan(f.noHouseSubsidyCommitted),
          noHousePaid: fenToYuan(f.noHouseSubsidyPaid),
          budgetCommitted: fenToYuan(f.subsidyCommitted - f.noHouseSubsidyCommitted),
          budgetPaid: fenToYuan(f.subsidyPaid - f.noHouseSubsidyPaid),
        }
      : {}),
    late: f.late,
    accepted: f.accepted,
    withPhotos: f.acceptedWithPhotos,
    withDocuments: f.acceptedWithDocuments,
    filesBehind: f.filesBehind,
    sales: f.sales.count,
    salesAmountDue: fenToYuan(f.sales.amountDue),
    returns: f.returns.count,
    refusals: f.refusals.count,
  });
  const plan = policy.parameters.plan;
  // The plan, in the same columns: households by grade and the planned investment [R1 三, R2 三].
  const planRow: Record<string, Cell> = r1
    ? {
        township: '2019年计划(投资不含无房户)',
        cases: plan.R1.cGradeHouseholds.value + plan.R1.dGradeHouseholds.value + plan.R1.noHouseHouseholds.value,
        C: plan.R1.cGradeHouseholds.value,
        D: plan.R1.dGradeHouseholds.value,
        noHouse: plan.R1.noHouseHouseholds.value,
        budgetCommitted: fenToYuan(plan.R1.plannedInvestment.value),
      }
    : {
        township: '2019年计划',
        cases: plan.R2.households.value,
        committed: fenToYuan(plan.R2.plannedInvestment.value),
      };
  return {
    sheet: `${programme} ${PROGRAMME_NAMES[programme]}`,
    columns: [
      { key: 'township', header: '乡镇(街道)' },
      { key: 'cases', header: '户数' },
      { key: 'C', header: 'C级' },
      { key: 'D', header: 'D级' },
      { key: 'noHouse', header: '无房户' },
      // Stage keys are prefixed: `paid` the stage is not `paid` the money.
      ...CASE_STATUSES.map((s) => ({ key: `stage:${s}`, header: STAGE_NAMES[s] ?? s })),
      { key: 'committed', header: '已承诺补助(元)' },
      { key: 'paid', header: '已拨付补助(元)' },
      ...(r1
        ? [
            { key: 'noHouseCommitted', header: '其中无房户已承诺(元)' },
            { key: 'noHousePaid', header: '其中无房户已拨付(元)' },
            { key: 'budgetCommitted', header: '计划投资内已承诺(不含无房户,元)' },
            { key: 'budgetPaid', header: '计划投资内已拨付(不含无房户,元)' },
          ]
        : []),
      { key: 'late', header: '逾期未完成' },
      { key: 'accepted', header: '已验收' },
      { key: 'withPhotos', header: '改造前后照片齐全' },
      { key: 'withDocuments', header: '已验收且一户一档齐全' },
      { key: 'filesBehind', header: '档案材料逾期未齐(户)' },
      { key: 'sales', header: '兜底房出售(户)' },
      { key: 'salesAmountDue', header: '应返还兜底资金(元)' },
      { key: 'returns', header: '累计退回次数' },
      { key: 'refusals', header: '拒绝改造次数' },
    ],
    rows: rows.map((r) => row(r.name, r.f)),
    totals: row('全市合计', total),
    footer: [planRow],
  };
}

/** The policy whose plan and deadline the cut-off is measured against: in force on it, else the latest before. */
export function policyFor(asOf: IsoDate): HousingPolicy {
  const policy =
    housingPolicyOn(asOf) ?? HOUSING_POLICIES.filter((p) => p.effectiveFrom <= asOf).at(-1) ?? HOUSING_POLICIES[0];
  if (!policy) throw new Error('no housing policy is registered');
  return policy;
}

/** One township's figures at a cut-off. */
export interface TownshipFigures {
  code: string;
  name: string;
  figures: Record<Programme, ProgrammeFigures>;
}

/**
 * Every township's figures at a cut-off from the cases' progress projections: one Query per township, all in
 * flight at once (docs/reports.md, "How the report reads the cases").
 */
export async function townshipFigures(
  cases: CaseProgressSource,
  asOf: IsoDate,
  policy: HousingPolicy,
  townshipsInFlight = TOWNSHIPS_IN_FLIGHT,
): Promise<TownshipFigures[]> {
  return mapLimit(TOWNSHIPS, townshipsInFlight, async (t) => ({
    code: t.code,
    name: t.name,
    figures: (await foldProjections(cases.progressOf(t.code), asOf, policy)).figures,
  }));
}

/** The report's content and its tables from the townships' figures (pure: the same figures, the same report). */
export function progressReportOf(asOf: IsoDate, policy: HousingPolicy, perTownship: readonly TownshipFigures[]) {
  const totals = Object.fromEntries(
    PROGRAMMES.map((p) => [p, sumFigures(perTownship.map((t) => t.figures[p]))]),
  ) as Record<Programme, ProgrammeFigures>;

  const report: ProgressReportJson = {
    asOf,
    policyId: policy.id,
    deadline: policy.parameters.schedule.deadline.value,
    programmes: PROGRAMMES.map((programme) => ({
      programme,
      name: PROGRAMME_NAMES[programme],
      plan: planOf(programme, policy),
      budget: budgetOf(programme, totals[programme], policy),
      totals: figuresView(totals[programme]),
    })),
    townships: perTownship.map((t) => ({
      township: t.code,
      name: t.name,
      R1: figuresView(t.figures.R1),
      R2: figuresView(t.figures.R2),
    })),
  };
  const tables = PROGRAMMES.map((p) =>
    table(
      p,
      perTownship.map((t) => ({ name: t.name, f: t.figures[p] })),
      totals[p],
      policy,
    ),
  );
  return { report, tables };
}

/**
 * The progress report for a cut-off (docs/rules.md §7): each township's cases at the cut-off, from their
 * progress projections (equal to folding the whole history, docs/reports.md); city totals are the sum of the
 * townships; stored as JSON, CSV and xlsx. The same figures again write nothing (same revision); different
 * figures for a past cut-off never overwrite — they become the next revision.
 * The schedule, `POST /v1/reports/progress` and `npm run report` all come here.
 */
export async function runProgressReport(
  deps: ProgressDeps,
  asOf: IsoDate,
  options: { townshipsInFlight?: number } = {},
) {
  const policy = policyFor(asOf);
  const perTownship = await townshipFigures(deps.cases, asOf, policy, options.townshipsInFlight);
  const { report, tables } = progressReportOf(asOf, policy, perTownship);
  const json = canonicalJson(report);
  const published = await deps.reports.publish(PROGRESS_BASE, asOf, json, [
    { name: 'report.json', body: json, contentType: 'application/json; charset=utf-8' },
    { name: 'report.csv', body: toCsv(tables), contentType: 'text/csv; charset=utf-8' },
    {
      name: 'report.xlsx',
      body: await toXlsx(tables, new Date(`${asOf}T00:00:00Z`)),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  ]);
  return { ...report, revision: published.revision, unchanged: published.unchanged };
}

export type StoredProgressReport = ProgressReportJson & { revision: number; files: Record<string, string> };

/** The latest revision of a cut-off's report with short-lived links to its files, or undefined. */
export async function readProgressReport(
  deps: Pick<ProgressDeps, 'reports'>,
  asOf: IsoDate,
): Promise<StoredProgressReport | undefined> {
  const latest = await deps.reports.latest(PROGRESS_BASE, asOf, FILES);
  if (!latest) return undefined;
  return { ...(latest.json as ProgressReportJson), revision: latest.revision, files: latest.links };
}

/**
 * What township staff see (docs/rules.md §8: reports of their own township only): their township's row, and the
 * city totals without other townships' reasons — the totals are what the housing office circulates to the
 * whole city anyway (由市危改办汇总后向全市通报, R1 八.(二)). No file links: the files hold every township.
 */
export function townshipView(report: StoredProgressReport, township: string) {
  const { files: _files, ...rest } = report;
  return {
    ...rest,
    programmes: rest.programmes.map((p) => ({
      ...p,
      totals: { ...p.totals, refusals: { count: p.totals.refusals.count }, returns: { count: p.totals.returns.count } },
    })),
    townships: rest.townships.filter((t) => t.township === township),
  };
}
