import { createServer, type Server, type Socket } from 'node:net';
import { S3Client } from '@aws-sdk/client-s3';
import type { Context } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeHandler } from '../../../functions/health-ready.js';
import { startGateway } from '../../../infra/local/gateway.js';
import { createLocalAuth } from '../../../infra/local/local-auth.js';
import { ROUTES } from '../../../shared/platform/routes/index.js';
import { documentClientFor } from '../../../shared/data/clients.js';
import { sdkClientConfig } from '../../../shared/data/sdk-timeouts.js';
import { tally } from '../../support/attack-tally.js';

/**
 * A frozen database, for real: a TCP server that accepts connections and never answers (what a stopped
 * DynamoDB Local or a partitioned network looks like). Not the shared test stack's DynamoDB, which other test
 * files are using. The readiness handler must answer 503 `unavailable` with Retry-After, in the API's error
 * shape, instead of hanging until the function is killed (findings 8 and 9).
 */
let frozen: Server;
const sockets: Socket[] = [];
let endpoint: string;

beforeAll(async () => {
  process.env.AWS_REGION ??= 'cn-north-1';
  process.env.AWS_ACCESS_KEY_ID ??= 'test';
  process.env.AWS_SECRET_ACCESS_KEY ??= 'test';
  frozen = createServer((socket) => sockets.push(socket)); // reads nothing, writes nothing
  await new Promise<void>((ok) => frozen.listen(0, '127.0.0.1', ok));
  const address = frozen.address();
  endpoint = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  for (const s of sockets) s.destroy();
  await new Promise((ok) => frozen.close(ok));
});

const event = {
  version: '2.0',
  routeKey: 'GET /v1/health/ready',
  rawPath: '/v1/health/ready',
  rawQueryString: '',
  headers: {},
  requestContext: { http: { method: 'GET', path: '/v1/health/ready' }, requestId: 'r' },
  isBase64Encoded: false,
};
const context = (ms: number) =>
  ({ getRemainingTimeInMillis: () => ms, functionName: 'health-ready', awsRequestId: 'r' }) as unknown as Context;

describe('a frozen dependency is a 503 with Retry-After, before the function times out', () => {
  it('readiness with the table and the bucket frozen', async () => {
    const handler = makeHandler(() => ({
      ddb: documentClientFor(endpoint),
      table: 't',
      s3: new S3Client({ ...sdkClientConfig(endpoint), forcePathStyle: true }),
      bucket: 'b',
    }));
    const response = (await handler(event as never, context(10_000))) as {
      statusCode: number;
      headers: Record<string, string>;
      body: string;
    };
    tally('faults: frozen database and bucket', 1);
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(JSON.parse(response.body)).toEqual({
      error: { code: 'unavailable', message: expect.any(String), details: [] },
    });
  });

  it('bounded by the time the function has left: with 3 s left it still answers 503, not a timeout', async () => {
    const handler = makeHandler(() => ({
      ddb: documentClientFor(endpoint),
      table: 't',
      s3: new S3Client({ ...sdkClientConfig(endpoint), forcePathStyle: true }),
      bucket: 'b',
    }));
    const response = (await handler(event as never, context(3_000))) as {
      statusCode: number;
      headers: Record<string, string>;
    };
    tally('faults: frozen database and bucket', 1);
    expect(response.statusCode).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
  });
});

describe('through the local gateway, with the table and the bucket frozen (finding 8)', () => {
  it('a table read and readiness answer 503 unavailable with Retry-After in the error shape', async () => {
    // The handlers' own clients (built on first use from the environment) point at the frozen endpoint.
    Object.assign(process.env, {
      TABLE_NAME: 'zlt-frozen-main',
      BUCKET_NAME: 'zlt-frozen-files',
      AWS_ENDPOINT_URL_DYNAMODB: endpoint,
      AWS_ENDPOINT_URL_S3: endpoint,
    });
    const auth = await createLocalAuth();
    const gateway = await startGateway({ routes: ROUTES, auth, port: 0 });
    try {
      const token = await auth.issue({ role: 'poverty-office', sub: 'frozen-test' });
      for (const [path, headers] of [
        ['/v1/reference/villages', { authorization: `Bearer ${token}` }],
        ['/v1/health/ready', {}],
      ] as const) {
        const started = Date.now();
        const r = await fetch(`${gateway.url}${path}`, { headers });
        tally('faults: frozen database and bucket', 1);
        expect(r.status, path).toBe(503);
        expect(r.headers.get('retry-after'), path).toBe('5');
        expect(await r.json(), path).toEqual({
          error: { code: expect.stringMatching(/^unavailable$/), message: expect.any(String), details: [] },
        });
        // Answered by the SDK timeouts, well inside the 10 s an API function has.
        expect(Date.now() - started, path).toBeLessThan(10_000);
      }
    } finally {
      await gateway.close();
    }
  }, 60_000);
});
