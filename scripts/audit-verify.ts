/**
 * `npm run audit:verify` — recomputes every audit chain and compares it with the stored items and the latest
 * locked digest (docs/audit.md, "Verify"); prints the report as JSON and exits 1 when anything is broken.
 *
 * Two ways to reach the ledger:
 *  - through the API (default): `POST /v1/audit/verify` on the running local stack (PORT, or BASE_URL for any
 *    other address) with a local audit token from `POST /dev/token`, or with AUDIT_TOKEN (an audit-role
 *    token) against a deployed stage;
 *  - directly (`-- --direct`): the same code in this process, reading TABLE_NAME and AUDIT_BUCKET_NAME with
 *    the caller's own AWS credentials (read-only suffices), with no 29-second API limit — for a large table.
 */
import { verifySource } from '../shared/app/audit.js';
import { verifyTrail } from '../shared/audit/verify.js';
import type { VerifyReport } from '../shared/audit/types.js';

async function viaApi(): Promise<VerifyReport> {
  const base = process.env.BASE_URL ?? `http://127.0.0.1:${process.env.PORT ?? 3000}`;
  let token = process.env.AUDIT_TOKEN;
  if (!token) {
    const r = await fetch(`${base}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ role: 'audit', sub: 'audit-verify-cli' }),
    });
    if (!r.ok)
      throw new Error(`no local token from ${base}/dev/token (${r.status}); set AUDIT_TOKEN for a deployed stage`);
    token = ((await r.json()) as { token: string }).token;
  }
  const r = await fetch(`${base}/v1/audit/verify`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (!r.ok) throw new Error(`POST /v1/audit/verify answered ${r.status}: ${await r.text()}`);
  return (await r.json()) as VerifyReport;
}

const report = process.argv.includes('--direct') ? await verifyTrail(verifySource()) : await viaApi();
console.log(JSON.stringify(report, null, 2));
console.error(
  report.ok
    ? `audit trail intact: ${report.chains} chains, ${report.records} records`
    : `audit trail BROKEN in ${report.broken.length} of ${report.chains} chains`,
);
process.exit(report.ok ? 0 : 1);
