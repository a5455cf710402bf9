import { ddb, tableNameFromEnv } from '../data/clients.js';
import { DynamoDbHospitalStore } from '../reference/dynamodb-hospital-store.js';
import { DynamoDbMachineClientStore } from '../reference/dynamodb-machine-client-store.js';
import { cachedRegistry } from '../reference/machine-clients.js';
import { DynamoDbRosterStore } from '../roster/dynamodb-roster-store.js';

/**
 * Production adapters, built on first use (not at module load) and reused by the container. Handlers
 * take these through their factory, so tests can pass others.
 *
 * Every module-level `lazy(...)` carries esbuild's `@__PURE__` comment: esbuild cannot know that calling
 * `lazy` does nothing until the result is called, so without the mark it keeps every adapter a module defines
 * (and the clients they import) in every bundle that imports the module for one of them. Marked, a function
 * that uses only the audit trail no longer carries the S3 client of the digest store beside it (audit-records:
 * 552 → 371 KiB; docs/performance.md).
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export const rosterStore = /* @__PURE__ */ lazy(() => new DynamoDbRosterStore(ddb(), tableNameFromEnv()));
export const hospitalStore = /* @__PURE__ */ lazy(() => new DynamoDbHospitalStore(ddb(), tableNameFromEnv()));
export const machineClientStore = /* @__PURE__ */ lazy(() => new DynamoDbMachineClientStore(ddb(), tableNameFromEnv()));
/** The registry lookup the handler middleware makes for machine callers, cached per container. */
export const machineClientRegistry = /* @__PURE__ */ lazy(() => cachedRegistry(machineClientStore()));

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
