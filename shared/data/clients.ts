import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { traced } from '../observability/tracer.js';
import { sdkClientConfig } from './sdk-timeouts.js';

/**
 * SDK clients, created once per container on first use (nothing is built at module load).
 * Locally, `AWS_ENDPOINT_URL_DYNAMODB` points at DynamoDB Local (s3-client.ts: s3rver).
 */
let documentClient: DynamoDBDocumentClient | undefined;

export function ddb(): DynamoDBDocumentClient {
  documentClient ??= documentClientFor(process.env.AWS_ENDPOINT_URL_DYNAMODB);
  return documentClient;
}

/** A document client with the platform's timeouts and retries (sdk-timeouts.ts) for an endpoint. */
export function documentClientFor(endpoint?: string): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(traced(new DynamoDBClient(sdkClientConfig(endpoint))), {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

export function tableNameFromEnv(): string {
  const name = process.env.TABLE_NAME;
  if (!name) throw new Error('TABLE_NAME is not set');
  return name;
}

export function bucketNameFromEnv(): string {
  const name = process.env.BUCKET_NAME;
  if (!name) throw new Error('BUCKET_NAME is not set');
  return name;
}
