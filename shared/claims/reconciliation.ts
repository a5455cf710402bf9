import { canonicalJson } from '../data/canonical.js';
import { mapLimit } from '../data/concurrency.js';
import { maskIdentity } from '../identity/mask.js';
import { fenToYuan } from '../money.js';
import type { ReportStore } from '../reports/ports.js';
import { toCsv, type ReportTable } from '../reports/formats.js';
import type { ClaimStore, RefundLedger } from './ports.js';
import { reconcile } from './engine/index.js';
import { requireClaimPolicy } from './policy/index.js';
import type { PersonYear, Settlement } from './types.js';

export interface ReconciliationSummary {
  year: number;
  persons: number;
  refundTotal: number;
  /** Refunds recorded by this run (0 on a rerun: nothing is paid twice). */
  paidThisRun: number;
  reportKey: string;
  revision: number;
}

export interface ReconciliationDeps {
  claims: ClaimStore<Settlement, PersonYear>;
  refunds: RefundLedger;
  reports: ReportStore;
  now(): Date;
}

const BASE = 'reports/reconciliation';

/** Runs the yearly reconciliation (docs/rules.md §3.5): report (identity masked) to storage, refunds paid once. */
export async function runReconciliation(deps: ReconciliationDeps, year: number): Promise<ReconciliationSummary> {
  const policy = requireClaimPolicy(`${year}-12-31`, 'year');
  const years: PersonYear[] = [];
  for await (const y of deps.claims.yearsOf(year)) years.push(y.state);
  const result = reconcile(year, years, policy);
  const runAt = deps.now().toISOString();
  const paid = await mapLimit(result.rows, 8, (row) => deps.refunds.pay(year, row.personId, row.refund, runAt));

  const rows = result.rows.map((r) => ({
    personId: maskIdentity(r.personId),
    highestLevel: r.highestLevel,
    generalAdmissions: r.generalAdmissions,
    cap: fenToYuan(r.cap),
    beyondDeductibles: fenToYuan(r.selfPayBeyondDeductibles),
    due: fenToYuan(r.due),
    paidBeyondDeductibles: fenToYuan(r.paidBeyondDeductibles),
    refund: fenToYuan(r.refund),
  }));
  const report = {
    year,
    policyId: result.policyId,
    persons: result.totals.personsWithRefund,
    refundTotal: fenToYuan(result.totals.refund),
    payers: Object.fromEntries(Object.entries(result.totals.byPayer).map(([k, v]) => [k, fenToYuan(v)])),
    rows,
  };
  const json = canonicalJson(report);
  const table: ReportTable = {
    sheet: `${year}年度自付封顶结算`,
    columns: [
      { key: 'personId', header: '身份证号(脱敏)' },
      { key: 'highestLevel', header: '最高就医级别' },
      { key: 'generalAdmissions', header: '普通住院次数' },
      { key: 'cap', header: '封顶线(元)' },
      { key: 'beyondDeductibles', header: '起付线以上自付(元)' },
      { key: 'due', header: '应自付(元)' },
      { key: 'paidBeyondDeductibles', header: '已自付(元)' },
      { key: 'refund', header: '商业补充保险返还(元)' },
    ],
    rows,
    totals: { personId: '合计', refund: report.refundTotal },
  };
  const published = await deps.reports.publish(BASE, String(year), json, [
    { name: 'report.json', body: json, contentType: 'application/json; charset=utf-8' },
    { name: 'report.csv', body: toCsv([table]), contentType: 'text/csv; charset=utf-8' },
  ]);
  return {
    year,
    persons: report.persons,
    refundTotal: report.refundTotal,
    paidThisRun: fenToYuan(paid.reduce((a, b) => a + b, 0)),
    reportKey: `${published.prefix}report.json`,
    revision: published.revision,
  };
}

export async function readReconciliation(
  deps: ReconciliationDeps,
  year: number,
): Promise<Record<string, unknown> | undefined> {
  const latest = await deps.reports.latest(BASE, String(year), ['report.json', 'report.csv']);
  if (!latest) return undefined;
  const json = latest.json as Record<string, unknown>;
  return {
    ...json,
    revision: latest.revision,
    reportKey: `${BASE}/${year}/r${latest.revision}/report.json`,
    files: latest.links,
  };
}
