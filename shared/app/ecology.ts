import { ddb, tableNameFromEnv } from '../data/clients.js';
import { lazy, rosterStore } from './adapters.js';
import { DynamoDbRangerStore } from '../ecology/dynamodb-ranger-store.js';
import { defaultPolicy, type EcologyDeps } from '../ecology/use-cases.js';

export const ecologyDeps = /* @__PURE__ */ lazy(
  (): EcologyDeps => ({
    rangers: new DynamoDbRangerStore(ddb(), tableNameFromEnv()),
    person: (id) => rosterStore().getPerson(id),
    policy: defaultPolicy,
  }),
);
