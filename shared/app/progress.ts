import { bucketNameFromEnv } from '../data/clients.js';
import { s3 } from '../data/s3-client.js';
import type { ProgressDeps } from '../reports/progress-run.js';
import { S3ReportStore } from '../reports/s3-report-store.js';
import { lazy } from './adapters.js';
import { housingDeps } from './housing.js';

/** The progress report's wiring: the case store's history and the report files. */
export const progressDeps = /* @__PURE__ */ lazy(
  (): ProgressDeps => ({ cases: housingDeps().cases, reports: new S3ReportStore(s3(), bucketNameFromEnv()) }),
);
