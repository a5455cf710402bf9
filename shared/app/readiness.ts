import { bucketNameFromEnv, ddb, tableNameFromEnv } from '../data/clients.js';
import { s3 } from '../data/s3-client.js';
import type { ReadinessTargets } from '../platform/readiness.js';

/** What readiness touches in production: the deployed table and bucket, through the shared clients. */
export const readinessTargets = (): ReadinessTargets => ({
  ddb: ddb(),
  table: tableNameFromEnv(),
  s3: s3(),
  bucket: bucketNameFromEnv(),
});
