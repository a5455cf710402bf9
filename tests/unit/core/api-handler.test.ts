import type { Context } from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ConflictError } from '../../../shared/errors.js';
import { apiHandler, type ApiEvent } from '../../../shared/http/api-handler.js';

const context = { functionName: 'test', awsRequestId: 'r', getRemainingTimeInMillis: () => 1000 } as unknown as Context;

function event(overrides: Partial<ApiEvent> & { claims?: Record<string, unknown> } = {}): ApiEvent {
  const { claims, ...rest } = overrides;
  return {
    version: '2.0',
    routeKey: 'PUT /v1/hospitals/{hospitalId}',
    rawPath: '/v1/hospitals/x',
    rawQueryString: '',
    headers: { 'content-type': 'application/json' },
    requestContext: { authorizer: { jwt: { claims: claims ?? { sub: 'u1', role: 'insurance-bureau' }, scopes: [] } } },
    isBase64Encoded: false,
    ...rest,
  } as unknown as ApiEvent;
}

describe('apiHandler', () => {
  it('answers an unexpected failure with 500 and no internals', async () => {
    const h = apiHandler({ route: 'PUT /v1/hospitals/{hospitalId}' }, async () => {
      throw new Error('secret table zlt-prod-main exploded at line 42');
    });
    const r = (await h(event(), context)) as { statusCode: number; body: string };
    expect(r.statusCode).toBe(500);
    expect(r.body).not.toMatch(/secret|zlt-prod|line 42/);
    expect(JSON.parse(r.body).error.code).toBe('internal-error');
  });

  it('maps typed domain errors to their status and code', async () => {
    const h = apiHandler({ route: 'PUT /v1/hospitals/{hospitalId}' }, async () => {
      throw new ConflictError('claim-conflict', 'different body');
    });
    const r = (await h(event(), context)) as { statusCode: number; body: string };
    expect(r.statusCode).toBe(409);
    expect(JSON.parse(r.body).error).toEqual({ code: 'claim-conflict', message: 'different body', details: [] });
  });

  it('checks the role from the route table before reading the body', async () => {
    let ran = false;
    const h = apiHandler({ route: 'PUT /v1/hospitals/{hospitalId}', body: z.object({ a: z.number() }) }, async () => {
      ran = true;
      return { status: 200 };
    });
    const r = (await h(
      event({ claims: { sub: 'h', role: 'hospital', hospitalId: 'zlt-peoples' }, body: 'not json' }),
      context,
    )) as { statusCode: number };
    expect(r.statusCode).toBe(403);
    expect(ran).toBe(false);
  });

  it('reads Cognito groups and custom attributes as role and scope', async () => {
    const h = apiHandler({ route: 'GET /v1/persons/{personId}/eligibility' }, async ({ caller }) => ({
      status: 200,
      body: caller,
    }));
    const r = (await h(
      event({ claims: { sub: 'c1', 'cognito:groups': '[hospital]', 'custom:hospitalId': 'zlt-peoples' } }),
      context,
    )) as { body: string };
    expect(JSON.parse(r.body)).toEqual({ sub: 'c1', role: 'hospital', hospitalId: 'zlt-peoples' });
  });

  it('refuses a hospital token without its hospital as 401', async () => {
    const h = apiHandler({ route: 'GET /v1/persons/{personId}/eligibility' }, async () => ({ status: 200 }));
    const r = (await h(event({ claims: { sub: 'c1', role: 'hospital' } }), context)) as { statusCode: number };
    expect(r.statusCode).toBe(401);
  });

  it('refuses to build a handler for a route missing from the table', () => {
    expect(() => apiHandler({ route: 'GET /v1/unlisted' }, async () => ({ status: 200 }))).toThrow(
      /not in the route table/,
    );
  });
});
