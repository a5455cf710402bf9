import { bucketNameFromEnv } from '../data/clients.js';
import { s3 } from '../data/s3-client.js';
import { S3Storage } from '../data/s3-storage.js';
import { lazy } from './adapters.js';

/** The files bucket, for the functions that touch it (kept apart so the others do not bundle the S3 client). */
export const storage = /* @__PURE__ */ lazy(() => new S3Storage(s3(), bucketNameFromEnv()));
