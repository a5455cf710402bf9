import { describe, expect, it } from 'vitest';
import { claimEngine } from '../../../shared/claims/engine-port.js';
import { MemoryClaimStore, MemoryRefundLedger } from '../../../shared/claims/memory-claim-store.js';
import { runReconciliation, type ReconciliationDeps } from '../../../shared/claims/reconciliation.js';
import { claimBodySchema } from '../../../shared/claims/schemas.js';
import type { ClaimFacts, PersonYear, Settlement } from '../../../shared/claims/types.js';
import { postClaim, voidClaim, type ClaimDeps } from '../../../shared/claims/use-cases.js';
import { ValidationError } from '../../../shared/errors.js';
import { maskIdentity } from '../../../shared/identity/mask.js';
import { MemoryReportStore } from '../../../shared/reports/memory-report-store.js';
import { ALL_HOSPITALS, H, poor } from './fixtures.js';

/**
 * The reconciliation use case over the in-memory ports (the refund ledger is held to one contract with its
 * DynamoDB adapter): the January–March window, adjustments both ways, concurrent runs paying once.
 */
function setup() {
  const store = new MemoryClaimStore<Settlement, PersonYear>((id) =>
    id === poor.personId ? { person: poor, certifications: [] } : { certifications: [] },
  );
  const refunds = new MemoryRefundLedger();
  const reports = new MemoryReportStore();
  let today = '2019-12-20T02:00:00Z';
  const deps: ReconciliationDeps = {
    claims: store,
    refunds,
    reports,
    roster: {
      getPersonRecord: async (id) => (id === poor.personId ? { person: poor, certifications: [] } : undefined),
    },
    hospitals: { list: async () => [...ALL_HOSPITALS] },
    now: () => new Date(today),
  };
  const claimDeps: ClaimDeps<ClaimFacts, PersonYear, Settlement> = {
    store,
    engine: claimEngine,
    hospital: async (id) => ALL_HOSPITALS.find((h) => h.hospitalId === id),
    now: () => new Date('2019-10-01T00:00:00Z'),
    retry: { attempts: 20, baseMs: 0, capMs: 1 },
  };
  const post = (hospitalId: string, claimId: string, total: number, on: string) =>
    postClaim(
      claimDeps,
      { sub: 'clerk', role: 'hospital', hospitalId },
      claimBodySchema.parse({
        claimId,
        personId: poor.personId,
        kind: 'inpatient',
        admittedOn: on,
        dischargedOn: on,
        diagnosis: { icd10: 'K35.9' },
        costs: { total },
      }),
    );
  const voidIt = (hospitalId: string, claimId: string) =>
    voidClaim(claimDeps, { sub: 'clerk', role: 'hospital', hospitalId }, claimId);
  const rowOf = async () => {
    const latest = await reports.latest('reports/reconciliation', '2019', ['report.json']);
    const json = latest?.json as { rows: { personId: string; changes: string }[] } | undefined;
    return json?.rows.find((r) => r.personId === maskIdentity(poor.personId));
  };
  return { deps, refunds, post, voidIt, rowOf, setToday: (t: string) => (today = t) };
}

// Person A of reconcile.test.ts [H 三.(二).5.6)]: township 15,000 (d 50, beyond d 1,495, paid 1,049.50),
// township 12,000 repeat (d 0, beyond 1,200, paid 1,020), county 12,000 (d 150, beyond 2,370, paid 2,037).
// Year: beyond 5,065, county cap 2,000 → due 2,000 + 10% × 3,065 = 2,306.50; paid 4,106.50 → refund 1,800.
async function personA(t: ReturnType<typeof setup>) {
  await t.post(H.clinic.hospitalId, 'A1', 15_000, '2019-02-01');
  await t.post(H.clinic.hospitalId, 'A2', 12_000, '2019-05-01');
  await t.post(H.peoples.hospitalId, 'A3', 12_000, '2019-09-01');
}

describe('runReconciliation over the in-memory ports [H 三.(二).5.6)]', () => {
  it('item 7: a run before 1 January is a preview that pays and records nothing; January pays', async () => {
    const t = setup();
    await personA(t);
    const preview = await runReconciliation(t.deps, 2019);
    expect(preview).toMatchObject({ mode: 'preview', refundTotal: 1800, paidThisRun: 0 });
    expect(await t.refunds.getAccount(2019, poor.personId)).toBeUndefined();
    t.setToday('2020-01-06T02:00:00Z');
    const pay = await runReconciliation(t.deps, 2019);
    expect(pay).toMatchObject({ mode: 'pay', paidThisRun: 1800, recoverableThisRun: 0 });
    expect(await t.refunds.getAccount(2019, poor.personId)).toMatchObject({ refunded: 180_000, recoverable: 0 });
  });

  it('item 7: after March a run without the bureau’s reason is refused; with it, the reason is recorded', async () => {
    const t = setup();
    await personA(t);
    // 31 March 2020 (Beijing time) is still in the window; 1 April is not.
    t.setToday('2020-03-31T15:00:00Z');
    expect((await runReconciliation(t.deps, 2019)).mode).toBe('pay');
    t.setToday('2020-03-31T16:00:00Z');
    await expect(runReconciliation(t.deps, 2019)).rejects.toBeInstanceOf(ValidationError);
    await t.voidIt(H.clinic.hospitalId, 'A2');
    const late = await runReconciliation(t.deps, 2019, { reason: '医保局:补结算' });
    expect(late).toMatchObject({ mode: 'late', reason: '医保局:补结算', paidThisRun: 0, recoverableThisRun: 900 });
    expect((await t.refunds.getAccount(2019, poor.personId))?.reasons).toEqual([
      '2020-03-31T16:00:00.000Z 医保局:补结算',
    ]);
  });

  it('item 6: a void after the paying run makes 900 recoverable, and a later rise is netted against it', async () => {
    const t = setup();
    await personA(t);
    t.setToday('2020-01-06T02:00:00Z');
    await runReconciliation(t.deps, 2019);
    // Admission 2 voided: beyond 1,495 + 2,370 = 3,865 → due 2,000 + 186.50 = 2,186.50; paid 1,049.50 + 2,037
    // = 3,086.50 → owed 900. 1,800 was paid: adjustment −900, recorded as recoverable (before: kept).
    await t.voidIt(H.clinic.hospitalId, 'A2');
    const after = await runReconciliation(t.deps, 2019);
    expect(after).toMatchObject({ paidThisRun: 0, recoverableThisRun: 900 });
    expect(await t.rowOf()).toMatchObject({ refund: 900, paidBefore: 1800, adjustment: -900, recoverable: 900 });
    // A late posting of the same 12,000 stay (discharged 2019-05-01, settled again): the year is back to
    // owing 1,800, which the 1,800 already paid covers: nothing paid, nothing recoverable.
    await t.post(H.clinic.hospitalId, 'A2b', 12_000, '2019-05-01');
    const back = await runReconciliation(t.deps, 2019);
    expect(back).toMatchObject({ paidThisRun: 0, recoverableThisRun: 0 });
    expect(await t.rowOf()).toMatchObject({ refund: 1800, paidBefore: 1800, adjustment: 0, recoverable: 0 });
    // Rerun with nothing changed: unchanged.
    await runReconciliation(t.deps, 2019);
    expect((await t.rowOf())?.changes).toBe('unchanged');
  });

  it('concurrent paying runs pay the 1,800 exactly once between them', async () => {
    const t = setup();
    await personA(t);
    t.setToday('2020-01-06T02:00:00Z');
    const runs = await Promise.all(Array.from({ length: 5 }, () => runReconciliation(t.deps, 2019)));
    expect(runs.reduce((s, r) => s + r.paidThisRun, 0)).toBe(1800);
    expect(await t.refunds.getAccount(2019, poor.personId)).toMatchObject({ refunded: 180_000 });
  });
});
