import { canonicalJson } from '../data/canonical.js';
import type { DynamoDbCaseStore } from '../housing/dynamodb-case-store.js';
import { HOUSING_POLICIES, housingPolicyOn } from '../housing/policy.js';
import { CASE_STATUSES, PROGRAMMES, type Programme } from '../housing/types.js';
import { TOWNSHIPS } from '../reference/townships.js';
import { toCsv, type ReportTable } from './formats.js';
import { figuresView, foldTownship, planOf, sumFigures, type ProgrammeFigures } from './progress.js';
import type { S3ReportStore } from './report-store.js';
import { toXlsx } from './xlsx.js';

export interface ProgressDeps {
  cases: Pick<DynamoDbCaseStore, 'historyUpTo'>;
  reports: S3ReportStore;
}

export const PROGRESS_BASE = 'reports/progress';
const FILES = ['report.json', 'report.csv', 'report.xlsx'] as const;

const STAGE_NAMES: Record<string, string> = {
  applied: '已申请', 'village-reviewed': '村评议', 'village-noticed': '村公示', 'township-reviewed': '乡镇审核', 'township-noticed': '乡镇公示',
  'identity-checked': '身份核实', appraised: '已鉴定', approved: '已审批', 'agreement-signed': '已签协议', 'moved-out': '已搬出', 'under-construction': '在建',
  'preliminary-accepted': '乡镇初验', 'final-accepted': '市级验收', paid: '已拨付', returned: '退回', refused: '拒绝改造', 'not-dangerous': '非危房', 'subsidy-cancelled': '超面积取消补助',
};
const PROGRAMME_NAMES: Record<Programme, string> = { R1: '建档立卡危房改造', R2: '五保低保残疾人危房改造' };

function table(programme: Programme, rows: { name: string; f: ProgrammeFigures }[], total: ProgrammeFigures): ReportTable {
  const row = (name: string, f: ProgrammeFigures) => ({
    township: name,
    cases: f.cases,
    C: f.grades.C,
    D: f.grades.D,
    noHouse: f.grades['no-house'],
    ...Object.fromEntries(CASE_STATUSES.map((s) => [s, f.stages[s] ?? 0])),
    committed: f.subsidyCommitted / 100,
    paid: f.subsidyPaid / 100,
    late: f.late,
    accepted: f.accepted,
    withPhotos: f.acceptedWithPhotos,
    returns: f.returns.count,
    refusals: f.refusals.count,
  });
  return {
    sheet: `${programme} ${PROGRAMME_NAMES[programme]}`,
    columns: [
      { key: 'township', header: '乡镇(街道)' },
      { key: 'cases', header: '户数' },
      { key: 'C', header: 'C级' },
      { key: 'D', header: 'D级' },
      { key: 'noHouse', header: '无房户' },
      ...CASE_STATUSES.map((s) => ({ key: s, header: STAGE_NAMES[s] ?? s })),
      { key: 'committed', header: '已承诺补助(元)' },
      { key: 'paid', header: '已拨付补助(元)' },
      { key: 'late', header: '逾期未完成' },
      { key: 'accepted', header: '已验收' },
      { key: 'withPhotos', header: '改造前后照片齐全' },
      { key: 'returns', header: '退回' },
      { key: 'refusals', header: '拒绝改造' },
    ],
    rows: rows.map((r) => row(r.name, r.f)),
    totals: row('全市合计', total),
  };
}

/**
 * The progress report for a cut-off (SPEC §7): each township's history up to the cut-off, folded; city
 * totals are the sum of the townships; stored as JSON, CSV and xlsx. The same figures again write nothing
 * (same revision); different figures for a past cut-off never overwrite — they become the next revision.
 */
export async function runProgressReport(deps: ProgressDeps, asOf: string) {
  const policy = housingPolicyOn(asOf) ?? HOUSING_POLICIES.filter((p) => p.effectiveFrom <= asOf).at(-1) ?? HOUSING_POLICIES[0]!;
  const perTownship: { code: string; name: string; figures: Record<Programme, ProgrammeFigures> }[] = [];
  for (const t of TOWNSHIPS) perTownship.push({ code: t.code, name: t.name, figures: await foldTownship(deps.cases.historyUpTo(t.code, asOf), asOf, policy) });

  const programmes = PROGRAMMES.map((programme) => ({
    programme,
    name: PROGRAMME_NAMES[programme],
    plan: planOf(programme, policy),
    totals: figuresView(sumFigures(perTownship.map((t) => t.figures[programme]))),
  }));
  const report = {
    asOf,
    policyId: policy.id,
    deadline: policy.parameters.schedule.deadline.value,
    programmes,
    townships: perTownship.map((t) => ({ township: t.code, name: t.name, R1: figuresView(t.figures.R1), R2: figuresView(t.figures.R2) })),
  };
  const json = canonicalJson(report);
  const tables = PROGRAMMES.map((p) => table(p, perTownship.map((t) => ({ name: t.name, f: t.figures[p] })), sumFigures(perTownship.map((t) => t.figures[p]))));
  const published = await deps.reports.publish(PROGRESS_BASE, asOf, json, [
    { name: 'report.json', body: json, contentType: 'application/json; charset=utf-8' },
    { name: 'report.csv', body: toCsv(tables), contentType: 'text/csv; charset=utf-8' },
    { name: 'report.xlsx', body: await toXlsx(tables, new Date(`${asOf}T00:00:00Z`)), contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' },
  ]);
  return { asOf, revision: published.revision, unchanged: published.unchanged, programmes, townships: report.townships };
}

export async function readProgressReport(deps: ProgressDeps, asOf: string) {
  const latest = await deps.reports.latest(PROGRESS_BASE, asOf, FILES);
  if (!latest) return undefined;
  const json = latest.json as { programmes: unknown; townships: unknown };
  return { asOf, revision: latest.revision, programmes: json.programmes, townships: json.townships, files: latest.links };
}
