import { bucketNameFromEnv } from '../data/clients.js';
import { s3 } from '../data/s3-client.js';
import { housingDeps } from '../housing/deps.js';
import { lazy } from '../app/adapters.js';
import type { ProgressDeps } from './progress-run.js';
import { S3ReportStore } from './report-store.js';

export const progressDeps = lazy(
  (): ProgressDeps => ({ cases: housingDeps().cases, reports: new S3ReportStore(s3(), bucketNameFromEnv()) }),
);
