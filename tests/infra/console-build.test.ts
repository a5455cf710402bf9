import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');

function build(mode: 'production' | 'deployed', outDir: string): string {
  execFileSync(
    process.execPath,
    [resolve(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'web/vite.config.ts', '--mode', mode],
    { cwd: ROOT, env: { ...process.env, CONSOLE_OUT_DIR: outDir }, stdio: 'pipe' },
  );
  const assets = join(outDir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

/** The local sign-in (a role picker calling /dev/token, the /dev-login link) must not exist when deployed. */
describe('console build', () => {
  const dirs: string[] = [];
  let local = '';
  let deployed = '';
  beforeAll(() => {
    const base = mkdtempSync(join(tmpdir(), 'zlt-console-'));
    dirs.push(base);
    local = build('production', join(base, 'local'));
    deployed = build('deployed', join(base, 'deployed'));
  }, 240_000);
  afterAll(() => {
    for (const d of dirs) rmSync(d, { recursive: true, force: true });
  });

  it('the local build signs in through /dev/token and /dev-login', () => {
    expect(local).toContain('/dev/token');
    expect(local).toContain('/dev-login');
    expect(local).toContain('本地试用登录');
  });

  it('the deployed build has OpenID Connect sign-in and no trace of the local sign-in', () => {
    expect(deployed).not.toContain('/dev/token');
    expect(deployed).not.toContain('/dev-login');
    expect(deployed).not.toContain('本地试用登录');
    expect(deployed).toContain('/auth/callback');
    expect(deployed).toContain('code_challenge');
  });

  it('keeps tokens out of localStorage', () => {
    expect(deployed).not.toMatch(/localStorage\.setItem\(["']zlt/);
    expect(deployed).toContain('sessionStorage');
  });
});
