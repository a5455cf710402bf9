import { ddb, tableNameFromEnv } from '../data/clients.js';
import { lazy, rosterStore, systemClock } from '../app/adapters.js';
import { DynamoDbCaseStore } from './dynamodb-case-store.js';
import type { HousingDeps } from './use-cases.js';

/** The production wiring of the housing case use cases (no bucket: see photo-deps.ts). */
export const housingDeps = lazy(
  (): HousingDeps => ({
    cases: new DynamoDbCaseStore(ddb(), tableNameFromEnv()),
    person: (id) => rosterStore().getPerson(id),
    now: () => systemClock.now(),
  }),
);
