import { HeadObjectCommand, ListObjectsV2Command } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { bucketName, call, s3 } from '../../support/api.js';
import { openCase as openHousingCase } from '../../support/housing-files.js';
import { tally } from '../../support/attack-tally.js';
import { tinyJpeg } from '../../support/images.js';

const township = { role: 'township', township: 'zhonghe' } as const;

const openCase = async () => (await openHousingCase('zhonghe', { prefix: 'SP' })).caseId;

interface Form {
  photoId: string;
  url: string;
  fields: Record<string, string>;
  expiresAt: string;
}

async function requestForm(caseId: string, size: number): Promise<Form> {
  const r = await call('POST', `/v1/housing/cases/${caseId}/photos`, {
    as: township,
    body: { kind: 'before', contentType: 'image/jpeg', size },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { photoId: r.body.photoId, url: r.body.upload.url, fields: r.body.upload.fields, expiresAt: r.body.expiresAt };
}

/** Posts bytes with the form, as a phone would; s3rver checks no POST policy, so anything goes in. */
async function post(form: Form, bytes: Buffer, type = 'image/jpeg') {
  const data = new FormData();
  for (const [k, v] of Object.entries(form.fields)) data.append(k, v);
  data.append('file', new Blob([bytes], { type }), 'photo.jpg');
  const r = await fetch(form.url, { method: 'POST', body: data });
  expect(r.status).toBeLessThan(300);
}

async function verdict(caseId: string, photoId: string) {
  for (let i = 0; i < 200; i += 1) {
    const r = await call('GET', `/v1/housing/cases/${caseId}/photos/${photoId}`, { as: township });
    if (r.body.status !== 'pending') return r.body;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error('the photo was never checked');
}

const exists = (key: string) =>
  s3()
    .send(new HeadObjectCommand({ Bucket: bucketName(), Key: key }))
    .then(
      () => true,
      () => false,
    );

async function until(what: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 200; i += 1) {
    if (await what()) return;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error('condition never met');
}

const HTML = Buffer.from('<html><body><script>alert(document.cookie)</script></body></html>', 'utf8');

describe('accepted photos never change (finding 2)', () => {
  it('re-posting the form after acceptance (HTML, another image) changes nothing the link serves', async () => {
    const caseId = await openCase();
    const original = tinyJpeg(640, 480);
    const form = await requestForm(caseId, 64 * 1024);
    await post(form, original);
    const accepted = await verdict(caseId, form.photoId);
    expect(accepted.status).toBe('accepted');
    const uploadKey = `housing/${caseId}/photos/${form.photoId}`;
    // The upload is gone once the accepted bytes are copied to the evidence key.
    await until(async () => !(await exists(uploadKey)));

    // The attack: the same form, still within its lifetime, posted again with HTML and with another image.
    const replacements = [HTML, tinyJpeg(10, 10), Buffer.concat([tinyJpeg(8, 8), HTML])];
    for (const bytes of replacements) {
      await post(form, bytes, 'image/jpeg');
      // The later upload is deleted by the photo check, and the link still serves the accepted bytes.
      await until(async () => !(await exists(uploadKey)));
      const again = await call('GET', `/v1/housing/cases/${caseId}/photos/${form.photoId}`, { as: township });
      expect(again.body.status).toBe('accepted');
      const served = await fetch(again.body.url);
      expect(served.status).toBe(200);
      expect(Buffer.from(await served.arrayBuffer()).equals(original)).toBe(true);
      expect(served.headers.get('content-type')).toBe('image/jpeg');
      expect(served.headers.get('content-disposition')).toBe(`attachment; filename="${form.photoId}.jpg"`);
    }
    tally('upload abuse: re-post a used form', replacements.length);
  });

  it('a polyglot (valid JPEG followed by HTML) is served only as an image download', async () => {
    const caseId = await openCase();
    const polyglot = Buffer.concat([tinyJpeg(320, 240), HTML]);
    const form = await requestForm(caseId, polyglot.length);
    await post(form, polyglot);
    const v = await verdict(caseId, form.photoId);
    expect(v.status).toBe('accepted');
    const served = await fetch(v.url);
    expect(served.headers.get('content-type')).toBe('image/jpeg');
    expect(served.headers.get('content-disposition')).toMatch(/^attachment;/);
    // The object itself is stored with the same type and disposition, whatever the upload declared.
    const listed = await s3().send(
      new ListObjectsV2Command({ Bucket: bucketName(), Prefix: `evidence/housing/${caseId}/${form.photoId}/` }),
    );
    const head = await s3().send(new HeadObjectCommand({ Bucket: bucketName(), Key: listed.Contents![0]!.Key! }));
    expect(head.ContentType).toBe('image/jpeg');
    expect(head.ContentDisposition).toMatch(/^attachment;/);
    tally('upload abuse: polyglot served as a page', 2);
  });

  it('bytes written under the evidence key by anything but the check are never linked', async () => {
    const caseId = await openCase();
    const form = await requestForm(caseId, 64 * 1024);
    await post(form, tinyJpeg(64, 48));
    expect((await verdict(caseId, form.photoId)).status).toBe('accepted');
    const listed = await s3().send(
      new ListObjectsV2Command({ Bucket: bucketName(), Prefix: `evidence/housing/${caseId}/${form.photoId}/` }),
    );
    expect(listed.Contents).toHaveLength(1);
    const evidenceKey = listed.Contents![0]!.Key!;
    // s3rver enforces no POST policy: post a forged form straight at the evidence key.
    const forged: Form = { ...form, fields: { ...form.fields, key: evidenceKey } };
    await post(forged, HTML);
    const r = await call('GET', `/v1/housing/cases/${caseId}/photos/${form.photoId}`, { as: township });
    tally('upload abuse: forged form at the evidence key', 1);
    expect(r.status).toBe(500);
    expect(r.body.error.code).toBe('internal-error');
    expect(JSON.stringify(r.body)).not.toContain('http');
  });

  it('the form lives only as long as its upload needs: 60 s plus the size at 64 KiB/s', async () => {
    const caseId = await openCase();
    const small = 2 * 1024 * 1024;
    const before = Date.now();
    const form = await requestForm(caseId, small);
    // 60 + 2 MiB / 64 KiB/s = 60 + 32 = 92 s.
    const lifetime = (Date.parse(form.expiresAt) - before) / 1000;
    expect(lifetime).toBeGreaterThan(90);
    expect(lifetime).toBeLessThan(95);
  });
});
