import * as z from '../zod.js';
import type { ZodMiniType as ZodType } from '../zod.js';
import type { Contract } from '../http/contract.js';
import { errorDetailSchema } from '../http/schemas.js';
import { ROUTES } from '../platform/routes/index.js';
import type { OperationExample } from './openapi-example.js';
import { OPERATION_EXAMPLES } from './openapi-examples.js';

const STATUS_TEXT: Record<number, string> = {
  200: 'Replay',
  400: 'Bad input: `details` lists each bad field with its path',
  401: 'No or bad credentials',
  403: 'Valid caller outside its scope; nothing changed',
  404: 'Not found',
  409: 'Conflict with stored state or a rule; `code` names it',
  413: 'Body over 1 MiB',
  415: 'Body is not JSON',
  429: 'Too many concurrent updates of the same record; nothing changed, retry after the given seconds',
  500: 'Internal error; no internals are shown',
  503: 'A backing service did not answer in time; nothing changed, retry after the given seconds',
};

/** Codes every route may answer, by status (a route adds its own through its contract's `errors`). */
const COMMON_CODES: Record<number, readonly string[]> = {
  400: ['validation-error'],
  401: ['unauthorized'],
  403: ['forbidden'],
  404: [],
  409: [],
  413: ['payload-too-large'],
  415: ['unsupported-media-type'],
  429: [],
  500: ['internal-error'],
  503: ['unavailable'],
};

const RETRY_AFTER = {
  'Retry-After': {
    description: 'Seconds to wait before retrying',
    required: true,
    schema: { type: 'integer', minimum: 1 },
  },
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

/**
 * A request field with a server default is optional for the client. Generators read `default` as "always
 * present" (openapi-typescript's defaultNonNullable), which is right for answers and wrong for requests, so
 * request schemas state the default in words instead.
 */
function defaultsInWords(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(defaultsInWords);
  if (!value || typeof value !== 'object') return value;
  const out: JsonSchema = {};
  for (const [k, v] of Object.entries(value)) if (k !== 'default') out[k] = defaultsInWords(v);
  if ('default' in value) {
    const given = (value as JsonSchema).description;
    const said = `Default: ${JSON.stringify((value as JsonSchema).default)}.`;
    out.description = given ? `${given as string} ${said}` : said;
  }
  return out;
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
  const finish = (value: unknown) => relink(io === 'input' ? defaultsInWords(value) : value) as JsonSchema;
  for (const [name, def] of Object.entries(defs)) components[name] ??= finish(def);
  return finish(json);
}

/** A path or query value as its schema types it (`year=2019` is the integer 2019). */
const asTyped = (value: string, type: unknown): string | number | boolean =>
  type === 'integer' || type === 'number' ? Number(value) : type === 'boolean' ? value === 'true' : value;

function parameters(
  schema: ZodType | undefined,
  where: 'path' | 'query',
  examples: Record<string, string> = {},
): JsonSchema[] {
  if (!schema) return [];
  const json = toSchema(schema, 'input');
  const properties = (json.properties ?? {}) as Record<string, JsonSchema>;
  const required = new Set((json.required ?? []) as string[]);
  return Object.entries(properties).map(([name, s]) => {
    const { description, ...schema } = s;
    return {
      name,
      in: where,
      required: where === 'path' || required.has(name),
      ...(description ? { description } : {}),
      schema,
      ...(examples[name] !== undefined ? { example: asTyped(examples[name], schema.type) } : {}),
    };
  });
}

function errorSchema(codes: readonly string[]): JsonSchema {
  return {
    type: 'object',
    additionalProperties: false,
    required: ['error'],
    properties: {
      error: {
        type: 'object',
        additionalProperties: false,
        required: ['code', 'message', 'details'],
        properties: {
          code: { type: 'string', enum: [...codes] },
          message: { type: 'string' },
          details: { type: 'array', items: { $ref: '#/components/schemas/ErrorDetail' } },
        },
      },
    },
  };
}

/**
 * The handler's name, unique per operation; a function serving several routes (one per access level, e.g.
 * bulletin-read) gets the method and path added: bulletin-read-get-bulletins-asOf.
 */
function operationId(route: (typeof ROUTES)[number]): string {
  if (ROUTES.filter((r) => r.fn === route.fn).length === 1) return route.fn;
  const path = route.path.replace(/^\/v1/, '').replace(/[{}]/g, '').replace(/\//g, '-');
  return `${route.fn}-${route.method.toLowerCase()}${path}`;
}

/**
 * The OpenAPI 3.1 description, generated from the zod schemas the handlers validate with. Money appears
 * as decimal yuan (the boundary form); integer fen never leaves the system.
 */
export function buildOpenApi(
  contracts: readonly Contract[],
  extra: { description?: string; schemas?: readonly ZodType[]; examples?: Record<string, OperationExample> } = {},
): JsonSchema {
  const examples = extra.examples ?? OPERATION_EXAMPLES;
  components = {};
  toSchema(errorDetailSchema, 'output');
  for (const schema of extra.schemas ?? []) toSchema(schema, 'input');
  const byKey = new Map(contracts.map((c) => [c.route, c]));
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const route of ROUTES) {
    const c = byKey.get(`${route.method} ${route.path}`);
    if (!c) throw new Error(`no contract for ${route.method} ${route.path}`);
    // One realistic exchange per operation: the contract's own, else one captured from a real run.
    const captured = examples[`${route.method} ${route.path}`];
    const example: OperationExample | undefined = c.examples
      ? { params: captured?.params, query: captured?.query, status: c.success.status, ...c.examples }
      : captured;
    const withExample = (media: JsonSchema, value: unknown) =>
      value === undefined ? media : { ...media, example: value };
    const successBody = c.success.schema
      ? { content: { 'application/json': { schema: toSchema(c.success.schema, 'output') } } }
      : {};
    const responses: Record<string, JsonSchema> = {
      [String(c.success.status)]: { description: c.success.description, ...successBody },
    };
    if (c.success.replay) responses['200'] = { description: c.success.replay, ...successBody };
    const answered = example
      ? (responses[String(example.status)] as { content?: Record<string, JsonSchema> })
      : undefined;
    if (example && answered?.content?.['application/json']) {
      responses[String(example.status)] = {
        ...answered,
        content: { 'application/json': withExample(answered.content['application/json'], example.response) },
      };
    }
    const codes: Record<number, string[]> = {};
    const add = (status: number, extra: readonly string[] = []) => {
      codes[status] = [...new Set([...(codes[status] ?? COMMON_CODES[status] ?? []), ...extra])];
    };
    add(400);
    add(500);
    if (route.roles !== 'public') {
      add(401);
      add(403);
    }
    if (c.body) {
      // A text body that is not valid UTF-8 is refused before it is parsed (docs/security.md "Free text").
      add(400, ['invalid-encoding']);
      add(413);
      add(415);
    }
    if (route.access.table || route.access.bucket) add(503);
    for (const [status, list] of Object.entries(c.errors ?? {})) add(Number(status), list as readonly string[]);
    for (const status of Object.keys(codes).map(Number).sort()) {
      responses[String(status)] = {
        description: STATUS_TEXT[status] ?? 'Error',
        ...(status === 429 || status === 503 ? { headers: RETRY_AFTER } : {}),
        content: { 'application/json': { schema: errorSchema(codes[status] ?? []) } },
      };
    }
    paths[route.path] ??= {};
    (paths[route.path] as Record<string, unknown>)[route.method.toLowerCase()] = {
      operationId: operationId(route),
      summary: route.summary,
      ...(route.roles === 'public' ? { security: [] } : { description: `Roles: ${route.roles.join(', ')}.` }),
      parameters: [...parameters(c.params, 'path', example?.params), ...parameters(c.query, 'query', example?.query)],
      ...(c.body
        ? {
            requestBody: {
              required: true,
              content: {
                'application/json': withExample(
                  { schema: toSchema(c.documentedBody ?? c.body, 'input') },
                  example?.request,
                ),
              },
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Zhalantun 2019 poverty-alleviation platform',
      version: '1.0.0',
      license: { name: 'Proprietary: Zhalantun City People’s Government', identifier: 'LicenseRef-Proprietary' },
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
        ...Object.fromEntries(Object.entries(components).sort(([a], [b]) => a.localeCompare(b))),
      },
    },
    paths,
  };
}
