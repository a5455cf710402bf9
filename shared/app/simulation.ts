import { bucketNameFromEnv, ddb, tableNameFromEnv } from '../data/clients.js';
import { s3 } from '../data/s3-client.js';
import { hospitalStore, lazy, rosterStore, systemClock } from './adapters.js';
import { DynamoDbCaseStore } from '../housing/dynamodb-case-store.js';
import { DynamoDbHealthLedger, DynamoDbHousingLedger, StoreEducationLedger } from '../simulation/dynamodb-ledger.js';
import { educationStore } from './education.js';
import type { SimulationDeps } from '../simulation/run.js';
import { S3SimulationStore } from '../simulation/store.js';

/** The production wiring of the simulation job. */
export const simulationDeps = /* @__PURE__ */ lazy(
  (): SimulationDeps => ({
    health: new DynamoDbHealthLedger(ddb(), tableNameFromEnv(), rosterStore(), hospitalStore()),
    housing: new DynamoDbHousingLedger(new DynamoDbCaseStore(ddb(), tableNameFromEnv())),
    education: new StoreEducationLedger(educationStore()),
    store: new S3SimulationStore(s3(), bucketNameFromEnv()),
    now: () => systemClock.now(),
  }),
);
