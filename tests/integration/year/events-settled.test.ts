import { describe, expect, it } from 'vitest';
import { apiUrl, call } from '../../support/api.js';
import { openCase, uploadCaseFile } from '../../support/housing-files.js';

/**
 * The local stack's `POST /dev/events/settled` (infra/local/sim-clock.ts, local only): `npm run year` reads each
 * photo's verdict once, after the stack says the S3 event invocations judging that case's uploads are done,
 * instead of polling every 25 ms while the check runs.
 */
const settled = (body: unknown) =>
  fetch(`${apiUrl()}/dev/events/settled`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('POST /dev/events/settled', () => {
  it('answers once every upload of the case under the prefix has its verdict', async () => {
    const township = { role: 'township', township: 'zhonghe' };
    const { caseId } = await openCase('zhonghe', { prefix: 'SETTLED' });
    // Three files at once, as the year's clerk sends them; the upload answers after s3rver has emitted the event.
    const ids = await Promise.all(
      ['application', 'before', 'after'].map((kind) => uploadCaseFile(caseId, kind, township)),
    );
    const r = await settled({ prefix: `housing/${caseId}/photos/` });
    expect(r.status).toBe(200);
    const body = (await r.json()) as { prefix: string; waitedOn: number };
    expect(body.prefix).toBe(`housing/${caseId}/photos/`);
    expect(body.waitedOn).toBeLessThanOrEqual(ids.length);
    // Read once each, no polling: every check is done.
    for (const photoId of ids) {
      const photo = await call('GET', `/v1/housing/cases/${caseId}/photos/${photoId}`, { as: township as never });
      expect(photo.status).toBe(200);
      expect(photo.body.status).toBe('accepted');
    }
    // Nothing of the case is under way any more: a second call waits on nothing.
    expect(
      ((await (await settled({ prefix: `housing/${caseId}/photos/` })).json()) as { waitedOn: number }).waitedOn,
    ).toBe(0);
  });

  it('refuses a request without a key prefix (400 naming the field)', async () => {
    for (const body of [{}, { prefix: '' }, { prefix: 7 }]) {
      const r = await settled(body);
      expect(r.status).toBe(400);
      expect(((await r.json()) as { error: { details: { path: string }[] } }).error.details[0]?.path).toBe(
        'body.prefix',
      );
    }
  });
});
