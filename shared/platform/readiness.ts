import { GetCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { ListObjectsV2Command, type S3Client } from '@aws-sdk/client-s3';
import { ServiceUnavailableError } from '../errors.js';
import { BUCKET_PREFIXES } from '../data/bucket-prefixes.js';

export interface ReadinessTargets {
  ddb: DynamoDBDocumentClient;
  table: string;
  s3: S3Client;
  bucket: string;
}

/**
 * Readiness (GET /v1/health/ready), as opposed to liveness (GET /v1/health): one strongly consistent read of a
 * fixed probe key and one listing of the empty `health/` prefix, both through the same clients (and timeouts)
 * the API uses. Any failure — unreachable, too slow, missing table or bucket, no permission — is a 503.
 */
export async function checkReadiness(t: ReadinessTargets): Promise<{ table: 'ok'; bucket: 'ok' }> {
  const [table, bucket] = await Promise.allSettled([
    t.ddb.send(new GetCommand({ TableName: t.table, Key: { pk: 'HEALTH#probe', sk: 'PROBE' }, ConsistentRead: true })),
    t.s3.send(new ListObjectsV2Command({ Bucket: t.bucket, Prefix: BUCKET_PREFIXES.readinessProbe, MaxKeys: 1 })),
  ]);
  const down = [table.status === 'rejected' ? 'table' : '', bucket.status === 'rejected' ? 'bucket' : ''].filter(
    Boolean,
  );
  if (down.length > 0) {
    throw new ServiceUnavailableError(`Not ready: the ${down.join(' and the ')} did not answer.`);
  }
  return { table: 'ok', bucket: 'ok' };
}
