import { expect } from 'vitest';
import { call } from './api.js';
import { tinyJpeg } from './images.js';

type As = { role: string; township?: string };

/**
 * Uploads one file of a housing case (a photo or a scanned document) through the presigned POST exactly as a
 * phone would (form fields, then the file); answers the photo id.
 */
export async function uploadCaseFile(
  caseId: string,
  kind: string,
  as: As,
  bytes: Buffer = tinyJpeg(640, 480),
  contentType = 'image/jpeg',
): Promise<string> {
  const r = await call('POST', `/v1/housing/cases/${caseId}/photos`, {
    as: as as never,
    body: { kind, contentType, size: bytes.length },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const form = new FormData();
  for (const [k, v] of Object.entries(r.body.upload.fields as Record<string, string>)) form.append(k, v);
  form.append('file', new Blob([bytes], { type: contentType }), 'file');
  const posted = await fetch(r.body.upload.url, { method: 'POST', body: form });
  expect(posted.status).toBeLessThan(300);
  return r.body.photoId as string;
}

/** Waits until the storage event has checked the upload; answers the photo's status body. */
export async function caseFileVerdict(caseId: string, photoId: string, as: As) {
  for (let i = 0; i < 200; i += 1) {
    const r = await call('GET', `/v1/housing/cases/${caseId}/photos/${photoId}`, { as: as as never });
    if (r.body.status !== 'pending') return r.body;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`upload ${photoId} of ${caseId} was never checked`);
}

/**
 * Completes the one-household file: reads what the case detail says is missing and uploads each as a JPEG
 * scan, waiting for every check to accept it. `except` leaves some out (to test a refusal).
 */
export async function completeCaseFile(caseId: string, as: As, except: readonly string[] = []): Promise<string[]> {
  const file = await call('GET', `/v1/housing/cases/${caseId}`, { as: as as never });
  expect(file.status, JSON.stringify(file.body)).toBe(200);
  const missing = (file.body.documents.missing as string[]).filter((k) => !except.includes(k));
  const ids = await Promise.all(missing.map((kind) => uploadCaseFile(caseId, kind, as)));
  for (const id of ids) expect((await caseFileVerdict(caseId, id, as)).status).toBe('accepted');
  return missing;
}
