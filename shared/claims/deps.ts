import { bucketNameFromEnv, ddb, s3, tableNameFromEnv } from '../data/clients.js';
import { S3ReportStore } from '../reports/report-store.js';
import type { ReconciliationDeps } from './reconciliation.js';
import { hospitalStore, lazy, rosterStore, systemClock } from '../platform/deps.js';
import type { HealthReportDeps } from '../reports/health-run.js';
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

/** The reconciliation's wiring: the claim store, the refund ledger table and the report store. */
export const reconciliationDeps = lazy(
  (): ReconciliationDeps => ({
    claims: claimStore(),
    client: ddb(),
    table: tableNameFromEnv(),
    reports: new S3ReportStore(s3(), bucketNameFromEnv()),
    now: () => systemClock.now(),
  }),
);

export const healthReportDeps = lazy(
  (): HealthReportDeps => ({ claims: claimStore(), hospitals: hospitalStore(), roster: rosterStore(), reports: new S3ReportStore(s3(), bucketNameFromEnv()) }),
);
