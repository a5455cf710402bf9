import { ddb, tableNameFromEnv } from '../data/clients.js';
import { lazy, rosterStore, storage, systemClock } from '../platform/deps.js';
import { DynamoDbCaseStore } from './dynamodb-case-store.js';
import type { HousingDeps } from './use-cases.js';

/** The production wiring of the housing use cases. */
export const housingDeps = lazy(
  (): HousingDeps => ({
    cases: new DynamoDbCaseStore(ddb(), tableNameFromEnv()),
    person: (id) => rosterStore().getPerson(id),
    storage: storage(),
    now: () => systemClock.now(),
  }),
);
