import { makeIdentity } from '../shared/identity/gb11643.js';
import { TOWNSHIPS } from '../shared/reference/townships.js';
import { startLocalStack } from '../infra/local/stack.js';
import { ddb } from '../shared/data/clients.js';
import { s3 } from '../shared/data/s3-client.js';

/**
 * `npm run bench:roster-import` — figures, not assertions. 20,000 rows of an office's 建档立卡 sheet go
 * through the console's own path on the local stack: POST /v1/roster/imports, the presigned upload, the
 * worker's dry run (polled as the console polls), confirm, the worker's load; then the same file again
 * (every row unchanged). Reports rows/s end to end and the peak memory of this process while the
 * worker runs (the worker runs in-process here, as the local stack runs every function). With BREAKDOWN=1 it
 * also counts every DynamoDB and S3 call of the process (the worker's and the API's) with its total time.
 */
const ROWS = Number(process.env.ROWS ?? 20_000);

const gc = (globalThis as { gc?: () => void }).gc;

async function main() {
  const stack = await startLocalStack({ port: 0, seed: false, schedules: false, log: () => undefined });
  const calls = new Map<string, { n: number; ms: number }>();
  if (process.env.BREAKDOWN) {
    // The functions run in this process and share these clients: every call they make passes here.
    for (const client of [ddb(), s3()])
      (client.middlewareStack as { add: (mw: unknown, o: object) => void }).add(
        (next: (a: unknown) => Promise<unknown>, context: { commandName?: string }) => async (args: unknown) => {
          const t = performance.now();
          try {
            return await next(args);
          } finally {
            const c = calls.get(context.commandName ?? '?') ?? { n: 0, ms: 0 };
            c.n += 1;
            c.ms += performance.now() - t;
            calls.set(context.commandName ?? '?', c);
          }
        },
        { step: 'initialize', name: 'benchBreakdown' },
      );
  }
  try {
    const tokenOf = async (claims: object) =>
      (
        (await (
          await fetch(`${stack.apiUrl}/dev/token`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify(claims),
          })
        ).json()) as { token: string }
      ).token;
    const token = await tokenOf({ role: 'poverty-office' });
    const api = async (method: string, path: string, body?: unknown) => {
      const r = await fetch(`${stack.apiUrl}${path}`, {
        method,
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
      });
      return (await r.json()) as any;
    };
    for (const t of TOWNSHIPS)
      await api('PUT', `/v1/reference/villages/${t.code}`, {
        villages: [1, 2, 3, 4, 5].map((n) => ({ code: `${t.code}-${n}`, name: `${t.name.slice(0, 2)}村${n}` })),
      });

    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('建档立卡');
    ws.addRow(['身份证号', '姓名', '户编号', '乡镇', '村', '纳入日期', '出生日期', '稳定脱贫']);
    for (let i = 0; i < ROWS; i += 1) {
      const t = TOWNSHIPS[i % TOWNSHIPS.length]!;
      const year = 1940 + (i % 70);
      ws.addRow([
        makeIdentity('159997', `${year}0${1 + (i % 9)}1${i % 9}`, i % 1000).replace(/^/, ''),
        `样本${i}`,
        `HH-B-${Math.floor(i / 3)}`,
        t.name,
        `${t.code}-${1 + (i % 5)}`,
        '2016-03-01',
        `${year}-0${1 + (i % 9)}-1${i % 9}`,
        i % 7 === 0 ? '是' : '否',
      ]);
    }
    const bytes = Buffer.from(await wb.xlsx.writeBuffer());
    console.log(`sheet: ${ROWS} rows, ${(bytes.length / 1024).toFixed(0)} KiB xlsx`);

    gc?.();
    const base = process.memoryUsage();
    let peakRss = base.rss;
    let peakHeap = base.heapUsed;
    const sampler = setInterval(() => {
      const m = process.memoryUsage();
      peakRss = Math.max(peakRss, m.rss);
      peakHeap = Math.max(peakHeap, m.heapUsed);
    }, 20);

    const totals: number[] = [];
    const runOnce = async (label: string) => {
      const t0 = performance.now();
      const cpu0 = process.cpuUsage();
      const created = await api('POST', '/v1/roster/imports', { fileName: 'bench.xlsx', size: bytes.length });
      const form = new FormData();
      for (const [k, v] of Object.entries(created.upload.fields as Record<string, string>)) form.append(k, v);
      form.append('file', new Blob([bytes]), 'bench.xlsx');
      await fetch(created.upload.url, { method: 'POST', body: form });
      const t1 = performance.now();
      const poll = async (want: string) => {
        for (;;) {
          const job = await api('GET', `/v1/roster/imports/${created.job.importId}`);
          if (job.status === want) return job;
          if (job.status === 'failed' || job.status === 'needs-mapping') throw new Error(JSON.stringify(job));
          await new Promise((ok) => setTimeout(ok, 1000)); // as the console polls a running job
        }
      };
      const checked = await poll('checked');
      const t2 = performance.now();
      await api('POST', `/v1/roster/imports/${created.job.importId}/confirm`);
      const loaded = await poll('loaded');
      const t3 = performance.now();
      const cpu = process.cpuUsage(cpu0);
      const s = (ms: number) => (ms / 1000).toFixed(1);
      totals.push((t3 - t0) / 1000);
      console.log(
        `${label}: upload ${s(t1 - t0)} s, dry run ${s(t2 - t1)} s, load ${s(t3 - t2)} s, total ${s(t3 - t0)} s = ${(ROWS / ((t3 - t0) / 1000)).toFixed(0)} rows/s; dry run ${JSON.stringify(checked.dryRun)}, loaded ${JSON.stringify(loaded.loaded)}; CPU of this process ${s((cpu.user + cpu.system) / 1000)} s`,
      );
    };
    const breakdown = (label: string) => {
      if (!process.env.BREAKDOWN) return;
      const list = [...calls.entries()].sort((a, b) => b[1].ms - a[1].ms);
      console.log(
        `  calls during ${label}: ${list.map(([k, c]) => `${k} ${c.n}× ${(c.ms / 1000).toFixed(1)} s`).join(', ')}`,
      );
      calls.clear();
    };
    calls.clear();
    await runOnce('first import (all new)');
    breakdown('the first import');
    await runOnce('same file again (all unchanged)');
    breakdown('the second import');
    clearInterval(sampler);
    const mib = (b: number) => (b / 1024 / 1024).toFixed(0);
    console.log(
      `peak memory of the process while importing: rss ${mib(peakRss)} MiB (baseline ${mib(base.rss)} MiB), heap ${mib(peakHeap)} MiB (baseline ${mib(base.heapUsed)} MiB)`,
    );
    console.log(`RESULT roster_import_s ${totals[0]!.toFixed(1)} s`);
    console.log(`RESULT roster_import_unchanged_s ${totals[1]!.toFixed(1)} s`);
    console.log(`RESULT roster_import_peak_rss_mib ${mib(peakRss)} MiB`);
  } finally {
    await stack.stop();
  }
}

await main();
