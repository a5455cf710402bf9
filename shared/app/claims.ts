import { DynamoDbClaimStore } from '../claims/dynamodb-claim-store.js';
import { claimEngine } from '../claims/engine-port.js';
import type { ClaimFacts, PersonYear, Settlement } from '../claims/types.js';
import type { ClaimDeps } from '../claims/use-cases.js';
import { ddb, tableNameFromEnv } from '../data/clients.js';
import { hospitalStore, lazy, systemClock } from './adapters.js';

export const claimStore = /* @__PURE__ */ lazy(
  () => new DynamoDbClaimStore<Settlement, PersonYear>(ddb(), tableNameFromEnv()),
);

/** The production wiring of the claim use cases. */
export const claimDeps = /* @__PURE__ */ lazy(
  (): ClaimDeps<ClaimFacts, PersonYear, Settlement> => ({
    store: claimStore(),
    engine: claimEngine,
    hospital: (id) => hospitalStore().get(id),
    now: () => systemClock.now(),
  }),
);
