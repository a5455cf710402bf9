import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const dir = resolve(root, 'tests/typed-client');

/**
 * A client generated from docs/openapi.json compiles a realistic set of calls (tests/typed-client/calls.ts)
 * under strict TypeScript with no casts: requests with server defaults left out, error codes switched on,
 * housing history narrowed by step, report files, eligibility year, roster rows typed as PersonRow.
 */
describe('typed client generated from docs/openapi.json', () => {
  it('compiles the calls with no casts', async () => {
    const doc = JSON.parse(readFileSync(resolve(root, 'docs/openapi.json'), 'utf8'));
    const ast = await openapiTS(doc);
    mkdirSync(resolve(dir, '.generated'), { recursive: true });
    writeFileSync(resolve(dir, '.generated/schema.d.ts'), astToString(ast));
    const calls = readFileSync(resolve(dir, 'calls.ts'), 'utf8');
    expect(calls).not.toMatch(/\bas\s+(unknown|any|[A-Z]\w*)\b|: any\b|!\./);
    const tsc = spawnSync(
      process.execPath,
      [resolve(root, 'node_modules/typescript/bin/tsc'), '-p', resolve(dir, 'tsconfig.json')],
      { encoding: 'utf8', timeout: 120_000 },
    );
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  }, 180_000);
});
