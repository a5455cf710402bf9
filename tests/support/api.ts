import { randomInt } from 'node:crypto';
import { appendFileSync, readFileSync } from 'node:fs';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { inject } from 'vitest';
import type { Role } from '../../shared/auth/roles.js';
import { makeIdentity } from '../../shared/identity/gb11643.js';
import { contractProblems, operationFor } from './contract.js';

export const apiUrl = (): string => inject('apiUrl');

export interface TokenClaims {
  role: Role;
  hospitalId?: string;
  township?: string;
  sub?: string;
}

const tokens = new Map<string, Promise<string>>();

/** A local token for the claims (cached per claims for the file). */
export function token(claims: TokenClaims): Promise<string> {
  const key = JSON.stringify(claims);
  let t = tokens.get(key);
  if (!t) {
    t = fetch(`${apiUrl()}/dev/token`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(claims),
    })
      .then((r) => r.json() as Promise<{ token: string }>)
      .then((b) => b.token);
    tokens.set(key, t);
  }
  return t;
}

export interface ApiResult<T = any> {
  status: number;
  body: T;
  headers: Headers;
}

/** Calls the local gateway. `as` takes claims (a token is fetched) or a raw Authorization header value. */
export async function call<T = any>(
  method: string,
  path: string,
  options: {
    as?: TokenClaims;
    authorization?: string;
    body?: unknown;
    rawBody?: string | Buffer;
    contentType?: string;
  } = {},
): Promise<ApiResult<T>> {
  const headers: Record<string, string> = {};
  if (options.as) headers.authorization = `Bearer ${await token(options.as)}`;
  if (options.authorization) headers.authorization = options.authorization;
  let body: string | Buffer | undefined;
  if (options.rawBody !== undefined) body = options.rawBody;
  else if (options.body !== undefined) body = JSON.stringify(options.body);
  if (body !== undefined) headers['content-type'] = options.contentType ?? 'application/json';
  const response = await fetch(`${apiUrl()}${path}`, { method, headers, ...(body !== undefined ? { body } : {}) });
  const text = await response.text();
  let parsed: unknown = text;
  try {
    parsed = text ? JSON.parse(text) : undefined;
  } catch {
    /* not JSON */
  }
  const problems = contractProblems(method, path, response.status, response.headers, parsed, text);
  if (problems.length > 0) {
    if (process.env.CONTRACT_SURVEY) appendFileSync(process.env.CONTRACT_SURVEY, `${problems.join('\n')}\n`);
    else throw new Error(`The response breaks docs/openapi.json:\n${problems.join('\n')}\n${text.slice(0, 2000)}`);
  }
  const operation = process.env.CONTRACT_EXAMPLES ? operationFor(method, path) : undefined;
  if (operation && response.ok && options.rawBody === undefined && process.env.CONTRACT_EXAMPLES) {
    // `npm run examples:capture`: real exchanges for the document's examples (scripts/write-examples.ts).
    const exchange = { method: operation.method, template: operation.template, path, status: response.status };
    appendFileSync(
      process.env.CONTRACT_EXAMPLES,
      `${JSON.stringify({ ...exchange, request: options.body, response: text ? parsed : undefined })}\n`,
    );
  }
  return { status: response.status, body: parsed as T, headers: response.headers };
}

/** A fresh valid identity number in the synthetic test region 159998 (no real person has one). */
export function newPersonId(): string {
  const year = 1940 + randomInt(75);
  const birth = `${year}${String(1 + randomInt(12)).padStart(2, '0')}${String(1 + randomInt(28)).padStart(2, '0')}`;
  return makeIdentity('159998', birth, randomInt(1000));
}

export const uniqueSuffix = (): string => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;

let doc: DynamoDBDocumentClient | undefined;
/** Direct access to DynamoDB Local, to check what was (not) stored. */
export function dynamo(): DynamoDBDocumentClient {
  doc ??= DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: inject('dynamodbEndpoint'),
      region: 'cn-north-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    }),
  );
  return doc;
}
export const tableName = (): string => inject('tableName');

let s3c: S3Client | undefined;
export function s3(): S3Client {
  s3c ??= new S3Client({
    endpoint: inject('s3Endpoint'),
    forcePathStyle: true,
    region: 'cn-north-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
  });
  return s3c;
}
export const bucketName = (): string => inject('bucketName');

export const stackLog = (): string => readFileSync(inject('stackLogFile'), 'utf8');

/** A roster row for tests. */
export function personRow(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    personId: newPersonId(),
    name: '测试甲',
    householdId: `HH-T-${uniqueSuffix()}`,
    township: 'zhonghe',
    village: '测试村',
    registeredFrom: '2016-01-01',
    insuredYears: [2019],
    ...overrides,
  };
}
