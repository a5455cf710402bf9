import { ddb, tableNameFromEnv } from '../data/clients.js';
import { DynamoDbHospitalStore } from '../reference/dynamodb-hospital-store.js';
import { DynamoDbMachineClientStore } from '../reference/dynamodb-machine-client-store.js';
import { cachedRegistry } from '../reference/machine-clients.js';
import { DynamoDbRosterStore } from '../roster/dynamodb-roster-store.js';

/**
 * Production adapters, built on first use (not at module load) and reused by the container. Handlers
 * take these through their factory, so tests can pass others.
 */
export function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}

export const rosterStore = lazy(() => new DynamoDbRosterStore(ddb(), tableNameFromEnv()));
export const hospitalStore = lazy(() => new DynamoDbHospitalStore(ddb(), tableNameFromEnv()));
export const machineClientStore = lazy(() => new DynamoDbMachineClientStore(ddb(), tableNameFromEnv()));
/** The registry lookup the handler middleware makes for machine callers, cached per container. */
export const machineClientRegistry = lazy(() => cachedRegistry(machineClientStore()));

export interface Clock {
  now(): Date;
}
export const systemClock: Clock = { now: () => new Date() };
