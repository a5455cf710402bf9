import { ddb, tableNameFromEnv } from '../data/clients.js';
import { hospitalStore, lazy, systemClock } from '../platform/deps.js';
import { DynamoDbClaimStore } from './dynamodb-claim-store.js';
import { claimEngine } from './engine-port.js';
import type { ClaimFacts, PersonYear, Settlement } from './types.js';
import type { ClaimDeps } from './use-cases.js';

export const claimStore = lazy(() => new DynamoDbClaimStore<Settlement, PersonYear>(ddb(), tableNameFromEnv()));

/** The production wiring of the claim use cases. */
export const claimDeps = lazy(
  (): ClaimDeps<ClaimFacts, PersonYear, Settlement> => ({
    store: claimStore(),
    engine: claimEngine,
    hospital: (id) => hospitalStore().get(id),
    now: () => systemClock.now(),
  }),
);
