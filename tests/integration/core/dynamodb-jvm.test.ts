import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { startDynamoDbLocal, type RunningDynamoDb } from '../../../infra/local/dynamodb-local.js';

/** The names of a process's threads, from /proc (Linux; these machines). */
const threadNames = (pid: number): string[] =>
  readdirSync(`/proc/${pid}/task`).map((t) => readFileSync(`/proc/${pid}/task/${t}/comm`, 'utf8').trim());

describe('DynamoDB Local is started with the parallel collector', () => {
  let started: RunningDynamoDb | undefined;
  afterAll(() => started?.stop());

  it('runs the parallel collector (no G1 threads) and leaves this process environment as it was', async () => {
    const before = process.env.JDK_JAVA_OPTIONS;
    started = await startDynamoDbLocal();
    expect(process.env.JDK_JAVA_OPTIONS).toBe(before);
    const names = threadNames(started.pid as number);
    // G1 (Java 17's default) runs "G1 Main Marker", "G1 Conc#0", "G1 Refine#0"…; the parallel collector only its
    // "GC Thread#n" workers.
    expect(names.some((n) => n.startsWith('GC Thread'))).toBe(true);
    expect(names.filter((n) => n.startsWith('G1 '))).toEqual([]);
  }, 60_000);
});
