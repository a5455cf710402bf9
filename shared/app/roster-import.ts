import { ddb, tableNameFromEnv } from '../data/clients.js';
import { lazy, rosterStore } from './adapters.js';
import { storage } from './storage.js';
import { DynamoDbImportStore } from '../roster/import/dynamodb-import-store.js';
import type { ImportDeps } from '../roster/import/use-cases.js';

/** The import functions' wiring: jobs and mappings, the roster, the files bucket. */
export const importDeps = /* @__PURE__ */ lazy(
  (): ImportDeps => ({
    imports: new DynamoDbImportStore(ddb(), tableNameFromEnv()),
    roster: rosterStore(),
    storage: storage(),
    now: () => new Date(),
  }),
);
