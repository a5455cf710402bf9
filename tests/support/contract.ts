import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

/**
 * Checks a real response against the published document (docs/openapi.json): the status must be one the
 * operation documents, the body must validate against that status's schema (closed objects, so an
 * undocumented field fails), and headers the document marks required (Retry-After) must be present.
 * Every call the integration tests make through `call()` goes through here, so the document a client is
 * generated from cannot drift from what the server sends.
 */

type Json = Record<string, any>;

const doc: Json = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../docs/openapi.json'), 'utf8'));

const addFormats = addFormatsModule as unknown as (ajv: Ajv2020) => Ajv2020;
const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: true });
addFormats(ajv);
ajv.addSchema({ $id: 'openapi.json', components: doc.components });

interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  literal: number;
  op: Json;
}

const operations: Operation[] = [];
for (const [template, methods] of Object.entries(doc.paths as Record<string, Record<string, Json>>)) {
  const segments = template.split('/');
  const pattern = new RegExp(
    `^${segments.map((s) => (/^\{.+\}$/.test(s) ? '[^/]+' : s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('/')}$`,
  );
  const literal = segments.filter((s) => !/^\{.+\}$/.test(s)).length;
  for (const [method, op] of Object.entries(methods)) {
    operations.push({ method: method.toUpperCase(), template, pattern, literal, op });
  }
}

/** The documented operation a request reaches, or undefined for a route the document does not have. */
export function operationFor(method: string, path: string): Operation | undefined {
  const bare = path.split('?')[0]!;
  return operations
    .filter((o) => o.method === method.toUpperCase() && o.pattern.test(bare))
    .sort((a, b) => b.literal - a.literal)[0];
}

function resolveRef(value: Json): Json {
  if (typeof value.$ref !== 'string') return value;
  const parts = (value.$ref as string).replace(/^#\//, '').split('/');
  let out: any = doc;
  for (const p of parts) out = out?.[p];
  return resolveRef(out as Json);
}

function relinked(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(relinked);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([k, v]) => [
        k,
        k === '$ref' && typeof v === 'string' && v.startsWith('#/') ? `openapi.json${v}` : relinked(v),
      ]),
    );
  }
  return value;
}

const compiled = new Map<string, ValidateFunction>();
function validator(key: string, schema: Json): ValidateFunction {
  let v = compiled.get(key);
  if (!v) {
    v = ajv.compile(relinked(schema) as Json);
    compiled.set(key, v);
  }
  return v;
}

/** Problems with one response, empty when it matches the document. */
export function contractProblems(
  method: string,
  path: string,
  status: number,
  headers: Headers,
  body: unknown,
  rawText: string,
): string[] {
  const operation = operationFor(method, path);
  if (!operation) return [];
  const where = `${method.toUpperCase()} ${operation.template} → ${status}`;
  const documented = operation.op.responses?.[String(status)];
  if (!documented) {
    return [`${where}: status not documented (documented: ${Object.keys(operation.op.responses ?? {}).join(', ')})`];
  }
  const response = resolveRef(documented as Json);
  const problems: string[] = [];
  for (const [name, header] of Object.entries((response.headers ?? {}) as Record<string, Json>)) {
    if (resolveRef(header).required && !headers.has(name)) problems.push(`${where}: header ${name} missing`);
  }
  const media = response.content?.['application/json'] as Json | undefined;
  if (!media) {
    if (rawText.length > 0) problems.push(`${where}: a body was sent but none is documented`);
    return problems;
  }
  if (!(headers.get('content-type') ?? '').startsWith('application/json')) {
    problems.push(`${where}: content-type ${headers.get('content-type')} is not application/json`);
  }
  const validate = validator(`${operation.method} ${operation.template} ${status}`, media.schema as Json);
  if (!validate(body)) {
    for (const e of validate.errors ?? []) {
      problems.push(
        `${where}: ${e.instancePath || '(body)'} ${e.message}${e.params && Object.keys(e.params).length ? ` ${JSON.stringify(e.params)}` : ''}`,
      );
    }
  }
  return problems;
}
