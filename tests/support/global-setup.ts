import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    apiUrl: string;
    dynamodbEndpoint: string;
    s3Endpoint: string;
    tableName: string;
    bucketName: string;
    /** Everything the local stack printed (handler logs included), for log-masking checks. */
    stackLogFile: string;
  }
}

/**
 * One local stack for the whole integration run, started exactly as `npm start` starts it (same script,
 * a free port, no demo data). Test files isolate themselves by their own keys, not by restarts.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const root = resolve(import.meta.dirname, '../..');
  const logFile = join(mkdtempSync(join(tmpdir(), 'zlt-it-')), 'stack.log');
  const log = createWriteStream(logFile);
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'infra/local/start.ts', '--no-seed'], {
    cwd: root,
    env: { ...process.env, PORT: '0', AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED: 'true' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const found: Record<string, string> = {};
  await new Promise<void>((ok, fail) => {
    const timer = setTimeout(() => fail(new Error('the local stack did not start within 90 s')), 90_000);
    let buffer = '';
    const onData = (chunk: Buffer) => {
      log.write(chunk);
      buffer += chunk.toString('utf8');
      const patterns: [string, RegExp][] = [
        ['dynamodb', /DynamoDB Local at (\S+) \(table (\S+)\)/],
        ['s3', /S3 \(s3rver\) at (\S+) \(bucket (\S+)\)/],
        ['api', /Local API ready at (\S+)/],
      ];
      for (const [name, re] of patterns) {
        const m = re.exec(buffer);
        if (m) {
          found[name] = m[1]!;
          if (m[2]) found[`${name}Name`] = m[2];
        }
      }
      if (found.api) {
        clearTimeout(timer);
        ok();
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (c: Buffer) => log.write(c));
    child.on('exit', (code) => {
      clearTimeout(timer);
      fail(new Error(`the local stack exited with ${code} before it was ready; see ${logFile}`));
    });
  });
  child.removeAllListeners('exit');

  project.provide('apiUrl', found.api!);
  project.provide('dynamodbEndpoint', found.dynamodb!);
  project.provide('tableName', found.dynamodbName!);
  project.provide('s3Endpoint', found.s3!);
  project.provide('bucketName', found.s3Name!);
  project.provide('stackLogFile', logFile);

  return async () => {
    await new Promise<void>((done) => {
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      child.once('exit', () => {
        clearTimeout(timer);
        done();
      });
      child.kill('SIGTERM');
    });
    log.end();
  };
}
