/**
 * `npm run report -- --as-of 2019-06-15` — runs the progress report for any cut-off against the running
 * local stack (`npm start`; PORT or BASE_URL to point elsewhere), through the same API and code path as
 * the schedule, and prints the city totals and where the files are.
 */
const args = process.argv.slice(2);
const i = args.indexOf('--as-of');
const asOf = i >= 0 ? args[i + 1] : undefined;
if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
  console.error('usage: npm run report -- --as-of YYYY-MM-DD');
  process.exit(2);
}
const base = process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

async function main(): Promise<void> {
  const tokenResponse = await fetch(`${base}/dev/token`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ role: 'housing-office' }) });
  const { token } = (await tokenResponse.json()) as { token: string };
  const r = await fetch(`${base}/v1/reports/progress`, { method: 'POST', headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` }, body: JSON.stringify({ asOf }) });
  const report = (await r.json()) as any;
  if (r.status !== 201) throw new Error(`${r.status} ${JSON.stringify(report)}`);
  console.log(`Progress report as of ${asOf} (revision ${report.revision}${report.unchanged ? ', unchanged: nothing rewritten' : ''})`);
  for (const p of report.programmes) {
    const t = p.totals;
    console.log(`  ${p.programme} ${p.name}: ${t.cases} households; C ${t.grades.C} / D ${t.grades.D} / no-house ${t.grades['no-house']}; committed ${t.subsidyCommitted} yuan, paid ${t.subsidyPaid} yuan (budget ${p.plan.budget}); late ${t.late}; accepted ${t.accepted} (${t.acceptedWithPhotos} with before/after photos)`);
  }
  for (const [kind, url] of Object.entries(report.files ?? {})) console.log(`  ${kind}: ${url}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(`Is the local stack running? Start it with \`npm start\` (it serves ${base}).`);
  process.exit(1);
});
