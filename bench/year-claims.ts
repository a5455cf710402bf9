import { pool, YearApi } from '../scripts/year/api.js';
import { planYear } from '../scripts/year/plan.js';
import { at } from '../scripts/year/play.js';

/**
 * `npm run bench:year-claims` (issue 15 item 5): a county year of claims settled through the API of a fresh
 * local stack, then the yearly reconciliation and the twelve monthly health reports over it, each step timed
 * with the DynamoDB capacity it consumed (the local stack's meter, infra/local/sim-clock.ts).
 * The claims are the health part of `npm run year`'s plan (scripts/year/plan.ts, rates in docs/year.md):
 * PERSONS registered poor persons (default 10,000, the plan's scale) and their admissions, outpatient visits
 * and monthly chronic deliveries (about 2.4 claims a person); CLAIMS (optional) keeps only the year's first
 * CLAIMS claims by date (a quick run). CONCURRENCY (default 16) requests at a time, one person's claims in date
 * order. Prints RESULT year_claims_s and reconciliation_year_s (and more).
 */
const persons = Number(process.env.PERSONS ?? process.env.YEAR_CLAIMS_PERSONS ?? 10_000);
const claimCap = process.env.CLAIMS ? Number(process.env.CLAIMS) : Number.POSITIVE_INFINITY;
const concurrency = Number(process.env.CONCURRENCY ?? process.env.YEAR_CLAIMS_CONCURRENCY ?? 16);
const seed = Number(process.env.YEAR_CLAIMS_SEED ?? 2019);

async function main(): Promise<void> {
  const { startLocalStack } = await import('../infra/local/stack.js');
  const stack = await startLocalStack({ port: 0, seed: false, schedules: false, log: () => undefined });
  try {
    const api = new YearApi(stack.apiUrl);
    const plan = planYear({ seed, scale: persons / 10_000 });
    if (plan.claims.length > claimCap)
      plan.claims = [...plan.claims].sort((a, b) => a.on.localeCompare(b.on)).slice(0, claimCap);
    const registered = plan.persons.filter((p) => p.registered);
    console.log(
      `${plan.claims.length} claims over ${registered.length} registered poor persons (${plan.chronic.length} with a chronic certification)`,
    );

    // Setup (not part of the figures): the roster and the chronic certifications.
    const rows = registered.map((p) => ({
      personId: p.personId,
      name: p.name,
      householdId: p.householdId,
      township: p.township,
      village: p.village,
      birthDate: p.birthDate,
      registeredFrom: '2016-03-01',
      insuredYears: [2018, 2019],
    }));
    const batches: (typeof rows)[] = [];
    for (let i = 0; i < rows.length; i += 500) batches.push(rows.slice(i, i + 500));
    await pool(batches, 2, async (batch) => {
      const r = await api.call('PUT', '/v1/roster/persons', {
        as: { role: 'poverty-office' },
        body: { persons: batch },
        at: at('2019-01-02', '09:00:00'),
        step: 'setup',
      });
      if (r.status >= 300 || r.body.rejected?.length)
        throw new Error(`roster load: ${JSON.stringify(r.body).slice(0, 500)}`);
    });
    await pool(plan.chronic, concurrency, async (c) => {
      const r = await api.call('POST', `/v1/persons/${c.personId}/chronic-certifications`, {
        as: { role: 'insurance-bureau' },
        body: { disease: c.disease, certifiedBy: 'insurance-bureau', from: '2019-01-01' },
        at: at('2019-01-03', '10:00:00'),
        step: 'setup',
      });
      if (r.status >= 300) throw new Error(`chronic certification: ${JSON.stringify(r.body).slice(0, 500)}`);
    });
    const before = await api.meter();

    // 1. The year's claims, each person's in date order, persons in parallel; then the planned voids.
    const byPerson = new Map<string, typeof plan.claims>();
    for (const c of [...plan.claims].sort((a, b) => a.on.localeCompare(b.on))) {
      const id = c.body.personId as string;
      byPerson.set(id, [...(byPerson.get(id) ?? []), c]);
    }
    let failed = 0;
    const claimsStarted = performance.now();
    await pool([...byPerson.values()], concurrency, async (list) => {
      for (const c of list) {
        const r = await api.call('POST', '/v1/claims', {
          as: { role: 'hospital', hospitalId: c.hospitalId },
          body: c.body,
          at: at(c.on, '10:00:00'),
          step: 'claims',
        });
        if (r.status !== 201) failed += 1;
      }
    });
    const voids = plan.claims.filter((c) => c.voidOn);
    await pool(voids, concurrency, async (c) => {
      const r = await api.call('POST', `/v1/claims/${c.body.claimId as string}/void`, {
        as: { role: 'hospital', hospitalId: c.hospitalId },
        at: at(c.voidOn as string, '16:00:00'),
        step: 'claims',
      });
      if (r.status !== 200) failed += 1;
    });
    const claimsSeconds = (performance.now() - claimsStarted) / 1000;

    // 2. The reconciliation of 2019, as its schedule runs it at 00:00 on 2 January 2020.
    const recStarted = performance.now();
    const rec = await api.fire('yearly-reconciliation', at('2020-01-02', '00:00:00'));
    const recSeconds = (performance.now() - recStarted) / 1000;
    if (rec.status >= 300) throw new Error(`reconciliation: ${JSON.stringify(rec.body).slice(0, 500)}`);

    // 3. The twelve monthly health reports, as their schedule runs them on the 1st.
    const reportsStarted = performance.now();
    for (let m = 2; m <= 13; m += 1) {
      const date = m <= 12 ? `2019-${String(m).padStart(2, '0')}-01` : '2020-01-01';
      const r = await api.fire('monthly-health-report', at(date, '00:00:00'));
      if (r.status >= 300) throw new Error(`health report ${date}: ${JSON.stringify(r.body).slice(0, 500)}`);
    }
    const reportsSeconds = (performance.now() - reportsStarted) / 1000;

    const after = await api.meter();
    const delta = (step: string) => ({
      rcu: Math.round(((after[step]?.rcu ?? 0) - (before[step]?.rcu ?? 0)) * 10) / 10,
      wcu: Math.round(((after[step]?.wcu ?? 0) - (before[step]?.wcu ?? 0)) * 10) / 10,
      s3Bytes: (after[step]?.s3Bytes ?? 0) - (before[step]?.s3Bytes ?? 0),
    });
    const claims = delta('claims');
    const recon = delta('schedule:yearly-reconciliation');
    const reports = delta('schedule:monthly-health-report');
    const posted = plan.claims.length + voids.length;
    console.log('\nstep                      seconds   per s      RCU        WCU');
    console.log(
      `claims (${posted} requests)`.padEnd(24),
      claimsSeconds.toFixed(1).padStart(8),
      (posted / claimsSeconds).toFixed(1).padStart(8),
      String(claims.rcu).padStart(10),
      String(claims.wcu).padStart(10),
    );
    console.log(
      'reconciliation 2019'.padEnd(24),
      recSeconds.toFixed(1).padStart(8),
      ''.padStart(8),
      String(recon.rcu).padStart(10),
      String(recon.wcu).padStart(10),
    );
    console.log(
      '12 health reports'.padEnd(24),
      reportsSeconds.toFixed(1).padStart(8),
      ''.padStart(8),
      String(reports.rcu).padStart(10),
      String(reports.wcu).padStart(10),
    );
    console.log(`\nfailed requests: ${failed}; reconciliation: ${JSON.stringify(rec.body.result)}`);
    console.log(`RESULT year_claims_count ${plan.claims.length} claims`);
    console.log(`RESULT year_claims_per_s ${(posted / claimsSeconds).toFixed(1)} claims/s`);
    console.log(`RESULT year_claims_wcu ${Math.round(claims.wcu)} WCU`);
    console.log(`RESULT year_claims_rcu ${Math.round(claims.rcu)} RCU`);
    console.log(`RESULT reconciliation_year_rcu ${Math.round(recon.rcu)} RCU`);
    console.log(`RESULT health_reports_year_s ${reportsSeconds.toFixed(1)} s`);
    console.log(`RESULT health_reports_year_rcu ${Math.round(reports.rcu)} RCU`);
    console.log(`RESULT year_claims_s ${claimsSeconds.toFixed(1)} s`);
    console.log(`RESULT reconciliation_year_s ${recSeconds.toFixed(1)} s`);
    if (failed > 0) process.exitCode = 1;
  } finally {
    await stack.stop();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exit(1);
});
