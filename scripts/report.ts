/**
 * `npm run report -- --as-of 2019-06-15` — builds the progress report for any cut-off against the running
 * local stack, through the same API and code path as the schedule (`runProgressReport`), and prints the
 * city figures and the links to the files.
 *
 * Finding the stack: `npm start` serves the API on http://127.0.0.1:${PORT:-3000} and prints "Local API
 * ready at <url>"; this script calls the same address (PORT, or BASE_URL for any other), takes a
 * housing-office token from the local-only `POST /dev/token`, and calls `POST /v1/reports/progress`.
 */
const args = process.argv.slice(2);
const i = args.indexOf('--as-of');
const asOf = i >= 0 ? args[i + 1] : undefined;
if (!asOf || !/^\d{4}-\d{2}-\d{2}$/.test(asOf)) {
  console.error('usage: npm run report -- --as-of YYYY-MM-DD');
  process.exit(2);
}
const base = process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;

interface Totals {
  cases: number;
  stages: Record<string, number>;
  grades: Record<string, number>;
  subsidyCommitted: number;
  subsidyPaid: number;
  late: number;
  accepted: number;
  acceptedWithPhotos: number;
  returns: { count: number };
  refusals: { count: number };
}
interface Answer {
  revision: number;
  unchanged: boolean;
  programmes: {
    programme: string;
    name: string;
    plan: Record<string, number>;
    budget: { planned: number; committed: number; paid: number; remaining: number };
    totals: Totals;
  }[];
  files?: Record<string, string>;
}

async function main(): Promise<void> {
  const tokenResponse = await fetch(`${base}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ role: 'housing-office', sub: 'npm-run-report' }),
  });
  if (!tokenResponse.ok) throw new Error(`POST /dev/token answered ${tokenResponse.status}`);
  const { token } = (await tokenResponse.json()) as { token: string };
  const r = await fetch(`${base}/v1/reports/progress`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ asOf }),
  });
  const body = (await r.json()) as Answer;
  if (r.status !== 201) throw new Error(`POST /v1/reports/progress answered ${r.status} ${JSON.stringify(body)}`);
  console.log(
    `Progress report as of ${asOf}: revision ${body.revision}${body.unchanged ? ' (unchanged: the same figures were already stored, nothing rewritten)' : ''}`,
  );
  for (const p of body.programmes) {
    const t = p.totals;
    const stages =
      Object.entries(t.stages)
        .filter(([, n]) => n > 0)
        .map(([s, n]) => `${s} ${n}`)
        .join(', ') || 'none';
    const plan =
      p.programme === 'R1'
        ? `plan C ${p.plan.C} / D ${p.plan.D} / no-house ${p.plan['no-house']}`
        : `plan ${p.plan.households} households`;
    console.log(
      `  ${p.programme} ${p.name}: ${t.cases} households (C ${t.grades.C} / D ${t.grades.D} / no-house ${t.grades['no-house']}; ${plan})`,
    );
    console.log(`     stages: ${stages}`);
    console.log(
      `     subsidies: committed ${t.subsidyCommitted}, paid ${t.subsidyPaid} yuan; against the budget of ${p.budget.planned}: committed ${p.budget.committed}, remaining ${p.budget.remaining}`,
    );
    console.log(
      `     late ${t.late}; accepted ${t.accepted} (${t.acceptedWithPhotos} with before and after photos); returns ${t.returns.count}; refusals ${t.refusals.count}`,
    );
  }
  for (const [kind, url] of Object.entries(body.files ?? {})) console.log(`  ${kind} (link valid 5 minutes): ${url}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  console.error(
    `Is the local stack running? Start it with \`npm start\` (it serves ${base}; set PORT or BASE_URL otherwise).`,
  );
  process.exit(1);
});
