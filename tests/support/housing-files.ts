import { expect } from 'vitest';
import { call, personRow, uniqueSuffix } from './api.js';
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

/**
 * The application of a registered householder's R1 D-grade self-build case of 55 m², applied on 2019-01-10 with
 * the three attestations dated 2019-01-01 (R1 二, 九.(三)); `overrides` changes any field.
 */
export function caseApplication(
  householder: Record<string, unknown>,
  overrides: Record<string, unknown> = {},
): Record<string, unknown> {
  return {
    programme: 'R1',
    householdId: householder.householdId,
    householderId: householder.personId,
    township: householder.township,
    village: '测试村',
    grade: 'D',
    mode: 'self-build',
    plannedArea: 55,
    attestations: {
      agriculturalRegistration: { by: '村委会', on: '2019-01-01' },
      livesInVillage: { by: '村委会', on: '2019-01-01' },
      housing: { by: '扶贫办', on: '2019-01-01' },
    },
    appliedOn: '2019-01-10',
    ...overrides,
  };
}

export interface OpenedCase {
  caseId: string;
  /** The householder's roster row (its `personId` is the identity number). */
  householder: Record<string, unknown> & { personId: string; householdId: string };
  /** The application as posted (a retry posts it again). */
  body: Record<string, unknown>;
}

/**
 * Registers a householder in `township` (the poverty office's roster write) and opens a case for them as that
 * township's clerk. `person` changes the roster row, `application` the case's application.
 */
export async function openCase(
  township: string,
  options: { prefix?: string; person?: Record<string, unknown>; application?: Record<string, unknown> } = {},
): Promise<OpenedCase> {
  const row = personRow({ householdId: `HH-${options.prefix ?? 'T'}-${uniqueSuffix()}`, township, ...options.person });
  const put = await call('PUT', '/v1/roster/persons', { as: { role: 'poverty-office' }, body: { persons: [row] } });
  expect(put.body.accepted, JSON.stringify(put.body)).toBe(1);
  const body = caseApplication(row, options.application);
  const r = await call('POST', '/v1/housing/cases', { as: { role: 'township', township }, body });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return { caseId: r.body.caseId as string, householder: row as OpenedCase['householder'], body };
}

/** Takes one step of a case and expects it recorded (201); answers the response. */
export async function takeStep(caseId: string, as: As, body: Record<string, unknown>) {
  const r = await call('POST', `/v1/housing/cases/${caseId}/events`, { as: as as never, body });
  expect(r.status, `${body.type}: ${JSON.stringify(r.body)}`).toBe(201);
  return r;
}

/** Uploads a photo of `kind` and waits until its check has accepted it; answers the photo id. */
export async function acceptedPhoto(caseId: string, kind: string, as: As): Promise<string> {
  const photoId = await uploadCaseFile(caseId, kind, as);
  expect((await caseFileVerdict(caseId, photoId, as)).status).toBe('accepted');
  return photoId;
}
