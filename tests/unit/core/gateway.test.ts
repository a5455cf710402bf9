import type { IncomingMessage } from 'node:http';
import { describe, expect, it } from 'vitest';
import { toEvent } from '../../../infra/local/gateway.js';
import { routeByKey } from '../../../shared/platform/routes/index.js';

const req = (headers: Record<string, string | string[]>, method = 'GET') =>
  ({ headers, method, httpVersion: '1.1', socket: { remoteAddress: '127.0.0.1' } }) as unknown as IncomingMessage;

describe('local gateway → API Gateway HTTP API payload v2', () => {
  const route = routeByKey('GET /v1/persons/{personId}/eligibility')!;
  const compiled = { route, method: 'GET', regex: /x/, names: ['personId'] };

  it('keeps rawQueryString without "?", comma-joins repeated query values, and passes claims and path parameters', () => {
    const url = new URL('http://127.0.0.1/v1/persons/11010519491231002X/eligibility?on=2019-05-01&tag=a&tag=b');
    const event = toEvent(
      req({ authorization: 'Bearer t', 'x-forwarded-for': ['1.1.1.1', '2.2.2.2'] }),
      url,
      Buffer.alloc(0),
      compiled,
      { personId: '11010519491231002X' },
      { sub: 's', role: 'hospital' },
    );
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'GET /v1/persons/{personId}/eligibility',
      rawPath: '/v1/persons/11010519491231002X/eligibility',
      rawQueryString: 'on=2019-05-01&tag=a&tag=b',
      queryStringParameters: { on: '2019-05-01', tag: 'a,b' },
      pathParameters: { personId: '11010519491231002X' },
      headers: { 'x-forwarded-for': '1.1.1.1,2.2.2.2' },
      requestContext: {
        authorizer: { jwt: { claims: { sub: 's', role: 'hospital' } } },
        http: { method: 'GET' },
        stage: '$default',
      },
      isBase64Encoded: false,
    });
    expect(event.body).toBeUndefined();
  });

  it('base64-encodes a binary body and passes JSON as text', () => {
    const url = new URL('http://127.0.0.1/v1/x');
    const bytes = Buffer.from([0xff, 0xd8, 0xff]);
    expect(toEvent(req({ 'content-type': 'image/jpeg' }, 'POST'), url, bytes, compiled, {}, undefined)).toMatchObject({
      body: bytes.toString('base64'),
      isBase64Encoded: true,
    });
    expect(
      toEvent(
        req({ 'content-type': 'application/json' }, 'POST'),
        url,
        Buffer.from('{"a":1}'),
        compiled,
        {},
        undefined,
      ),
    ).toMatchObject({ body: '{"a":1}', isBase64Encoded: false });
  });
});
