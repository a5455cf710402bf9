import { SYSTEM_ACTOR, type Actor } from '../audit/types.js';
import { canonicalJson } from '../data/canonical.js';
import { mapLimit } from '../data/concurrency.js';
import { shanghaiDate } from '../dates.js';
import { ValidationError } from '../errors.js';
import { maskIdentity } from '../identity/mask.js';
import { fenToYuan, positive } from '../money.js';
import type { HospitalRegistry } from '../reference/ports.js';
import type { ReportStore } from '../reports/ports.js';
import { toCsv, type ReportTable } from '../reports/formats.js';
import type { PersonDirectory } from '../roster/ports.js';
import {
  adjustRefund,
  reconciliationMode,
  recomputeYear,
  type ReconClaim,
  type ReconciliationMode,
} from './engine/recompute.js';
import { emptyPersonYear, reconcile } from './engine/index.js';
import {
  RefundAccountMovedError,
  type ClaimStore,
  type RefundAccount,
  type RefundAccountFigures,
  type RefundLedger,
} from './ports.js';
import { requireClaimPolicy } from './policy/index.js';
import type { ClaimFacts, PersonYear, Settlement } from './types.js';
import { BUCKET_PREFIXES, reportBase } from '../data/bucket-prefixes.js';

export interface ReconciliationSummary {
  year: number;
  /** `preview` before 1 January of the next year (pays nothing), `pay` in January–March, `late` after it. */
  mode: ReconciliationMode;
  reason?: string;
  persons: number;
  refundTotal: number;
  /** Refunds paid by this run (0 on a rerun with nothing changed, and on a preview). */
  paidThisRun: number;
  /** Amounts paid by earlier runs that the final figures do not owe, recorded as recoverable by this run. */
  recoverableThisRun: number;
  /** Persons whose figures changed since the last paying run. */
  changed: number;
  reportKey: string;
  revision: number;
}

/**
 * Records one person's adjustment on the refund ledger: the account is written at its next version only
 * if no other run wrote it since it was read, so two runs (even concurrent ones) never pay the same fen
 * twice; a lost race reads the account again and recomputes the adjustment from it. An account whose
 * figures did not change is not written again (a rerun pays 0 and records nothing).
 */
async function recordAdjustment(
  ledger: RefundLedger,
  year: number,
  personId: string,
  line: { refundDue: number; due: number; claims: string[] },
  runAt: string,
  reason: string | undefined,
  actor: Actor,
): Promise<{ payNow: number; recoverableNow: number; before: RefundAccount | undefined }> {
  for (;;) {
    const current = await ledger.getAccount(year, personId);
    const adj = adjustRefund(line.refundDue, current);
    const unchanged =
      current !== undefined &&
      adj.payNow === 0 &&
      current.recoverable === adj.recoverable &&
      current.lastDue === line.due &&
      current.lastRefundDue === line.refundDue;
    if (unchanged) return { payNow: 0, recoverableNow: 0, before: current };
    const next: RefundAccountFigures = {
      refunded: (current?.refunded ?? 0) + adj.payNow,
      recoverable: adj.recoverable,
      lastDue: line.due,
      lastRefundDue: line.refundDue,
      lastClaims: line.claims,
      lastRunAt: runAt,
      reasons: reason ? [...(current?.reasons ?? []), `${runAt} ${reason}`] : (current?.reasons ?? []),
    };
    try {
      await ledger.saveAccount(year, personId, next, current?.version, actor);
      return {
        payNow: adj.payNow,
        recoverableNow: positive(adj.recoverable - (current?.recoverable ?? 0)),
        before: current,
      };
    } catch (error) {
      if (!(error instanceof RefundAccountMovedError)) throw error;
    }
  }
}

export interface ReconciliationDeps {
  claims: ClaimStore<Settlement, PersonYear>;
  refunds: RefundLedger;
  reports: ReportStore;
  roster: Pick<PersonDirectory, 'getPersonRecord'>;
  hospitals: Pick<HospitalRegistry, 'list'>;
  now(): Date;
}

async function ledgerOf(deps: ReconciliationDeps, year: number): Promise<Map<string, RefundAccount>> {
  const map = new Map<string, RefundAccount>();
  for await (const { personId, account } of deps.refunds.accountsOf(year)) map.set(personId, account);
  return map;
}

const BASE = reportBase(BUCKET_PREFIXES.reconciliation);

/**
 * Runs the yearly reconciliation (docs/rules.md §3.5, H 三.(二).5.6)): each person-year with a general admission is
 * recomputed from its surviving claims in discharge-date order; due, refund owed, paid before and the
 * adjustment are recorded per person (positive: refunded now; negative: recoverable); persons refunded
 * before who no longer qualify are included so nothing is kept silently. Before 1 January of the next
 * year the run is a preview; after March it needs the bureau's reason. The report (identity masked) goes
 * to storage with the changes since the last run.
 */
export async function runReconciliation(
  deps: ReconciliationDeps,
  year: number,
  options: { reason?: string; actor?: Actor } = {},
): Promise<ReconciliationSummary> {
  const policy = requireClaimPolicy(`${year}-12-31`, 'year');
  const runAt = deps.now().toISOString();
  const mode = reconciliationMode(year, shanghaiDate(deps.now()), policy.parameters.reconciliation.months.value);
  if (mode === 'late' && !options.reason)
    throw new ValidationError(
      `The January–March window for ${year} is over; a later run needs the insurance bureau's reason.`,
      [{ path: 'query.reason', message: `is required after ${year + 1}-03 [H 三.(二).5.6)]` }],
      'reason-required',
    );

  // The year's claims (service month = the person-year's year), grouped by person.
  const byPerson = new Map<string, ReconClaim[]>();
  for (let m = 1; m <= 12; m += 1) {
    for await (const c of deps.claims.claimsOfMonth(`${year}-${String(m).padStart(2, '0')}`)) {
      if (!c.facts) continue;
      const list = byPerson.get(c.personId) ?? [];
      list.push({
        facts: c.facts as ClaimFacts,
        settlement: c.settlement,
        voided: c.status === 'voided',
        yearVersion: c.yearVersion ?? 0,
      });
      byPerson.set(c.personId, list);
    }
  }
  const stored = new Map<string, PersonYear>();
  for await (const y of deps.claims.yearsOf(year)) stored.set(y.personId, y.state);
  const ledger = await ledgerOf(deps, year);
  const hospitals = new Map((await deps.hospitals.list()).map((h) => [h.hospitalId, h]));

  // Candidates: anyone with a general admission in a claim of the year, or refunded before.
  const candidates = [
    ...new Set([
      ...[...byPerson.entries()]
        .filter(([, cs]) => cs.some((c) => c.settlement.yearDelta.generalAdmission !== null))
        .map(([id]) => id),
      ...ledger.keys(),
    ]),
  ].sort();
  const recomputed = await mapLimit(candidates, 8, async (personId) => {
    const bundle = await deps.roster.getPersonRecord(personId);
    const claims = byPerson.get(personId) ?? [];
    const fresh = bundle && recomputeYear(personId, year, claims, bundle.person, hospitals, bundle.certifications);
    return fresh ?? stored.get(personId) ?? emptyPersonYear(personId, year);
  });
  const result = reconcile(year, recomputed, policy);
  const rowOf = new Map(result.rows.map((r) => [r.personId, r]));

  const lines = await mapLimit(candidates, 8, async (personId) => {
    const row = rowOf.get(personId);
    const refundDue = row?.refund ?? 0;
    const due = row?.due ?? 0;
    const claims = (byPerson.get(personId) ?? [])
      .filter((c) => !c.voided)
      .map((c) => `${c.facts.hospitalId}/${c.facts.claimId}`)
      .sort();
    const before = ledger.get(personId);
    if (mode === 'preview') {
      const adj = adjustRefund(refundDue, before);
      return { personId, row, refundDue, adj, payNow: 0, recoverableNow: 0, before, claims };
    }
    const outcome = await recordAdjustment(
      deps.refunds,
      year,
      personId,
      { refundDue, due, claims },
      runAt,
      mode === 'late' ? options.reason : undefined,
      options.actor ?? SYSTEM_ACTOR,
    );
    const adj = adjustRefund(refundDue, outcome.before);
    return {
      personId,
      row,
      refundDue,
      adj,
      payNow: outcome.payNow,
      recoverableNow: outcome.recoverableNow,
      before: outcome.before,
      claims,
    };
  });

  const shown = lines.filter((l) => l.row !== undefined || l.before !== undefined);
  const rows = shown.map((l) => {
    const prev = l.before?.lastClaims ?? [];
    const added = l.claims.filter((c) => !prev.includes(c)).length;
    const removed = prev.filter((c) => !l.claims.includes(c)).length;
    return {
      personId: maskIdentity(l.personId),
      highestLevel: l.row?.highestLevel ?? null,
      generalAdmissions: l.row?.generalAdmissions ?? 0,
      cap: fenToYuan(l.row?.cap ?? 0),
      beyondDeductibles: fenToYuan(l.row?.selfPayBeyondDeductibles ?? 0),
      due: fenToYuan(l.row?.due ?? 0),
      paidBeyondDeductibles: fenToYuan(l.row?.paidBeyondDeductibles ?? 0),
      refund: fenToYuan(l.refundDue),
      // The other reading of 就诊最高级别医疗机构 [H 三.(二).5.6), policy reconciliation.highestLevelBasis].
      otherBasis: l.row?.otherReading.basis ?? '',
      otherHighestLevel: l.row?.otherReading.highestLevel ?? null,
      otherCap: fenToYuan(l.row?.otherReading.cap ?? 0),
      otherDue: fenToYuan(l.row?.otherReading.due ?? 0),
      otherRefund: fenToYuan(l.row?.otherReading.refund ?? 0),
      paidBefore: fenToYuan(l.adj.paidBefore),
      adjustment: fenToYuan(l.adj.adjustment),
      recoverable: fenToYuan(l.adj.recoverable),
      changes:
        l.before === undefined
          ? 'first run'
          : l.before.lastRefundDue === l.refundDue && added === 0 && removed === 0
            ? 'unchanged'
            : `refund owed ${fenToYuan(l.before.lastRefundDue ?? 0)} → ${fenToYuan(l.refundDue)}; claims +${added} −${removed}`,
    };
  });
  const sumFen = (pick: (l: (typeof lines)[number]) => number) => lines.reduce((s, l) => s + pick(l), 0);
  const report = {
    year,
    policyId: result.policyId,
    mode,
    ...(options.reason ? { reason: options.reason } : {}),
    persons: result.totals.personsWithRefund,
    refundTotal: fenToYuan(result.totals.refund),
    recoverableTotal: fenToYuan(sumFen((l) => l.adj.recoverable)),
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
      { key: 'refund', header: '应返还(元)' },
      { key: 'paidBefore', header: '此前已返还(元)' },
      { key: 'adjustment', header: '本次调整(元)' },
      { key: 'recoverable', header: '应追回(元)' },
      { key: 'changes', header: '与上次相比' },
      { key: 'otherHighestLevel', header: '另一读法:含非倾斜住院的最高级别' },
      { key: 'otherCap', header: '另一读法封顶线(元)' },
      { key: 'otherDue', header: '另一读法应自付(元)' },
      { key: 'otherRefund', header: '另一读法应返还(元)' },
    ],
    rows: rows.map((r) => ({ ...r, highestLevel: r.highestLevel ?? '', otherHighestLevel: r.otherHighestLevel ?? '' })),
    totals: { personId: '合计', refund: report.refundTotal, recoverable: report.recoverableTotal },
  };
  const published = await deps.reports.publish(BASE, String(year), json, [
    { name: 'report.json', body: json, contentType: 'application/json; charset=utf-8' },
    { name: 'report.csv', body: toCsv([table]), contentType: 'text/csv; charset=utf-8' },
  ]);
  return {
    year,
    mode,
    ...(options.reason ? { reason: options.reason } : {}),
    persons: report.persons,
    refundTotal: report.refundTotal,
    paidThisRun: fenToYuan(sumFen((l) => l.payNow)),
    recoverableThisRun: fenToYuan(sumFen((l) => l.recoverableNow)),
    changed: rows.filter((r) => r.changes !== 'unchanged').length,
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
