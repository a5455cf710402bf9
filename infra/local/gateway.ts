import { isUtf8 } from 'node:buffer';
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { ZodError } from 'zod';
import { zodDetails } from '../../shared/http/error-mapper.js';
import { routeKey, type RouteDef } from '../../shared/platform/types.js';
import { devClientSchema, devTokenSchema, type LocalAuth } from './local-auth.js';
import { serveConsole } from './static.js';

/** API Gateway's own payload limit for HTTP APIs; the handlers enforce the API's 1 MiB themselves. */
const GATEWAY_MAX_BYTES = 10 * 1024 * 1024;
const FUNCTIONS_DIR = resolve(import.meta.dirname, '../../functions');

type Handler = (event: unknown, context: Context) => Promise<unknown>;
const modules = new Map<string, Promise<Handler>>();

/** Loads functions/<fn>.ts once, as Lambda would load the bundle once per container. */
export function loadHandler(fn: string): Promise<Handler> {
  let loaded = modules.get(fn);
  if (!loaded) {
    loaded = import(pathToFileURL(resolve(FUNCTIONS_DIR, `${fn}.ts`)).href).then(
      (m: { handler: Handler }) => m.handler,
    );
    modules.set(fn, loaded);
  }
  return loaded;
}

/**
 * The time a local invocation has: 30 s, or LOCAL_FUNCTION_TIMEOUT_MS (the local stack gives 120 s, as its
 * DynamoDB Local on a shared machine is far slower than DynamoDB; the handlers answer 1 s before it).
 */
export function lambdaContext(fn: string): Context {
  const configured = Number(process.env.LOCAL_FUNCTION_TIMEOUT_MS);
  const deadline = Date.now() + (Number.isInteger(configured) && configured > 0 ? configured : 30_000);
  return {
    callbackWaitsForEmptyEventLoop: false,
    functionName: `zlt-local-${fn}`,
    functionVersion: '$LATEST',
    invokedFunctionArn: `arn:aws:lambda:local:000000000000:function:zlt-local-${fn}`,
    memoryLimitInMB: '512',
    awsRequestId: randomUUID(),
    logGroupName: `/aws/lambda/zlt-local-${fn}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => undefined,
    fail: () => undefined,
    succeed: () => undefined,
  };
}

interface CompiledRoute {
  route: RouteDef;
  method: string;
  regex: RegExp;
  names: string[];
}

function compile(route: RouteDef): CompiledRoute {
  const names: string[] = [];
  // Paths hold only letters, digits, '/', '.', '-' and {params}: escape the dot, then turn each param into a segment.
  const pattern = route.path.replace(/\./g, '\\.').replace(/\{([^}]+)\}/g, (_m, name: string) => {
    names.push(name);
    return '([^/]+)';
  });
  return { route, method: route.method, regex: new RegExp(`^${pattern}$`), names };
}

function errorBody(code: string, message: string, details: unknown[] = []): string {
  return JSON.stringify({ error: { code, message, details } });
}

function send(res: ServerResponse, status: number, body: string, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', ...headers });
  res.end(body);
}

async function readBody(req: IncomingMessage): Promise<Buffer | 'too-large'> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > GATEWAY_MAX_BYTES) return 'too-large';
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** API Gateway's limit on the request line and headers together. */
export const MAX_HEADER_BYTES = 10 * 1024;

/** Path parameters, percent-decoded; undefined when an escape is malformed (API Gateway answers 400). */
function decodeParams(names: readonly string[], m: RegExpExecArray): Record<string, string> | undefined {
  try {
    return Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1] ?? '')]));
  } catch {
    return undefined;
  }
}

const TEXTUAL = /^(application\/(json|[\w.+-]*\+json|x-www-form-urlencoded|xml)|text\/)/i;

/** Builds an API Gateway HTTP API payload v2 event, as AWS does. */
export function toEvent(
  req: IncomingMessage,
  url: URL,
  body: Buffer,
  compiled: CompiledRoute,
  params: Record<string, string>,
  claims: Record<string, unknown> | undefined,
): APIGatewayProxyEventV2WithJWTAuthorizer {
  const headers: Record<string, string> = {};
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined || name === 'cookie') continue;
    headers[name] = Array.isArray(value) ? value.join(',') : value;
  }
  const query: Record<string, string> = {};
  for (const [name, value] of url.searchParams) query[name] = name in query ? `${query[name]},${value}` : value;
  const contentType = headers['content-type'] ?? '';
  const binary = body.length > 0 && !TEXTUAL.test(contentType);
  const now = new Date();
  const key = routeKey(compiled.route);
  return {
    version: '2.0',
    routeKey: key,
    rawPath: url.pathname,
    rawQueryString: url.search.replace(/^\?/, ''),
    ...(req.headers.cookie ? { cookies: req.headers.cookie.split(/;\s*/) } : {}),
    headers,
    ...(Object.keys(query).length ? { queryStringParameters: query } : {}),
    ...(Object.keys(params).length ? { pathParameters: params } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'local',
      authorizer: {
        principalId: '',
        integrationLatency: 0,
        jwt: { claims: (claims ?? {}) as Record<string, string>, scopes: [] },
      },
      domainName: headers.host ?? '127.0.0.1',
      domainPrefix: 'local',
      http: {
        method: req.method ?? 'GET',
        path: url.pathname,
        protocol: `HTTP/${req.httpVersion}`,
        sourceIp: req.socket.remoteAddress ?? '127.0.0.1',
        userAgent: headers['user-agent'] ?? '',
      },
      requestId: randomUUID(),
      routeKey: key,
      stage: '$default',
      time: now.toUTCString(),
      timeEpoch: now.getTime(),
    },
    ...(body.length ? { body: binary ? body.toString('base64') : body.toString('utf8') } : {}),
    isBase64Encoded: binary,
  } as APIGatewayProxyEventV2WithJWTAuthorizer;
}

/** Payload v2 response inference: a structured result is used as is; anything else is 200 JSON. */
function writeResult(res: ServerResponse, result: unknown): void {
  if (result && typeof result === 'object' && 'statusCode' in result) {
    const r = result as APIGatewayProxyStructuredResultV2;
    const body = r.body === undefined ? '' : r.isBase64Encoded ? Buffer.from(r.body, 'base64') : r.body;
    res.writeHead(r.statusCode ?? 200, { ...(r.headers as Record<string, string>) });
    res.end(body);
    return;
  }
  send(res, 200, typeof result === 'string' ? result : JSON.stringify(result ?? null));
}

export interface Gateway {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/**
 * A small node:http adapter that serves the same handlers as API Gateway would: routes from the shared route table, the JWT checks of the authorizer, payload v2 events.
 */
export async function startGateway(options: {
  routes: readonly RouteDef[];
  auth: LocalAuth;
  port: number;
  host?: string;
  /** Serve the built console (web/dist) at `/`; the photo bucket's origin goes into its CSP. */
  console?: { dir?: string; bucketOrigin?: string };
  /** Local-only extras (sim-clock.ts): more `/dev` routes, and a wrapper around each handler call. */
  dev?: {
    routes?: (req: IncomingMessage, res: ServerResponse, url: URL, body: Buffer) => Promise<boolean>;
    around?: <T>(req: IncomingMessage, run: () => Promise<T>) => Promise<T>;
  };
}): Promise<Gateway> {
  const compiled = options.routes.map(compile);
  // API Gateway refuses request lines and headers over 10 KiB; so does this gateway, in the API's error shape.
  const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
    void handle(req, res).catch((error: unknown) => {
      console.error('gateway error', error);
      if (!res.headersSent) send(res, 500, errorBody('internal-error', 'An internal error occurred.'));
    });
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const body = await readBody(req);
    if (body === 'too-large') return send(res, 413, errorBody('payload-too-large', 'The request body is too large.'));
    // Text bodies are decoded strictly: invalid UTF-8 is refused, never turned into U+FFFD.
    if (body.length > 0 && TEXTUAL.test(req.headers['content-type'] ?? '') && !isUtf8(body)) {
      return send(
        res,
        400,
        errorBody('invalid-encoding', 'The request body is not valid UTF-8.', [
          { path: 'body', message: 'must be UTF-8 encoded' },
        ]),
      );
    }

    if (req.method === 'POST' && url.pathname === '/dev/token') {
      let parsed: ReturnType<typeof devTokenSchema.parse>;
      try {
        parsed = devTokenSchema.parse(JSON.parse(body.toString('utf8') || '{}'));
      } catch (error) {
        const details = error instanceof ZodError ? zodDetails(error, 'body') : [];
        return send(res, 400, errorBody('validation-error', 'The token request is not valid.', details));
      }
      return send(res, 200, JSON.stringify({ token: await options.auth.issue(parsed) }));
    }

    if (req.method === 'POST' && url.pathname === '/dev/clients') {
      let parsed: ReturnType<typeof devClientSchema.parse>;
      try {
        parsed = devClientSchema.parse(JSON.parse(body.toString('utf8') || '{}'));
      } catch (error) {
        const details = error instanceof ZodError ? zodDetails(error, 'body') : [];
        return send(res, 400, errorBody('validation-error', 'The client request is not valid.', details));
      }
      return send(res, 201, JSON.stringify(options.auth.createClient(parsed)));
    }

    if (req.method === 'POST' && url.pathname === '/dev/oauth2/token') {
      // RFC 6749 §2.3.1 / §4.4: form-encoded body, client authenticated with HTTP Basic (or body fields).
      const form = new URLSearchParams(body.toString('utf8'));
      const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
      const [basicId, basicSecret] = basic ? Buffer.from(basic, 'base64').toString('utf8').split(':', 2) : [];
      const result = await options.auth.clientToken({
        grantType: form.get('grant_type'),
        clientId: basicId ? decodeURIComponent(basicId) : (form.get('client_id') ?? undefined),
        clientSecret: basicSecret ? decodeURIComponent(basicSecret) : (form.get('client_secret') ?? undefined),
        scope: form.get('scope'),
      });
      const noStore = { 'cache-control': 'no-store' };
      return result.ok
        ? send(res, 200, JSON.stringify(result.token), noStore)
        : send(res, result.status, JSON.stringify({ error: result.error }), noStore);
    }

    if (url.pathname.startsWith('/dev/') && options.dev?.routes && (await options.dev.routes(req, res, url, body)))
      return;

    let match: { c: CompiledRoute; params: Record<string, string> } | undefined;
    for (const c of compiled) {
      if (c.method !== req.method) continue;
      const m = c.regex.exec(url.pathname);
      if (m) {
        const params = decodeParams(c.names, m);
        if (!params) {
          return send(
            res,
            400,
            errorBody('invalid-path', 'The request path has a malformed percent-escape.', [
              { path: 'path', message: 'malformed percent-escape' },
            ]),
          );
        }
        match = { c, params };
        break;
      }
    }
    if (
      !match &&
      options.console &&
      (req.method === 'GET' || req.method === 'HEAD') &&
      !url.pathname.startsWith('/v1/') &&
      !url.pathname.startsWith('/dev/') &&
      serveConsole(req, res, url.pathname, options.console)
    )
      return;
    if (!match) return send(res, 404, errorBody('not-found', `No route ${req.method} ${url.pathname}.`));

    let claims: Record<string, unknown> | undefined;
    if (match.c.route.roles !== 'public') {
      const header = req.headers.authorization ?? '';
      const token = /^Bearer\s+(.+)$/i.exec(header)?.[1];
      if (!token) return send(res, 401, errorBody('unauthorized', 'A Bearer token is required.'));
      try {
        claims = await options.auth.verify(token);
      } catch {
        return send(res, 401, errorBody('unauthorized', 'The token is not valid or has expired.'));
      }
    }
    const event = toEvent(req, url, body, match.c, match.params, claims);
    const handler = await loadHandler(match.c.route.fn);
    const fn = match.c.route.fn;
    const invoke = () => handler(event, lambdaContext(fn));
    const result = options.dev?.around ? await options.dev.around(req, invoke) : await invoke();
    writeResult(res, result);
  }

  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (!socket.writable) return;
    const tooLarge = error.code === 'HPE_HEADER_OVERFLOW';
    const status = tooLarge ? 431 : 400;
    const body = tooLarge
      ? errorBody('request-header-fields-too-large', `The request headers are larger than ${MAX_HEADER_BYTES} bytes.`)
      : errorBody('bad-request', 'The request is not valid HTTP.');
    socket.end(
      `HTTP/1.1 ${status} ${tooLarge ? 'Request Header Fields Too Large' : 'Bad Request'}\r\n` +
        `content-type: application/json; charset=utf-8\r\ncontent-length: ${Buffer.byteLength(body)}\r\n` +
        `connection: close\r\n\r\n${body}`,
    );
  });

  await new Promise<void>((ok) => server.listen(options.port, options.host ?? '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((ok) => {
        server.closeAllConnections?.();
        server.close(() => ok());
      }),
  };
}
