import { ddb, tableNameFromEnv } from '../data/clients.js';
import { DynamoDbCaseStore } from '../housing/dynamodb-case-store.js';
import type { HousingDeps } from '../housing/use-cases.js';
import { lazy, rosterStore, systemClock } from './adapters.js';

/** The production wiring of the housing case use cases (no bucket: see housing-photos.ts). */
export const housingDeps = /* @__PURE__ */ lazy(
  (): HousingDeps => ({
    cases: new DynamoDbCaseStore(ddb(), tableNameFromEnv()),
    person: (id) => rosterStore().getPerson(id),
    now: () => systemClock.now(),
  }),
);
