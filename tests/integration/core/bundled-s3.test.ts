import { randomUUID } from 'node:crypto';
import { describe, expect, inject, it } from 'vitest';
import { bundleProbe } from '../../support/bundled-probe.js';

/**
 * The S3 adapter as a function bundle carries it: built with the stack's esbuild options and plugins
 * (infra/lib/bundling.ts; the plugins in build-function.mjs that let esbuild drop S3's unused schemas and leave
 * out the event-stream codec), then run in a fresh `node` against the local S3 server. Every operation the functions use goes through the bundled client:
 * put, head, get, list, delete, a presigned GET link and a presigned POST form. Were a schema the client needs
 * dropped, or a trait key rewritten wrongly, a request here would be malformed or its answer misread.
 */
const PROBE = `
  import { s3 } from './shared/data/s3-client.ts';
  import { S3Storage } from './shared/data/s3-storage.ts';
  export async function run(prefix) {
    const storage = new S3Storage(s3(), process.env.BUCKET_NAME);
    const out = {};
    const key = prefix + 'a.json';
    const put = await storage.put(key, new TextEncoder().encode('{"户":1}'), { contentType: 'application/json', contentDisposition: 'attachment; filename="a.json"' });
    out.putEtag = put.etag;
    out.headEtag = await storage.etag(key);
    out.read = new TextDecoder().decode(await storage.read(key, 1024));
    out.tooLarge = await storage.read(key, 2);
    const link = await storage.presignGet(key, { contentType: 'text/plain' });
    const got = await fetch(link);
    out.link = { status: got.status, type: got.headers.get('content-type'), body: await got.text(), signed: new URL(link).searchParams.has('X-Amz-Signature') };
    const form = await storage.presignPost({ Bucket: storage.bucket, Key: prefix + 'b.txt', Conditions: [['content-length-range', 1, 10]], Expires: 60 });
    const body = new FormData();
    for (const [k, v] of Object.entries(form.fields)) body.append(k, v);
    body.append('file', new Blob(['乡镇']));
    out.post = (await fetch(form.url, { method: 'POST', body })).status;
    out.posted = new TextDecoder().decode(await storage.read(prefix + 'b.txt', 1024));
    const listed = [];
    for await (const k of storage.listOlderThan(prefix, new Date(Date.now() + 60_000))) listed.push(k);
    out.listed = listed.sort();
    await storage.remove(key);
    out.afterDelete = { etag: (await storage.etag(key)) ?? null, read: (await storage.read(key, 1024)) ?? null };
    return out;
  }`;

describe('the S3 adapter, bundled as a function carries it', () => {
  it('puts, heads, reads, lists, deletes, and signs a GET link and a POST form against the local S3', async () => {
    const probe = await bundleProbe('bundled-s3', PROBE);
    // The schemas the adapter never uses are gone from the bundle: the plugin was applied.
    expect(probe.code).toContain('GetObjectRequest');
    expect(probe.code).not.toContain('PutBucketAnalyticsConfigurationRequest');
    expect(probe.inputs.some((i) => i.includes('client-s3/dist-es/schemas/'))).toBe(true);
    // S3's client builds an event-stream marshaller when made; in a function bundle it is the one that is left out.
    expect(probe.inputs.some((i) => i.includes('submodules/event-streams/'))).toBe(false);

    const prefix = `probe/${randomUUID()}/`;
    const run = probe.run(prefix, {
      AWS_REGION: 'cn-north-1',
      AWS_ACCESS_KEY_ID: 'S3RVER',
      AWS_SECRET_ACCESS_KEY: 'S3RVER',
      AWS_ENDPOINT_URL_S3: inject('s3Endpoint'),
      BUCKET_NAME: inject('bucketName'),
    });
    probe.dispose();
    expect(run.status, run.stderr).toBe(0);
    const out = run.out as Record<string, unknown>;
    expect(out.putEtag).toMatch(/^"[0-9a-f]{32}"$/);
    expect(out.headEtag).toBe(out.putEtag);
    expect(out.read).toBe('{"户":1}');
    expect(out.tooLarge).toBe('too-large');
    expect(out.link).toEqual({ status: 200, type: 'text/plain', body: '{"户":1}', signed: true });
    expect([200, 201, 204]).toContain(out.post);
    expect(out.posted).toBe('乡镇');
    expect(out.listed).toEqual([`${prefix}a.json`, `${prefix}b.txt`]);
    expect(out.afterDelete).toEqual({ etag: null, read: null });
  });
});
