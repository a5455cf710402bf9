import { describe, expect, it } from 'vitest';
import type { PhotoRecord } from '../../../shared/housing/types.js';
import {
  checkUploadedPhoto,
  STRANDED_AFTER_MS,
  sweepStrandedUploads,
  type PhotoDeps,
} from '../../../shared/housing/use-cases.js';
import { makeHandler } from '../../../functions/photo-uploaded.js';
import { tinyJpeg } from '../../support/images.js';
import { callers, newCase } from './fixtures.js';

/**
 * A fault that cannot be caused on DynamoDB Local at will: the verdict write fails once. The function must
 * throw (so Lambda retries it) and leave the upload where the retry can read it; the retry decides.
 */
function fakeDeps(failDecides: number) {
  const c = newCase();
  const key = `housing/${c.caseId}/photos/P-1`;
  const objects = new Map<string, Uint8Array>([[key, tinyJpeg(64, 48)]]);
  let photo: PhotoRecord = {
    caseId: c.caseId,
    photoId: 'P-1',
    kind: 'before',
    contentType: 'image/jpeg',
    size: 4096,
    status: 'pending',
    requestedAt: '2019-05-01T00:00:00.000Z',
    requestedBy: { sub: callers.township.sub, role: 'township' },
    key,
  };
  let failures = failDecides;
  const deps = {
    now: () => new Date('2019-05-01T01:00:00Z'),
    person: async () => undefined,
    cases: {
      getPhoto: async () => photo,
      getCase: async () => c,
      decidePhoto: async (p: PhotoRecord) => {
        if (failures-- > 0)
          throw Object.assign(new Error('throttled'), { name: 'ProvisionedThroughputExceededException' });
        if (photo.status !== 'pending') return false;
        photo = p;
        return true;
      },
    },
    storage: {
      bucket: 'b',
      presignPost: async () => ({ url: '', fields: {} }),
      presignGet: async () => '',
      read: async (k: string) => objects.get(k),
      put: async (k: string, bytes: Uint8Array) => {
        objects.set(k, bytes);
        return { etag: '"e"' };
      },
      etag: async () => '"e"',
      remove: async (k: string) => {
        objects.delete(k);
      },
      // Every object here was written at the upload time of the fixture, 01:00 UTC.
      listOlderThan: async function* (prefix: string, before: Date) {
        if (new Date('2019-05-01T01:00:00Z') >= before) return;
        for (const k of objects.keys()) if (k.startsWith(prefix)) yield k;
      },
    },
  } as unknown as PhotoDeps;
  return { deps, key, objects, photo: () => photo };
}

describe('the photo check under a failed verdict write', () => {
  it('throws, keeps the upload, and the retry accepts it: never stranded pending', async () => {
    const { deps, key, objects, photo } = fakeDeps(1);
    await expect(checkUploadedPhoto(deps, key, new Date('2019-05-01T01:00:00Z'))).rejects.toThrow('throttled');
    expect(photo().status).toBe('pending');
    expect(objects.has(key)).toBe(true);
    expect(await checkUploadedPhoto(deps, key, new Date('2019-05-01T01:00:00Z'))).toBe('accepted');
    expect(photo().status).toBe('accepted');
    expect(objects.has(key)).toBe(false);
    expect(objects.has(photo().stored!.key)).toBe(true);
  });

  it('a later upload to a decided photo is deleted, and the stored evidence is untouched', async () => {
    const { deps, key, objects, photo } = fakeDeps(0);
    await checkUploadedPhoto(deps, key, new Date());
    const evidence = objects.get(photo().stored!.key);
    objects.set(key, new TextEncoder().encode('<html>'));
    expect(await checkUploadedPhoto(deps, key, new Date())).toBe('removed');
    expect(objects.has(key)).toBe(false);
    expect(objects.get(photo().stored!.key)).toBe(evidence);
  });
});

describe('the daily sweep of stranded uploads', () => {
  it('decides a photo whose verdict write failed on every retry, once the table takes writes again', async () => {
    // Lambda's first try and its two retries all fail to write the verdict: the event ends in the
    // dead-letter queue, the photo is still pending and the upload is still there.
    const { deps, key, objects, photo } = fakeDeps(3);
    for (let attempt = 0; attempt < 3; attempt += 1)
      await expect(checkUploadedPhoto(deps, key, new Date('2019-05-01T01:00:00Z'))).rejects.toThrow('throttled');
    expect(photo().status).toBe('pending');
    // Before the upload is 30 minutes old the sweep leaves it alone (its check may still be running).
    const early = new Date(new Date('2019-05-01T01:00:00Z').getTime() + STRANDED_AFTER_MS - 1000);
    expect(await sweepStrandedUploads(deps, early)).toEqual({
      accepted: 0,
      rejected: 0,
      ignored: 0,
      removed: 0,
      failed: 0,
    });
    expect(photo().status).toBe('pending');
    // The 03:30 sweep decides it.
    const counts = await sweepStrandedUploads(deps, new Date('2019-05-01T19:30:00Z'));
    expect(counts).toMatchObject({ accepted: 1, failed: 0 });
    expect(photo().status).toBe('accepted');
    expect(objects.has(key)).toBe(false);
    expect(objects.has(photo().stored!.key)).toBe(true);
  });

  it('throws when a stranded upload still cannot be decided, and keeps it for the next sweep', async () => {
    const { deps, key, objects, photo } = fakeDeps(4);
    for (let attempt = 0; attempt < 3; attempt += 1)
      await expect(checkUploadedPhoto(deps, key, new Date('2019-05-01T01:00:00Z'))).rejects.toThrow('throttled');
    await expect(sweepStrandedUploads(deps, new Date('2019-05-01T19:30:00Z'))).rejects.toThrow(
      '1 stranded photo uploads could not be checked',
    );
    expect(photo().status).toBe('pending');
    expect(objects.has(key)).toBe(true);
    expect(await sweepStrandedUploads(deps, new Date('2019-05-02T19:30:00Z'))).toMatchObject({ accepted: 1 });
  });
});

describe('the photo-uploaded function', () => {
  it('runs the sweep when the photo-sweep schedule invokes it', async () => {
    const { deps, key, photo } = fakeDeps(3);
    for (let attempt = 0; attempt < 3; attempt += 1)
      await expect(checkUploadedPhoto(deps, key, new Date())).rejects.toThrow();
    const handler = makeHandler(() => deps);
    const out = await handler({
      source: 'zhalantun.scheduler',
      schedule: 'photo-sweep',
      scheduledTime: '2019-05-01T19:30:00Z',
    });
    expect(out.results).toContain('accepted:1');
    expect(photo().status).toBe('accepted');
  });
});
