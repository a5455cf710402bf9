import type { MachineScope } from '../auth/identity.js';
import type { Role } from '../auth/roles.js';
import type { BucketPrefix } from '../data/bucket-prefixes.js';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'DELETE' | 'PATCH';

/**
 * What a function does in the files bucket, per key prefix (shared/data/bucket-prefixes.ts). `read` is
 * GetObject plus listing under the prefix; `readVersions` reads a pinned version (evidence links); `list` is
 * listing alone; `write` is PutObject (signing an upload form is a write); `delete` is DeleteObject. No function
 * may delete an object version: the bucket is versioned, so what was once stored stays recoverable.
 */
export interface BucketAccess {
  read?: readonly BucketPrefix[];
  readVersions?: readonly BucketPrefix[];
  list?: readonly BucketPrefix[];
  write?: readonly BucketPrefix[];
  delete?: readonly BucketPrefix[];
}

/** What a function may touch; the CDK stack turns this into least-privilege grants. */
export interface Access {
  /**
   * `read`: get, query, batch get. `write` adds PutItem and UpdateItem (transactions need nothing more).
   * `write-delete` adds DeleteItem, for the few functions that remove an item. BatchWriteItem is granted to
   * nobody (no code uses it, and it would be a delete by another name).
   */
  table?: 'read' | 'write' | 'write-delete';
  bucket?: BucketAccess;
  /**
   * The audit digest bucket (docs/audit.md): `read` lists and gets digests, `write` adds PutObject. Nothing
   * may delete there, and Object Lock in compliance mode would refuse it anyway.
   */
  auditDigests?: 'read' | 'write';
  /** Seals or opens paging tokens: gets the page-token secret (shared/http/page-token.ts). */
  pageTokens?: true;
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
   * Memory of the function (default 512 MB). Lambda gives CPU in proportion to memory, so 1,024 MB halves the
   * init and the compute of a request: given to the routes a hospital's billing system waits on at the desk
   * (docs/performance.md, "Lambda init, corrected").
   */
  memoryMb?: 1024;
  /**
   * Opens the route to hospital billing systems holding a client-credentials token with this scope; they
   * act as role `hospital` for the hospital their client id is registered to. Routes without it refuse
   * machine tokens.
   */
  machineScope?: MachineScope;
  /** A public route that touches data must say why that reveals nothing (becomes its cdk-nag acknowledgement). */
  publicBecause?: string;
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
