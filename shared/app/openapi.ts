import { z, type ZodType } from 'zod';
import type { Contract } from '../http/contract.js';
import { ROUTES } from '../platform/routes/index.js';

const STATUS_TEXT: Record<number, string> = {
  400: 'Bad input: `details` lists each bad field with its path',
  401: 'No or bad credentials',
  403: 'Valid caller outside its scope; nothing changed',
  404: 'Not found',
  409: 'Conflict with stored state or a rule; `code` names it',
  413: 'Body over 1 MiB',
  415: 'Body is not JSON',
  500: 'Internal error; no internals are shown',
};

type JsonSchema = Record<string, unknown>;

/** Named schemas (`.meta({ id })`) collected into components.schemas while converting. */
let components: Record<string, JsonSchema> = {};

function relink(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(relink);
  if (value && typeof value === 'object') {
    const out: JsonSchema = {};
    for (const [k, v] of Object.entries(value)) {
      out[k] = k === '$ref' && typeof v === 'string' ? v.replace('#/$defs/', '#/components/schemas/') : relink(v);
    }
    return out;
  }
  return value;
}

function toSchema(schema: ZodType, io: 'input' | 'output'): JsonSchema {
  const json = z.toJSONSchema(schema, {
    io,
    target: 'draft-2020-12',
    unrepresentable: 'any',
    reused: 'inline',
  }) as JsonSchema;
  delete json.$schema;
  const defs = (json.$defs ?? {}) as Record<string, JsonSchema>;
  delete json.$defs;
  for (const [name, def] of Object.entries(defs)) components[name] ??= relink(def) as JsonSchema;
  return relink(json) as JsonSchema;
}

function parameters(schema: ZodType | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || required.has(name),
    schema: s,
  }));
}

const errorSchema: JsonSchema = {
  type: 'object',
  required: ['error'],
  properties: {
    error: {
      type: 'object',
      required: ['code', 'message', 'details'],
      properties: {
        code: { type: 'string' },
        message: { type: 'string' },
        details: {
          type: 'array',
          items: { type: 'object', properties: { path: { type: 'string' }, message: { type: 'string' } } },
        },
      },
    },
  },
};

/**
 * The OpenAPI 3.1 description, generated from the zod schemas the handlers validate with. Money appears
 * as decimal yuan (the boundary form); integer fen never leaves the system.
 */
export function buildOpenApi(
  contracts: readonly Contract[],
  extra: { description?: string; schemas?: readonly ZodType[] } = {},
): JsonSchema {
  components = {};
  for (const schema of extra.schemas ?? []) toSchema(schema, 'input');
  const byKey = new Map(contracts.map((c) => [c.route, c]));
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of ROUTES) {
    const c = byKey.get(`${route.method} ${route.path}`);
    if (!c) throw new Error(`no contract for ${route.method} ${route.path}`);
    const responses: Record<string, JsonSchema> = {
      [String(c.success.status)]: {
        description: c.success.description,
        ...(c.success.schema
          ? { content: { 'application/json': { schema: toSchema(c.success.schema, 'output') } } }
          : {}),
      },
    };
    const statuses = new Set<number>([
      400,
      500,
      ...(route.roles === 'public' ? [] : [401, 403]),
      ...(c.body ? [413, 415] : []),
      ...(c.errors ?? []),
    ]);
    for (const status of [...statuses].sort()) {
      responses[String(status)] = {
        description: STATUS_TEXT[status] ?? 'Error',
        content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
      };
    }
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = {
      operationId: route.fn,
      summary: route.summary,
      ...(route.roles === 'public' ? { security: [] } : { description: `Roles: ${route.roles.join(', ')}.` }),
      parameters: [...parameters(c.params, 'path'), ...parameters(c.query, 'query')],
      ...(c.body
        ? { requestBody: { required: true, content: { 'application/json': { schema: toSchema(c.body, 'input') } } } }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Zhalantun 2019 poverty-alleviation platform',
      version: '1.0.0',
      description: [
        'One-stop medical settlement, housing renovation, education aid, eco-ranger posts and progress reports (扎政办字〔2019〕27号).',
        'Money is decimal yuan with at most two decimals; dates are YYYY-MM-DD in Asia/Shanghai.',
        extra.description ?? '',
      ].join('\n\n'),
    },
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    servers: [{ url: '/' }],
    security: [{ bearer: [] }],
    components: {
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' } },
      schemas: {
        Error: errorSchema,
        ...Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
      },
    },
    paths,
  };
}
