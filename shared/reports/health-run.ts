import type { ClaimStore, StoredClaim } from '../claims/ports.js';
import type { PersonYear, Settlement } from '../claims/types.js';
import { canonicalJson } from '../data/canonical.js';
import type { HospitalRegistry } from '../reference/ports.js';
import type { PersonDirectory } from '../roster/ports.js';
import { isRegisteredOn } from '../roster/types.js';
import { toCsv, type ReportTable } from './formats.js';
import { toXlsx } from './xlsx.js';
import { maskIdentity, maskName } from '../identity/mask.js';
import { healthReport, PAYERS, type UninsuredPerson } from './health.js';
import type { ReportStore } from './ports.js';
import { BUCKET_PREFIXES, reportBase } from '../data/bucket-prefixes.js';
import { PAYER_NAMES } from '../claims/payer-names.js';

export interface HealthReportDeps {
  claims: Pick<ClaimStore<Settlement, PersonYear>, 'claimsOfMonth'>;
  hospitals: Pick<HospitalRegistry, 'list'>;
  roster: Pick<PersonDirectory, 'allPersons'>;
  reports: ReportStore;
}

const BASE = reportBase(BUCKET_PREFIXES.healthReports);
const HEADERS: Record<string, string> = {
  hospitalId: '医疗机构编码',
  name: '医疗机构',
  claims: '结算人次',
  ...PAYER_NAMES,
  outOfCatalogueSharePercent: '目录外占比%',
  outOfCatalogueLimitPercent: '目录外上限%',
};

function lastDay(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
}

/** Builds and stores the month's health report (no identity numbers: per hospital and per payer only). */
export async function runHealthReport(deps: HealthReportDeps, month: string) {
  const claims: StoredClaim<Settlement>[] = [];
  for await (const c of deps.claims.claimsOfMonth(month)) claims.push(c);
  const hospitals = await deps.hospitals.list();
  const end = lastDay(month);
  const year = Number(month.slice(0, 4));
  let registered = 0;
  let insured = 0;
  const uninsured: UninsuredPerson[] = [];
  for await (const p of deps.roster.allPersons()) {
    if (!isRegisteredOn(p, end)) continue;
    registered += 1;
    if (p.insuredYears.includes(year)) insured += 1;
    else
      uninsured.push({
        personId: maskIdentity(p.personId),
        name: maskName(p.name),
        householdId: p.householdId,
        township: p.township,
        village: p.village,
      });
  }
  const report = healthReport({ month, claims, hospitals, participation: { registered, insured }, uninsured });
  const json = canonicalJson(report);
  const columns = [
    'hospitalId',
    'name',
    'claims',
    ...PAYERS,
    'outOfCatalogueSharePercent',
    'outOfCatalogueLimitPercent',
  ].map((key) => ({ key, header: HEADERS[key] ?? key }));
  const table: ReportTable = {
    sheet: `${month} 健康扶贫`,
    columns,
    rows: report.hospitals as never,
    totals: { hospitalId: '合计', claims: report.claims, ...report.payers },
  };
  const ind = report.indicators;
  const indicatorTable: ReportTable = {
    sheet: `${month} 指标`,
    columns: [
      { key: 'name', header: '指标' },
      { key: 'value', header: '实际(%)' },
      { key: 'target', header: '目标(%)' },
      { key: 'met', header: '是否达标' },
      { key: 'count', header: '人次/人数' },
      { key: 'clause', header: '依据' },
    ],
    rows: [
      ['大病集中救治实际报销比例', ind.majorDiseaseEffectiveRatio, ind.majorDiseaseEffectiveRatio.claims] as const,
      ['重特大疾病实际报销比例', ind.criticalIllnessEffectiveRatio, ind.criticalIllnessEffectiveRatio.claims] as const,
      ['慢病实际报销比例', ind.chronicEffectiveRatio, ind.chronicEffectiveRatio.claims] as const,
      ['市域内住院占比', ind.inCountyAdmissions, ind.inCountyAdmissions.admissions] as const,
      ['建档立卡人口参保率', ind.participation, ind.participation.registered] as const,
    ].map(([name, i, count]) => ({
      name,
      value: i.percent ?? '',
      target: i.targetPercent,
      met: i.met === null ? '' : i.met ? '达标' : '未达标',
      count,
      clause: i.clause,
    })),
  };
  const uninsuredTable: ReportTable = {
    sheet: `${month} 未参保建档立卡人员`,
    columns: [
      { key: 'township', header: '乡镇' },
      { key: 'village', header: '村' },
      { key: 'householdId', header: '户编号' },
      { key: 'personId', header: '身份证号(脱敏)' },
      { key: 'name', header: '姓名(脱敏)' },
    ],
    rows: ind.participation.uninsured.map((u) => ({ ...u })),
  };
  const tables = [table, indicatorTable, uninsuredTable];
  const published = await deps.reports.publish(BASE, month, json, [
    { name: 'report.json', body: json, contentType: 'application/json; charset=utf-8' },
    { name: 'report.csv', body: toCsv(tables), contentType: 'text/csv; charset=utf-8' },
    {
      name: 'report.xlsx',
      body: await toXlsx(tables, new Date(`${month}-01T00:00:00Z`)),
      contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    },
  ]);
  return {
    month,
    revision: published.revision,
    unchanged: published.unchanged,
    reportKey: `${published.prefix}report.json`,
    claims: report.claims,
    indicators: report.indicators,
  };
}

export async function readHealthReport(deps: HealthReportDeps, month: string) {
  const latest = await deps.reports.latest(BASE, month, ['report.json', 'report.csv', 'report.xlsx']);
  return latest
    ? { ...(latest.json as Record<string, unknown>), revision: latest.revision, files: latest.links }
    : undefined;
}
