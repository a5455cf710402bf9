import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';

/**
 * Starts the local stack exactly as `npm start` does (a free port, demo data, the built console at `/`)
 * and hands its URL to the tests. Prints where screenshots go.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  const shots = process.env.SCREENSHOT_DIR ?? resolve(root, '.e2e/screenshots');
  mkdirSync(shots, { recursive: true });
  process.env.SCREENSHOT_DIR = shots;
  console.log(`Screenshots: ${shots}`);
  const child = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts'], {
    cwd: root,
    env: { ...process.env, PORT: '0', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const url = await new Promise<string>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error(`the local stack did not start within 240 s:\n${output}`)), 240_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString('utf8');
      const m = /Local API ready at (\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        ok(m[1] as string);
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', (c: Buffer) => {
      output += c.toString('utf8');
    });
    child.on('exit', (code) => fail(new Error(`the local stack exited (${code}):\n${output}`)));
  });
  process.env.CONSOLE_URL = url;
  console.log(`Local stack and console at ${url}`);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((ok) => child.once('exit', ok));
  };
}
