import { S3Client } from '@aws-sdk/client-s3';
import { traced } from '../observability/tracer.js';
import { sdkClientConfig } from './sdk-timeouts.js';

/**
 * The S3 client, created on first use; kept apart from the DynamoDB client so functions that never touch
 * the bucket do not bundle it. Locally `AWS_ENDPOINT_URL_S3` points at s3rver (path-style addressing).
 */
let s3Client: S3Client | undefined;

export function s3(): S3Client {
  if (!s3Client) {
    const endpoint = process.env.AWS_ENDPOINT_URL_S3;
    s3Client = traced(
      new S3Client({
        ...sdkClientConfig(endpoint),
        ...(endpoint ? { forcePathStyle: true } : {}),
        requestChecksumCalculation: 'WHEN_REQUIRED',
        responseChecksumValidation: 'WHEN_REQUIRED',
      }),
    );
  }
  return s3Client;
}
