import { bucketNameFromEnv, ddb, tableNameFromEnv } from '../data/clients.js';
import { s3 } from '../data/s3-client.js';
import { hospitalStore, lazy, rosterStore, systemClock } from '../platform/deps.js';
import type { HealthReportDeps } from '../reports/health-run.js';
import { S3ReportStore } from '../reports/report-store.js';
import { claimStore } from './deps.js';
import type { ReconciliationDeps } from './reconciliation.js';

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
  (): HealthReportDeps => ({
    claims: claimStore(),
    hospitals: hospitalStore(),
    roster: rosterStore(),
    reports: new S3ReportStore(s3(), bucketNameFromEnv()),
  }),
);
