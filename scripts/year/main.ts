import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { YearApi } from './api.js';
import { planYear } from './plan.js';
import { playYear } from './play.js';
import { buildYearReport, resultLines, yearMarkdown } from './report.js';

/**
 * `npm run year`: the 2019 programme year in one command. Starts a fresh local stack in a process of its own (no
 * demo data, its own schedules off: the year fires them on the simulated clock; `--one-process` runs it in this
 * process instead) or plays against `--api <url>` (a running `npm start`). Options: `--seed N` (default 2019), `--scale X` (default 1, the plan's scale),
 * `--townships a,b` (default all), `--concurrency N` (default 8), `--claim-concurrency N` (default twice
 * `--concurrency`), `--out DIR` (default .year).
 * Writes DIR/year-report.json and DIR/year-report.md and prints the RESULT lines.
 */
const args = process.argv.slice(2);
const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

async function main(): Promise<void> {
  const started = performance.now();
  const seed = Number(arg('seed') ?? process.env.YEAR_SEED ?? 2019);
  const scale = Number(arg('scale') ?? process.env.YEAR_SCALE ?? 1);
  const townships = (arg('townships') ?? process.env.YEAR_TOWNSHIPS)?.split(',').filter(Boolean);
  const concurrency = Number(arg('concurrency') ?? process.env.YEAR_CONCURRENCY ?? 8);
  const claimConcurrency = Number(arg('claim-concurrency') ?? process.env.YEAR_CLAIM_CONCURRENCY ?? 2 * concurrency);
  const out = resolve(arg('out') ?? '.year');
  let apiUrl = arg('api');
  let stop: (() => Promise<void>) | undefined;
  if (!apiUrl && args.includes('--one-process')) {
    const { startLocalStack } = await import('../../infra/local/stack.js');
    const stack = await startLocalStack({ port: 0, seed: false, schedules: false, log: () => undefined });
    apiUrl = stack.apiUrl;
    stop = stack.stop;
    console.log(`fresh local stack at ${apiUrl} (in this process)`);
  } else if (!apiUrl) {
    const stack = await startStackProcess();
    apiUrl = stack.apiUrl;
    stop = stack.stop;
    console.log(`fresh local stack at ${apiUrl} (process ${stack.pid})`);
  }
  try {
    const api = new YearApi(apiUrl);
    const plan = planYear({ seed, scale, ...(townships ? { townships } : {}) });
    console.log(
      `plan (seed ${seed}, scale ${scale}): ${plan.persons.length} persons, ${plan.cases.length} housing cases, ${plan.claims.length} claims, ${plan.students.length} students, ${plan.rangers.length} ranger posts held`,
    );
    const played = await playYear(api, plan, { concurrency, claimConcurrency, log: (l) => console.log(l) });
    const reportStarted = performance.now();
    const report = await buildYearReport(api, plan, played, stop !== undefined);
    api.statsOf('report').wallMs += performance.now() - reportStarted;
    report.resources = await resourcesOf(api);
    report.totalSeconds = Math.round((performance.now() - started) / 100) / 10;
    mkdirSync(out, { recursive: true });
    writeFileSync(join(out, 'year-report.json'), `${JSON.stringify(report, null, 2)}\n`);
    writeFileSync(join(out, 'year-report.md'), yearMarkdown(report));
    console.log(`year report: ${join(out, 'year-report.json')} and ${join(out, 'year-report.md')}`);
    if (played.failureCount > 0)
      console.log(`${played.failureCount} requests failed; the first: ${JSON.stringify(played.failures.slice(0, 5))}`);
    for (const line of resultLines(report)) console.log(line);
  } finally {
    await stop?.();
  }
}

/**
 * A fresh local stack in a process of its own, started as `npm start` starts it (no demo data, no real-time
 * schedules): its gateway, handlers and s3rver get one core, this process (planning, the HTTP client, the
 * bookkeeping) the other, where one event loop for both kept a core busy and left the other half idle.
 */
async function startStackProcess(): Promise<{ apiUrl: string; pid: number; stop: () => Promise<void> }> {
  const root = resolve(import.meta.dirname, '../..');
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--no-seed', '--no-schedules'], {
    cwd: root,
    env: { ...process.env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
    // A process group of its own (the stack and its DynamoDB Local JVM), so that one signal reaches both.
    detached: true,
  });
  const signalStack = (signal: NodeJS.Signals) => {
    try {
      process.kill(-(child.pid as number), signal);
    } catch {
      // already gone
    }
  };
  const stop = () =>
    new Promise<void>((done) => {
      if (child.exitCode !== null || child.signalCode !== null) return done();
      // The stack stops DynamoDB Local itself on SIGTERM; if it has not exited within 10 s (s3rver waiting on
      // this process's kept-alive sockets), the whole group is killed, the JVM with it: nothing is left behind.
      const timer = setTimeout(() => signalStack('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        signalStack('SIGKILL');
        done();
      });
      child.kill('SIGTERM');
    });
  // Stop the stack with this process, however it ends.
  process.once('exit', () => signalStack('SIGKILL'));
  let output = '';
  const apiUrl = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the local stack did not start within 120 s:\n${output}`)), 120_000);
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /Local API ready at (\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        ok(m[1] as string);
      }
    });
    // The stack's warnings and errors (the handlers log at WARN) go on this process's stderr.
    child.stderr.on('data', (chunk: Buffer) => {
      output += chunk.toString('utf8');
      process.stderr.write(chunk);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the local stack exited with ${code} before it was ready:\n${output}`));
    });
  });
  child.removeAllListeners('exit');
  child.stdout.resume();
  let stopping = false;
  child.once('exit', (code, signal) => {
    if (!stopping) {
      console.error(`the local stack exited (${code ?? signal}) during the year`);
      process.exit(1);
    }
  });
  return {
    apiUrl,
    pid: child.pid as number,
    stop: () => {
      stopping = true;
      return stop();
    },
  };
}

async function resourcesOf(api: YearApi) {
  const meter = await api.meter();
  const steps = new Set([...api.stats.keys(), ...Object.keys(meter)]);
  return [...steps].sort().map((step) => {
    const s = api.stats.get(step);
    const m = meter[step];
    return {
      step,
      requests: s?.requests ?? 0,
      failures: s?.failures ?? 0,
      wallSeconds: Math.round((s?.wallMs ?? 0) / 100) / 10,
      latencySeconds: Math.round((s?.latencyMs ?? 0) / 100) / 10,
      dynamodbRequests: m?.requests ?? 0,
      rcu: Math.round((m?.rcu ?? 0) * 10) / 10,
      wcu: Math.round((m?.wcu ?? 0) * 10) / 10,
      s3Bytes: m?.s3Bytes ?? 0,
      s3Objects: m?.s3Objects ?? 0,
    };
  });
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
