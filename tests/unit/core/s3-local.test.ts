import { DeleteObjectCommand, GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningS3, startS3Local } from '../../../infra/local/s3-local.js';

/**
 * The local S3 under puts and deletes racing in one folder, as a housing case's photos do: one upload's check
 * deletes it while the next uploads of the same case land beside it. s3rver's own delete removed the emptied
 * folder under a put that was opening its file, and the local stack died (ENOENT on an unlistened stream).
 */
describe('the local S3 (s3rver)', () => {
  let s3: RunningS3;
  let client: S3Client;
  beforeAll(async () => {
    s3 = await startS3Local({ buckets: ['race'] });
    client = new S3Client({
      endpoint: s3.endpoint,
      region: 'us-east-1',
      forcePathStyle: true,
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    });
  });
  afterAll(async () => {
    client.destroy();
    await s3.stop();
  });

  it('survives puts and deletes racing in one folder, and loses no object it kept', async () => {
    const body = Buffer.alloc(4_000, 7);
    const kept: string[] = [];
    // Two writers per folder: each puts and deletes its own keys; every tenth key is kept.
    await Promise.all(
      Array.from({ length: 12 }, async (_, w) => {
        for (let i = 0; i < 60; i += 1) {
          const key = `uploads/case-${w >> 1}/photos/w${w}-${i}`;
          await client.send(new PutObjectCommand({ Bucket: 'race', Key: key, Body: body }));
          if (i % 10 === 9) kept.push(key);
          else await client.send(new DeleteObjectCommand({ Bucket: 'race', Key: key }));
        }
      }),
    );
    expect(kept).toHaveLength(12 * 6);
    for (const key of kept) {
      const out = await client.send(new GetObjectCommand({ Bucket: 'race', Key: key }));
      expect((await out.Body!.transformToByteArray()).length).toBe(body.length);
    }
  }, 120_000);
});
