import { DynamoDbRefundLedger } from '../claims/dynamodb-refund-ledger.js';
import type { ReconciliationDeps } from '../claims/reconciliation.js';
import { bucketNameFromEnv, ddb, tableNameFromEnv } from '../data/clients.js';
import { s3 } from '../data/s3-client.js';
import type { HealthReportDeps } from '../reports/health-run.js';
import { S3ReportStore } from '../reports/s3-report-store.js';
import { hospitalStore, lazy, rosterStore, systemClock } from './adapters.js';
import { claimStore } from './claims.js';

/** The report files (kept out of the claim functions' wiring so those do not bundle the S3 client). */
export const reportStore = /* @__PURE__ */ lazy(() => new S3ReportStore(s3(), bucketNameFromEnv()));

/** The reconciliation's wiring: the claim store, the refund ledger, the report store, roster and hospitals. */
export const reconciliationDeps = /* @__PURE__ */ lazy(
  (): ReconciliationDeps => ({
    claims: claimStore(),
    refunds: new DynamoDbRefundLedger(ddb(), tableNameFromEnv()),
    reports: reportStore(),
    roster: rosterStore(),
    hospitals: hospitalStore(),
    now: () => systemClock.now(),
  }),
);

export const healthReportDeps = /* @__PURE__ */ lazy(
  (): HealthReportDeps => ({
    claims: claimStore(),
    hospitals: hospitalStore(),
    roster: rosterStore(),
    reports: reportStore(),
  }),
);
