import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

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
