import { describe, expect, it } from 'vitest';
import { contractProblems, operationFor } from '../../support/contract.js';

/** The checker every integration-test call goes through must itself refuse what the document does not say. */
describe('response check against docs/openapi.json', () => {
  const json = new Headers({ 'content-type': 'application/json; charset=utf-8' });
  const check = (method: string, path: string, status: number, body: unknown, headers = json) =>
    contractProblems(method, path, status, headers, body, JSON.stringify(body));

  it('finds the documented operation, preferring literal segments over parameters', () => {
    expect(operationFor('GET', '/v1/reports/progress?x=1')?.template).toBe('/v1/reports/progress');
    expect(operationFor('GET', '/v1/reports/progress/2019-06-30')?.template).toBe('/v1/reports/progress/{asOf}');
    expect(operationFor('DELETE', '/v1/claims')).toBeUndefined();
  });

  it('accepts a documented answer', () => {
    expect(check('GET', '/v1/health', 200, { status: 'ok' })).toEqual([]);
  });

  it('refuses an undocumented status', () => {
    expect(check('GET', '/v1/health', 418, { status: 'ok' })[0]).toMatch(/status not documented/);
  });

  it('refuses an undocumented field and a wrong type', () => {
    expect(check('GET', '/v1/health', 200, { status: 'ok', extra: 1 }).join()).toMatch(/additional properties/);
    expect(check('GET', '/v1/health', 200, { status: 'down' }).join()).toMatch(/constant|allowed/);
  });

  it('refuses an error code the operation does not list, and a 429 without Retry-After', () => {
    const error = (code: string) => ({ error: { code, message: 'm', details: [] } });
    expect(check('POST', '/v1/claims', 409, error('claim-conflict'))).toEqual([]);
    expect(check('POST', '/v1/claims', 409, error('quota-full')).join()).toMatch(/allowed values/);
    expect(check('POST', '/v1/claims', 429, error('too-many-requests')).join()).toMatch(/Retry-After missing/);
    const withRetry = new Headers({ 'content-type': 'application/json', 'retry-after': '1' });
    expect(check('POST', '/v1/claims', 429, error('too-many-requests'), withRetry)).toEqual([]);
  });
});
