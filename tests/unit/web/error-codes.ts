import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { TOWNSHIP_CODES } from '../../../shared/reference/townships.js';

const ROOT = resolve(import.meta.dirname, '../../..');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

/**
 * Every error code the API can answer with, read from the source: the codes of the typed errors
 * (ConflictError, NotFoundError, ValidationError, the HTTP layer's own), the rule codes the domain puts in
 * `details[].code`, and the codes named in docs/openapi.json.
 */
export function apiErrorCodes(): Set<string> {
  const codes = new Set<string>();
  const patterns = [
    /ConflictError\(\s*'([a-z0-9-]+)'/g,
    /NotFoundError\([^;]*?,\s*'([a-z0-9-]+)'\s*\)/g,
    /ValidationError\([^;]*?\],\s*'([a-z0-9-]+)'\s*\)/g,
    /super\(\d{3},\s*'([a-z0-9-]+)'/g,
    /\bcode:\s*'([a-z0-9-]+)'/g,
    /\brefuse\(\s*'([a-z0-9-]+)'/g,
    /errorBody\(\s*'([a-z0-9-]+)'/g,
    /\breason\(\s*'([a-z0-9-]+)'/g,
  ];
  for (const file of [
    // The document's examples (generated data: disease and village codes) are not error codes.
    ...files(join(ROOT, 'shared')).filter((f) => !f.endsWith('openapi-examples.ts')),
    ...files(join(ROOT, 'functions')),
    ...files(join(ROOT, 'infra/local')),
  ]) {
    const text = readFileSync(file, 'utf8');
    for (const re of patterns) for (const m of text.matchAll(re)) codes.add(m[1]!);
  }
  const openapi = readFileSync(join(ROOT, 'docs/openapi.json'), 'utf8');
  for (const m of openapi.matchAll(/"code":\s*\{\s*"(?:const|enum)":\s*("[a-z0-9-]+"|\[[^\]]*\])/g)) {
    for (const c of m[1]!.matchAll(/"([a-z0-9-]+)"/g)) codes.add(c[1]!);
  }
  for (const t of TOWNSHIP_CODES) codes.delete(t);
  for (const notCode of ['custom']) codes.delete(notCode);
  return codes;
}
