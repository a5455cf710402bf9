import { ddb, tableNameFromEnv } from '../data/clients.js';
import { lazy, rosterStore } from './adapters.js';
import { DynamoDbEducationStore } from '../education/dynamodb-education-store.js';
import type { RosterLookup } from '../education/use-cases.js';

export const educationStore = /* @__PURE__ */ lazy(() => new DynamoDbEducationStore(ddb(), tableNameFromEnv()));
export const educationRoster = /* @__PURE__ */ lazy(
  (): RosterLookup => ({
    person: (id) => rosterStore().getPerson(id),
  }),
);
