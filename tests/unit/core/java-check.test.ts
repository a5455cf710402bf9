import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jvmOptionsFor } from '../../../infra/local/dynamodb-local.js';

describe('npm start without Java', () => {
  it('stops with one sentence saying what to install', () => {
    const root = resolve(import.meta.dirname, '../../..');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, PATH: '/nonexistent', PORT: '0' },
      timeout: 30_000,
    });
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(/^Java was not found: install Java 17 or newer .* to run DynamoDB Local\.$/);
  });
});

describe("DynamoDB Local's JVM options", () => {
  it('are the parallel collector when the environment has none', () => {
    expect(jvmOptionsFor(undefined)).toBe('-XX:+UseParallelGC');
    expect(jvmOptionsFor('  ')).toBe('-XX:+UseParallelGC');
  });

  it("keep the caller's options after ours, so theirs win", () => {
    expect(jvmOptionsFor('-Xmx2g')).toBe('-XX:+UseParallelGC -Xmx2g');
  });

  it('leave our collector out when the caller chose one (two collectors stop the JVM)', () => {
    expect(jvmOptionsFor('-XX:+UseG1GC -Xmx1g')).toBe('-XX:+UseG1GC -Xmx1g');
    expect(jvmOptionsFor('-XX:+UseSerialGC')).toBe('-XX:+UseSerialGC');
    expect(jvmOptionsFor('-XX:+UseZGC')).toBe('-XX:+UseZGC');
  });
});
