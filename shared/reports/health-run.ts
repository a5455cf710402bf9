import type { ClaimStore, StoredClaim } from '../claims/ports.js';
import type { PersonYear, Settlement } from '../claims/types.js';
import { canonicalJson } from '../data/canonical.js';
import type { HospitalRegistry } from '../reference/ports.js';
import type { PersonDirectory } from '../roster/ports.js';
import { isRegisteredOn } from '../roster/types.js';
import { toCsv, type ReportTable } from './formats.js';
import { healthReport, PAYERS } from './health.js';
import type { ReportStore } from './ports.js';
import { BUCKET_PREFIXES, reportBase } from '../data/bucket-prefixes.js';

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
  basicInsurance: '基本医保',
  criticalIllnessInsurance: '大病保险',
  medicalAssistance: '医疗救助',
  commercialInsurance: '商业补充保险',
  safetyNetFund: '大病保障基金',
  hospital: '医院承担',
  patient: '个人自付',
  financeDeliveryFee: '财政配送费',
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
  for await (const p of deps.roster.allPersons()) {
    if (!isRegisteredOn(p, end)) continue;
    registered += 1;
    if (p.insuredYears.includes(year)) insured += 1;
  }
  const report = healthReport({ month, claims, hospitals, participation: { registered, insured } });
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
  const published = await deps.reports.publish(BASE, month, json, [
    { name: 'report.json', body: json, contentType: 'application/json; charset=utf-8' },
    { name: 'report.csv', body: toCsv([table]), contentType: 'text/csv; charset=utf-8' },
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
  const latest = await deps.reports.latest(BASE, month, ['report.json', 'report.csv']);
  return latest
    ? { ...(latest.json as Record<string, unknown>), revision: latest.revision, files: latest.links }
    : undefined;
}
