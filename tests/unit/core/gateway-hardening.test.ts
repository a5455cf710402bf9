import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { startGateway, type Gateway } from '../../../infra/local/gateway.js';
import { createLocalAuth, LOCAL_AUDIENCE, LOCAL_ISSUER, type LocalAuth } from '../../../infra/local/local-auth.js';
import { ROUTES } from '../../../shared/platform/routes/index.js';
import { tally } from '../../support/attack-tally.js';

/** The local gateway must refuse what API Gateway refuses (finding 10); the refusals come before any handler. */
let gateway: Gateway;
let auth: LocalAuth;

beforeAll(async () => {
  auth = await createLocalAuth();
  gateway = await startGateway({ routes: ROUTES, auth, port: 0 });
});
afterAll(() => gateway.close());

const now = () => Math.floor(Date.now() / 1000);
const base = { iss: LOCAL_ISSUER, aud: LOCAL_AUDIENCE, sub: 'attacker', role: 'audit' };

async function get(path: string, headers: Record<string, string> = {}) {
  const r = await fetch(`${gateway.url}${path}`, { headers });
  const text = await r.text();
  return { status: r.status, body: text ? JSON.parse(text) : undefined };
}

describe('local gateway matches API Gateway', () => {
  it('refuses tokens without exp, without iat, or issued in the future (401)', async () => {
    const tokens = [
      await auth.signForTest({ ...base, iat: now() }), // no exp
      await auth.signForTest({ ...base, exp: now() + 600 }), // no iat
      await auth.signForTest({ ...base, iat: now() + 3600, exp: now() + 7200 }), // iat in the future
      await auth.signForTest({ ...base, iat: now() - 7200, exp: now() - 3600 }), // expired
    ];
    for (const token of tokens) {
      const r = await get('/v1/reference/townships', { authorization: `Bearer ${token}` });
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('unauthorized');
    }
    tally('tokens: missing exp/iat, future iat, expired', tokens.length);
  });

  it('a token whose holder changed their own township or hospital is refused (finding 1, token side)', async () => {
    // The holder of a valid clerk's token edits the scope claim in the payload (keeping the issuer's signature),
    // or signs a token of their own with another key: neither gets through. Scope changes only where the
    // issuer's administrators change it (the template tests assert no app client may write it).
    const valid = await auth.issue({ role: 'township', township: 'zhonghe', sub: 'clerk-1' });
    const [header, payload, signature] = valid.split('.') as [string, string, string];
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as Record<string, unknown>;
    const edit = (change: Record<string, unknown>) =>
      `${header}.${Buffer.from(JSON.stringify({ ...claims, ...change })).toString('base64url')}.${signature}`;
    const other = await createLocalAuth();
    const forged = [
      edit({ township: 'chaihe' }),
      edit({ role: 'hospital', hospitalId: 'zlt-peoples' }),
      edit({ role: 'poverty-office' }),
      await other.issue({ role: 'township', township: 'chaihe', sub: 'clerk-1' }),
    ];
    expect((await get('/v1/reference/townships', { authorization: `Bearer ${valid}` })).status).toBe(200);
    for (const token of forged) {
      const r = await get('/v1/reference/townships', { authorization: `Bearer ${token}` });
      expect(r.status).toBe(401);
      expect(r.body.error.code).toBe('unauthorized');
    }
    tally('scope: a holder changes their own township, hospital or role', forged.length);
  });

  it('a malformed percent-escape in a path is a 400 in the error shape, not a 500', async () => {
    const paths = ['/v1/persons/%E0%A4%A/eligibility', '/v1/persons/%/eligibility', '/v1/housing/cases/%ZZ'];
    for (const path of paths) {
      const r = await get(path);
      expect(r.status, path).toBe(400);
      expect(r.body.error.code).toBe('invalid-path');
    }
    tally('paths: malformed percent-escapes', paths.length);
  });

  it('a 100 KB header is a 431 with a JSON error body', async () => {
    const response = await new Promise<{ status: number; body: string }>((ok, fail) => {
      const req = request(`${gateway.url}/v1/health`, { headers: { 'x-big': 'a'.repeat(100 * 1024) } }, (res) => {
        let body = '';
        res.on('data', (c: Buffer) => (body += c.toString('utf8')));
        res.on('end', () => ok({ status: res.statusCode ?? 0, body }));
      });
      req.on('error', fail);
      req.end();
    });
    expect(response.status).toBe(431);
    expect(JSON.parse(response.body).error.code).toBe('request-header-fields-too-large');
    tally('headers: oversized', 1);
  });
});

describe('a token verified once (kept, so as not to verify each request again)', () => {
  it('is refused once it expires, and the same token altered is refused while the original is kept', async () => {
    const token = await auth.signForTest({ ...base, iat: now(), exp: now() + 60 });
    expect(await auth.verify(token)).toMatchObject({ sub: 'attacker', role: 'audit' });
    // The answer is a copy: a handler changing it does not change what the next request gets.
    const first = await auth.verify(token);
    first.role = 'finance';
    expect(await auth.verify(token)).toMatchObject({ role: 'audit' });
    const [header, , signature] = token.split('.') as [string, string, string];
    const other = Buffer.from(JSON.stringify({ ...base, role: 'finance', iat: now(), exp: now() + 60 })).toString(
      'base64url',
    );
    await expect(auth.verify(`${header}.${other}.${signature}`)).rejects.toThrow();
    vi.useFakeTimers({ now: Date.now() + 61_000, toFake: ['Date'] });
    try {
      await expect(auth.verify(token)).rejects.toThrow();
    } finally {
      vi.useRealTimers();
    }
  });
});
