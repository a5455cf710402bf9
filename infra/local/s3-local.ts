import { mkdtempSync, rmdirSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
// s3rver ships no types; the surface used here is small.
// @ts-expect-error no declaration file
import S3rver from 's3rver';

export interface S3EventRecordLike {
  eventName: string;
  s3: { bucket: { name: string }; object: { key: string; size: number } };
}

export interface RunningS3 {
  endpoint: string;
  /** AWS-shaped S3 notification events (ObjectCreated:Put/Post/Copy, ObjectRemoved:Delete). */
  onEvent(listener: (event: { Records: S3EventRecordLike[] }) => void): void;
  stop(): Promise<void>;
}

/**
 * The console uploads photos straight to the bucket with a presigned POST and shows thumbnails through
 * signed GET links, from its own origin (the gateway's loopback port). Deployed, the bucket's CORS names the
 * console's domain only (infra/lib/console.ts); locally any loopback port.
 */
const LOCAL_CORS = `<CORSConfiguration>
  <CORSRule>
    <AllowedOrigin>http://127.0.0.1:*</AllowedOrigin>
    <AllowedOrigin>http://localhost:*</AllowedOrigin>
    <AllowedMethod>GET</AllowedMethod>
    <AllowedMethod>HEAD</AllowedMethod>
    <AllowedMethod>POST</AllowedMethod>
    <AllowedHeader>*</AllowedHeader>
    <ExposeHeader>ETag</ExposeHeader>
    <MaxAgeSeconds>3000</MaxAgeSeconds>
  </CORSRule>
</CORSConfiguration>`;

/** s3rver on loopback with the given buckets; files in `persistDir` or a temporary folder. */
export async function startS3Local(options: { buckets: string[]; persistDir?: string }): Promise<RunningS3> {
  const directory = options.persistDir ?? mkdtempSync(join(tmpdir(), 'zlt-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    directory,
    silent: true,
    configureBuckets: options.buckets.map((name) => ({ name, configs: [LOCAL_CORS] })),
  });
  pruneSafely(server.store);
  const address = (await server.run()) as { port: number };
  return {
    endpoint: `http://127.0.0.1:${address.port}`,
    onEvent: (listener) => server.on('event', listener),
    stop: async () => {
      await server.close();
      if (!options.persistDir) rmSync(directory, { recursive: true, force: true });
    },
  };
}

export interface FilesystemStore {
  getResourcePath(bucket: string, key: string, resource: string): string;
  getBucketPath(bucket: string): string;
  putObject(object: { bucket: string; key: string }): Promise<unknown>;
  copyObject(
    srcBucket: string,
    srcKey: string,
    destBucket: string,
    destKey: string,
    ...rest: unknown[]
  ): Promise<unknown>;
  deleteObject(bucket: string, key: string): Promise<void>;
}

/**
 * s3rver keeps each object as files in a folder per key prefix, and its delete also removes every parent
 * folder the delete leaves empty. That races a PUT or POST into the same folder: the upload has made the folder
 * and is opening its file when the delete removes the folder; the open fails with ENOENT on a write stream
 * s3rver gives no error listener, and the process — the whole local stack — exits. It happens whenever two
 * photos of one case are uploaded while the check of a third deletes its upload (`uploads/<case>/photos/`).
 *
 * Keeping every folder instead made listings slow: s3rver lists by walking the folders under the prefix with
 * synchronous reads, so the daily photo sweep (`uploads/`) walked one folder per case ever photographed and held
 * the local stack's event loop for a quarter of a second a day by summer. So the delete here removes an emptied
 * folder only while no write into it (or below it) is under way: writes are counted per folder from before
 * their `mkdir` to after their last file, and the check and the removal are one synchronous step, so no write
 * can start between them; a write that starts after makes the folder again. tests/unit/core/s3-local.test.ts
 * races puts and deletes in one folder and checks the emptied folders are gone.
 */
export function pruneSafely(store: FilesystemStore): void {
  const writing = new Map<string, number>();
  const foldersOf = (bucket: string, key: string): string[] => {
    const root = store.getBucketPath(bucket);
    const folders: string[] = [];
    for (
      let dir = dirname(store.getResourcePath(bucket, key, 'object'));
      dir.startsWith(`${root}/`);
      dir = dirname(dir)
    )
      folders.push(dir);
    return folders;
  };
  const whileWriting = async <T>(folders: string[], write: () => Promise<T>): Promise<T> => {
    for (const f of folders) writing.set(f, (writing.get(f) ?? 0) + 1);
    try {
      return await write();
    } finally {
      for (const f of folders) {
        const n = (writing.get(f) ?? 1) - 1;
        if (n === 0) writing.delete(f);
        else writing.set(f, n);
      }
    }
  };
  const put = store.putObject.bind(store);
  const copy = store.copyObject.bind(store);
  store.putObject = (object) => whileWriting(foldersOf(object.bucket, object.key), () => put(object));
  store.copyObject = (srcBucket, srcKey, destBucket, destKey, ...rest) =>
    whileWriting(foldersOf(destBucket, destKey), () => copy(srcBucket, srcKey, destBucket, destKey, ...rest));
  store.deleteObject = async (bucket, key) => {
    await Promise.all(
      ['object', 'object.md5', 'metadata.json'].map((resource) =>
        rm(store.getResourcePath(bucket, key, resource), { force: true }),
      ),
    );
    for (const folder of foldersOf(bucket, key)) {
      if (writing.has(folder)) return;
      try {
        rmdirSync(folder); // only an empty folder; synchronous, so no write starts between the check and this
      } catch {
        return; // not empty, or already gone
      }
    }
  };
}
