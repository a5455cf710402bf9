import middy, { type MiddlewareObj } from '@middy/core';
import httpHeaderNormalizer from '@middy/http-header-normalizer';
import httpJsonBodyParser from '@middy/http-json-body-parser';
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import type * as z from '../zod.js';
import type { ZodMiniType as ZodType } from '../zod.js';
import { subjectFromClaims } from '../auth/identity.js';
import type { Caller } from '../auth/roles.js';
import {
  ForbiddenError,
  PayloadTooLargeError,
  UnauthorizedError,
  UnsupportedMediaTypeError,
  ValidationError,
} from '../errors.js';
import { logger } from '../logging/logger.js';
import { routeByKey } from '../platform/routes/index.js';
import type { RouteDef } from '../platform/types.js';
import { flushMetrics } from '../observability/metrics.js';
import { tracingMiddleware } from '../observability/tracer.js';
import type { MachineClientRegistry } from '../reference/machine-clients.js';
import { mapError, zodDetails } from './error-mapper.js';

export const MAX_BODY_BYTES = 1024 * 1024;
const TIMEOUT_EARLY_MS = 1000;

export type ApiEvent = APIGatewayProxyEventV2WithJWTAuthorizer;
export type ApiResponse = APIGatewayProxyStructuredResultV2;

export interface ApiRequest<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  /** Always set on authenticated routes; undefined only on public ones. */
  caller: Caller;
  event: ApiEvent;
  context: Context;
}

export interface ApiResult {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

type Out<S> = S extends ZodType ? z.output<S> : undefined;

export interface ApiSpec<
  BS extends ZodType | undefined,
  QS extends ZodType | undefined,
  PS extends ZodType | undefined,
> {
  /** `METHOD /path` exactly as in the route table (shared/platform/routes). */
  route: string;
  body?: BS;
  query?: QS;
  params?: PS;
  /**
   * Where a machine client's hospital is looked up; required when the route table admits machine clients
   * on this route (`machineScope`), and only then, so functions that never see one do not load it.
   */
  machineClients?: () => MachineClientRegistry;
  /** Called with the error code when the route refuses a request (4xx): the claims route counts refusals by reason. */
  onRefused?: (code: string) => void;
}
export type { Contract } from './contract.js';

interface Internal {
  caller?: Caller;
  route: RouteDef;
}

/** Lambda's context with what the guard learnt about the caller. */
type Ctx = Context & { internal?: Internal };

function bodyBytes(event: ApiEvent): number {
  if (event.body === undefined || event.body === null) return 0;
  return event.isBase64Encoded ? Buffer.from(event.body, 'base64').length : Buffer.byteLength(event.body, 'utf8');
}

/**
 * Who is calling. A person is who the token says. A machine client (a hospital's billing system holding a
 * client-credentials token) may call only the routes the route table opens to machines, only with the
 * scope that route needs, and acts for the hospital its client id is registered to in the registry.
 */
async function callerOf(
  route: RouteDef,
  claims: Record<string, unknown> | undefined,
  machineClients: (() => MachineClientRegistry) | undefined,
): Promise<Caller> {
  const subject = subjectFromClaims(claims);
  if (!subject) throw new UnauthorizedError();
  if (subject.kind === 'person') return subject.caller;
  if (!route.machineScope || !machineClients) {
    throw new ForbiddenError(`Machine clients may not call ${route.method} ${route.path}.`);
  }
  if (!subject.scopes.includes(route.machineScope)) {
    throw new ForbiddenError(`${route.method} ${route.path} needs the scope ${route.machineScope}.`);
  }
  const hospitalId = await machineClients().hospitalOf(subject.clientId);
  if (!hospitalId) {
    throw new ForbiddenError(`Client ${subject.clientId} is not registered to any hospital.`);
  }
  return { sub: subject.sub, role: 'hospital', hospitalId, clientId: subject.clientId };
}

/**
 * Authentication, the table-driven role check, and the body-size limit, in the order API Gateway itself
 * would answer: 401, then 403, then 413 — before anything is parsed or stored.
 */
const JSON_MEDIA = /^application\/(.+\+)?json($|;.+)/;

function guard(
  route: RouteDef,
  machineClients: (() => MachineClientRegistry) | undefined,
  takesBody: boolean,
): MiddlewareObj<ApiEvent, ApiResponse, Error, Ctx> {
  return {
    before: async (request) => {
      request.context.internal = { route };
      if (route.roles !== 'public') {
        const claims = request.event.requestContext?.authorizer?.jwt?.claims as Record<string, unknown> | undefined;
        const caller = await callerOf(route, claims, machineClients);
        if (!route.roles.includes(caller.role)) {
          throw new ForbiddenError(`Role ${caller.role} may not call ${route.method} ${route.path}.`);
        }
        request.context.internal = { route, caller };
      }
      if (bodyBytes(request.event) > MAX_BODY_BYTES) throw new PayloadTooLargeError(MAX_BODY_BYTES);
      // Checked here, typed, so a 415 from the JSON parser after it can only mean a malformed body.
      if (takesBody && !JSON_MEDIA.test(request.event.headers?.['content-type'] ?? '')) {
        throw new UnsupportedMediaTypeError();
      }
    },
  };
}

function parsePart<S extends ZodType | undefined>(
  schema: S,
  value: unknown,
  where: 'body' | 'query' | 'params',
): Out<S> {
  if (!schema) return undefined as Out<S>;
  const result = schema.safeParse(value ?? {});
  if (!result.success) {
    throw new ValidationError(
      `The request ${where === 'params' ? 'path' : where} is not valid.`,
      zodDetails(result.error, where),
    );
  }
  return result.data as Out<S>;
}

function respond(status: number, body: unknown, headers: Record<string, string> = {}): ApiResponse {
  return {
    statusCode: status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: body === undefined ? '' : JSON.stringify(body),
  };
}

/**
 * Builds a Lambda handler for one HTTP route: parse (zod), authorize (route table), call the use case,
 * answer. Handlers stay a few lines; the rules live in shared/.
 */
export function apiHandler<
  BS extends ZodType | undefined = undefined,
  QS extends ZodType | undefined = undefined,
  PS extends ZodType | undefined = undefined,
>(spec: ApiSpec<BS, QS, PS>, fn: (req: ApiRequest<Out<BS>, Out<QS>, Out<PS>>) => Promise<ApiResult>) {
  const route = routeByKey(spec.route);
  if (!route) throw new Error(`Route ${spec.route} is not in the route table`);
  if (route.machineScope && !spec.machineClients) {
    throw new Error(`Route ${spec.route} admits machine clients; its handler must pass machineClients`);
  }

  const core = async (event: ApiEvent, context: Ctx): Promise<ApiResponse> => {
    const req: ApiRequest<Out<BS>, Out<QS>, Out<PS>> = {
      body: parsePart(spec.body as BS, event.body, 'body'),
      query: parsePart(spec.query as QS, event.queryStringParameters, 'query'),
      params: parsePart(spec.params as PS, event.pathParameters, 'params'),
      caller: context.internal?.caller as Caller,
      event,
      context,
    };
    const result = await fn(req);
    logger.info('request', {
      route: spec.route,
      status: result.status,
      role: req.caller?.role,
      sub: req.caller?.sub,
      ...(req.caller?.clientId ? { clientId: req.caller.clientId } : {}),
    });
    flushMetrics();
    return respond(result.status, result.body, result.headers);
  };

  // Answer 1 s before the function would be killed: a frozen dependency becomes a 503 the caller can retry,
  // not a gateway timeout (the SDK clients' own timeouts usually fire first: shared/data/sdk-timeouts.ts).
  const handler = middy<ApiEvent, ApiResponse, Error, Ctx>({ timeoutEarlyInMillis: TIMEOUT_EARLY_MS });
  // A trace per invocation where the function traces (shared/observability/tracer.ts), never the response body.
  const tracing = tracingMiddleware();
  if (tracing) handler.use(tracing as MiddlewareObj<ApiEvent, ApiResponse, Error, Ctx>);
  handler.use(httpHeaderNormalizer()).use(guard(route, spec.machineClients, spec.body !== undefined));
  if (spec.body) handler.use(httpJsonBodyParser());
  handler.use({
    onError: async (request) => {
      const mapped = mapError(request.error);
      const caller = request.context.internal?.caller;
      if (mapped.internal) {
        logger.error('request failed', { route: spec.route, role: caller?.role, error: request.error as Error });
      } else {
        spec.onRefused?.(mapped.body.error.code);
        logger.info('request refused', {
          route: spec.route,
          status: mapped.status,
          code: mapped.body.error.code,
          role: caller?.role,
        });
      }
      flushMetrics();
      request.response = respond(mapped.status, mapped.body, mapped.headers);
    },
  });
  return handler.handler(core);
}
