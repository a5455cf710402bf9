import { mkdtempSync, rmSync } from 'node:fs';
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
