import type { Context } from 'aws-lambda';
import { afterEach, describe, expect, it, vi } from 'vitest';
import * as z from '../../../shared/zod.js';
import { ConflictError } from '../../../shared/errors.js';
import { apiHandler, type ApiEvent } from '../../../shared/http/api-handler.js';
import type { MachineClientRegistry } from '../../../shared/reference/machine-clients.js';

/** The registry as the insurance bureau left it: one billing system registered to the People's Hospital. */
const registry: MachineClientRegistry = {
  hospitalOf: async (clientId) => (clientId === 'his-peoples' ? 'zlt-peoples' : undefined),
};
const machineClients = () => registry;
const ELIGIBILITY = 'GET /v1/persons/{personId}/eligibility';

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

afterEach(() => {
  vi.unstubAllEnvs();
});

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

  it('reads Cognito groups and custom attributes as role and scope when the stage names those claims', async () => {
    vi.stubEnv('CLAIM_ROLE', 'cognito:groups');
    vi.stubEnv('CLAIM_TOWNSHIP', 'custom:township');
    vi.stubEnv('CLAIM_HOSPITAL', 'custom:hospitalId');
    const h = apiHandler({ route: ELIGIBILITY, machineClients }, async ({ caller }) => ({
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
    const h = apiHandler({ route: ELIGIBILITY, machineClients }, async () => ({ status: 200 }));
    const r = (await h(event({ claims: { sub: 'c1', role: 'hospital' } }), context)) as { statusCode: number };
    expect(r.statusCode).toBe(401);
  });

  it('refuses to build a handler for a route missing from the table', () => {
    expect(() => apiHandler({ route: 'GET /v1/unlisted' }, async () => ({ status: 200 }))).toThrow(
      /not in the route table/,
    );
  });
});

describe('machine clients (client-credentials tokens)', () => {
  const machine = (scope: string, clientId = 'his-peoples') =>
    event({ routeKey: ELIGIBILITY, claims: { sub: clientId, client_id: clientId, scope, token_use: 'access' } });
  const echo = async ({ caller }: { caller: unknown }) => ({ status: 200, body: caller });

  it('act as role hospital for the hospital their client id is registered to', async () => {
    const h = apiHandler({ route: ELIGIBILITY, machineClients }, echo);
    const r = (await h(machine('zhalantun-api/eligibility/read'), context)) as { statusCode: number; body: string };
    expect(r.statusCode).toBe(200);
    expect(JSON.parse(r.body)).toEqual({
      sub: 'his-peoples',
      role: 'hospital',
      hospitalId: 'zlt-peoples',
      clientId: 'his-peoples',
    });
  });

  it('cannot choose their hospital: a hospital claim in the token is ignored', async () => {
    const h = apiHandler({ route: ELIGIBILITY, machineClients }, echo);
    const forged = event({
      routeKey: ELIGIBILITY,
      claims: {
        sub: 'his-peoples',
        client_id: 'his-peoples',
        scope: 'zhalantun-api/eligibility/read',
        hospitalId: 'clinic-zhonghe',
      },
    });
    const r = (await h(forged, context)) as { body: string };
    expect(JSON.parse(r.body).hospitalId).toBe('zlt-peoples');
  });

  it('are refused (403) without the scope the route needs, and on routes not open to machines', async () => {
    const eligibility = apiHandler({ route: ELIGIBILITY, machineClients }, echo);
    const wrongScope = (await eligibility(machine('zhalantun-api/claims/write'), context)) as { statusCode: number };
    expect(wrongScope.statusCode).toBe(403);
    // The scope must carry the stage's prefix: a bare name from another resource server does not count.
    const unprefixed = (await eligibility(machine('eligibility/read'), context)) as { statusCode: number };
    expect(unprefixed.statusCode).toBe(401);
    const hospitals = apiHandler({ route: 'PUT /v1/hospitals/{hospitalId}' }, echo);
    const r = (await hospitals(machine('zhalantun-api/claims/write'), context)) as { statusCode: number; body: string };
    expect(r.statusCode).toBe(403);
    expect(JSON.parse(r.body).error.message).toMatch(/Machine clients may not call/);
  });

  it('are refused (403) when their client id is registered to no hospital', async () => {
    const h = apiHandler({ route: ELIGIBILITY, machineClients }, echo);
    const r = (await h(machine('zhalantun-api/eligibility/read', 'his-unknown'), context)) as {
      statusCode: number;
      body: string;
    };
    expect(r.statusCode).toBe(403);
    expect(JSON.parse(r.body).error.message).toMatch(/not registered/);
  });

  it('read the OIDC issuer’s claim names and scope prefix from the stage settings', async () => {
    vi.stubEnv('CLAIM_CLIENT_ID', 'azp');
    vi.stubEnv('SCOPE_PREFIX', '');
    const h = apiHandler({ route: ELIGIBILITY, machineClients }, echo);
    const r = (await h(
      event({ routeKey: ELIGIBILITY, claims: { sub: 'svc-1', azp: 'his-peoples', scope: 'openid eligibility/read' } }),
      context,
    )) as { statusCode: number; body: string };
    expect(r.statusCode).toBe(200);
    expect(JSON.parse(r.body)).toMatchObject({ role: 'hospital', hospitalId: 'zlt-peoples', clientId: 'his-peoples' });
  });

  it('a route the table opens to machines cannot be built without a registry', () => {
    expect(() => apiHandler({ route: ELIGIBILITY }, echo)).toThrow(/must pass machineClients/);
  });
});
