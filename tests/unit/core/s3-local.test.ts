import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import {
  DeleteObjectCommand,
  GetObjectCommand,
  ListObjectsV2Command,
  PutObjectCommand,
  S3Client,
} from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FilesystemStore, pruneSafely, type RunningS3, startS3Local } from '../../../infra/local/s3-local.js';

/**
 * The local S3 under puts and deletes racing in one folder, as a housing case's photos do: one upload's check
 * deletes it while the next uploads of the same case land beside it. s3rver's own delete removed the emptied
 * folder under a put that was opening its file, and the local stack died (ENOENT on an unlistened stream).
 */
describe('the local S3 (s3rver)', () => {
  let s3: RunningS3;
  let client: S3Client;
  const dir = mkdtempSync(join(tmpdir(), 'zlt-s3-test-'));
  beforeAll(async () => {
    s3 = await startS3Local({ buckets: ['race'], persistDir: dir });
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
    rmSync(dir, { recursive: true, force: true });
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
    // Each folder still holds its kept objects; a listing finds exactly them.
    const listed = await client.send(new ListObjectsV2Command({ Bucket: 'race', Prefix: 'uploads/' }));
    expect((listed.Contents ?? []).map((o) => o.Key).sort()).toEqual([...kept].sort());
    for (const key of kept) {
      const out = await client.send(new GetObjectCommand({ Bucket: 'race', Key: key }));
      expect((await out.Body!.transformToByteArray()).length).toBe(body.length);
    }
  }, 120_000);

  it('removes the folders a delete empties (a listing walks only folders that hold something), and writes there again', async () => {
    const body = Buffer.alloc(1_000, 1);
    const keys = Array.from({ length: 8 }, (_, i) => `uploads/emptied-${i % 2}/photos/p${i}`);
    await Promise.all(keys.map((Key) => client.send(new PutObjectCommand({ Bucket: 'race', Key, Body: body }))));
    await Promise.all(keys.map((Key) => client.send(new DeleteObjectCommand({ Bucket: 'race', Key }))));
    expect(existsSync(join(dir, 'race', 'uploads', 'emptied-0'))).toBe(false);
    expect(existsSync(join(dir, 'race', 'uploads', 'emptied-1'))).toBe(false);
    // The kept objects of the other test keep their folders.
    expect(readdirSync(join(dir, 'race', 'uploads')).length).toBeGreaterThan(0);
    await client.send(new PutObjectCommand({ Bucket: 'race', Key: keys[0], Body: body }));
    const out = await client.send(new GetObjectCommand({ Bucket: 'race', Key: keys[0] }));
    expect((await out.Body!.transformToByteArray()).length).toBe(body.length);
  });

  it("survives writers that keep emptying one folder (each put lands between others' deletes)", async () => {
    const body = Buffer.alloc(2_000, 3);
    await Promise.all(
      Array.from({ length: 8 }, async (_, w) => {
        for (let i = 0; i < 40; i += 1) {
          const Key = `uploads/churn/photos/w${w}-${i}`;
          await client.send(new PutObjectCommand({ Bucket: 'race', Key, Body: body }));
          const out = await client.send(new GetObjectCommand({ Bucket: 'race', Key }));
          expect((await out.Body!.transformToByteArray()).length).toBe(body.length);
          await client.send(new DeleteObjectCommand({ Bucket: 'race', Key }));
        }
      }),
    );
    expect(existsSync(join(dir, 'race', 'uploads', 'churn'))).toBe(false);
  }, 120_000);
});

describe('the local S3 store’s delete, against a write under way in the same folder', () => {
  it('leaves the folder while a write is between making it and writing its file', async () => {
    const root = mkdtempSync(join(tmpdir(), 'zlt-prune-'));
    let open!: () => void;
    const gate = new Promise<void>((ok) => {
      open = ok;
    });
    let madeFolder!: () => void;
    const folderMade = new Promise<void>((ok) => {
      madeFolder = ok;
    });
    const store: FilesystemStore = {
      getBucketPath: (bucket) => join(root, bucket),
      getResourcePath: (bucket, key, resource) => join(root, bucket, `${key}._S3rver_${resource}`),
      // As s3rver's: make the folder, then (here, once the test opens the gate) write the file into it.
      putObject: async ({ bucket, key }) => {
        const file = store.getResourcePath(bucket, key, 'object');
        mkdirSync(dirname(file), { recursive: true });
        madeFolder();
        await gate;
        writeFileSync(file, 'x');
      },
      copyObject: async () => undefined,
      deleteObject: async () => undefined,
    };
    pruneSafely(store);
    try {
      const writing = store.putObject({ bucket: 'b', key: 'uploads/c1/photos/new' });
      await folderMade;
      // The last other object of the folder is deleted while the write waits: the folder must stay.
      await store.deleteObject('b', 'uploads/c1/photos/old');
      expect(existsSync(join(root, 'b', 'uploads', 'c1', 'photos'))).toBe(true);
      open();
      await writing;
      expect(existsSync(join(root, 'b', 'uploads', 'c1', 'photos', 'new._S3rver_object'))).toBe(true);
      // With no write under way, deleting the folder's only object removes the folder and its emptied parents.
      await store.deleteObject('b', 'uploads/c1/photos/new');
      expect(existsSync(join(root, 'b', 'uploads'))).toBe(false);
      expect(existsSync(join(root, 'b'))).toBe(true);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
