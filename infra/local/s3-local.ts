import { mkdtempSync, rmSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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
  keepFolders(server.store);
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

interface FilesystemStore {
  getResourcePath(bucket: string, key: string, resource: string): string;
  deleteObject(bucket: string, key: string): Promise<void>;
}

/**
 * s3rver keeps each object as files in a folder per key prefix, and its delete also removes every parent
 * folder the delete leaves empty. That races a PUT or POST into the same folder: the upload has made the folder
 * and is opening its file when the delete removes the folder; the open fails with ENOENT on a write stream
 * s3rver gives no error listener, and the process — the whole local stack — exits. It happens whenever two
 * photos of one case are uploaded while the check of a third deletes its upload (`uploads/<case>/photos/`).
 * S3 has no folders, so deleting an object here removes its files and leaves the folders (empty ones list as
 * nothing). tests/unit/core/s3-local.test.ts races puts and deletes in one folder.
 */
function keepFolders(store: FilesystemStore): void {
  store.deleteObject = async (bucket, key) => {
    await Promise.all(
      ['object', 'object.md5', 'metadata.json'].map((resource) =>
        rm(store.getResourcePath(bucket, key, resource), { force: true }),
      ),
    );
  };
}
