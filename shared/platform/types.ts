import type { MachineScope } from '../auth/identity.js';
import type { Role } from '../auth/roles.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/** What a function may touch; the CDK stack turns this into least-privilege grants. */
export interface Access {
  table?: 'read' | 'write';
  bucket?: 'read' | 'write';
}

/**
 * One HTTP route. The same list drives the CDK HttpApi, the local gateway and the authorization check in
 * the handler middleware, so a route cannot be reachable in one place and unprotected in another.
 */
export interface RouteDef {
  method: HttpMethod;
  /** API Gateway path syntax: /v1/claims/{claimId} */
  path: string;
  /** Handler module under functions/, without extension; also the Lambda's logical name. */
  fn: string;
  /** Roles allowed to call; 'public' needs no token. */
  roles: readonly Role[] | 'public';
  access: Access;
  summary: string;
  /**
   * Seconds the function may run (default 10). Report builds get 29 — API Gateway's own limit for an HTTP
   * API integration; the scheduled path of the same code has 5 minutes.
   */
  timeoutSeconds?: number;
  /**
   * Opens the route to hospital billing systems holding a client-credentials token with this scope; they
   * act as role `hospital` for the hospital their client id is registered to. Routes without it refuse
   * machine tokens.
   */
  machineScope?: MachineScope;
}

/** A function invoked by an event source rather than HTTP (S3, Scheduler). */
export interface EventFunctionDef {
  fn: string;
  /** What invokes it besides schedules: S3 ObjectCreated events under a key prefix of the bucket. */
  trigger?: { s3ObjectCreated: { prefix: string } };
  access: Access;
  summary: string;
}

export interface ScheduleDef {
  name: string;
  fn: string;
  /** EventBridge Scheduler cron fields, evaluated in `timeZone`. */
  cron: { minute: string; hour: string; day?: string; month?: string; weekDay?: string };
  timeZone: 'Asia/Shanghai';
  summary: string;
}

export const routeKey = (r: Pick<RouteDef, 'method' | 'path'>): string => `${r.method} ${r.path}`;
