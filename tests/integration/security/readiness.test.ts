import { describe, expect, it } from 'vitest';
import { call } from '../../support/api.js';

describe('readiness (finding 9)', () => {
  it('GET /v1/health stays liveness; GET /v1/health/ready touches the table and the bucket', async () => {
    expect((await call('GET', '/v1/health')).body).toEqual({ status: 'ok' });
    const ready = await call('GET', '/v1/health/ready');
    expect(ready.status).toBe(200);
    expect(ready.body).toEqual({ status: 'ready', checks: { table: 'ok', bucket: 'ok' } });
  });
});
