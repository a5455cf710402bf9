import { createHash, randomUUID } from 'node:crypto';
import type { Caller } from '../auth/roles.js';
import { shanghaiDate } from '../dates.js';
import { ConflictError, ForbiddenError, NotFoundError } from '../errors.js';
import type { Person } from '../roster/types.js';
import { CaseExistsError, CaseMovedError, type CaseFile, type CaseStore, type PhotoStorage } from './ports.js';
import { openCase } from './eligibility.js';
import {
  evidenceObjectKey,
  inspectImage,
  PHOTO_EXTENSIONS,
  parsePhotoObjectKey,
  photoObjectKey,
  photoUploadPolicy,
  uploadExpiresAt,
} from './photo-inspection.js';
import {
  acceptedPhotoKinds,
  actorOf,
  summarizePhotos,
  type CaseEvent,
  type CaseRequest,
  type EventInput,
  type HousingCase,
  type PhotoKind,
  type PhotoRecord,
} from './types.js';
import { mayAccess } from './access.js';
import { applyEvent, isClosed } from './apply.js';
import { canonicalJson } from '../data/canonical.js';
import { BUCKET_PREFIXES } from '../data/bucket-prefixes.js';

/** What the housing use cases need from outside: the case store, the roster and the clock (ports.ts). */
export interface HousingDeps {
  cases: CaseStore;
  person(personId: string): Promise<Person | undefined>;
  now(): Date;
}

/** The photo use cases also reach the bucket (through short-lived presigned requests only). */
export interface PhotoDeps extends HousingDeps {
  storage: PhotoStorage;
}

/** One household, one file [R1 九.(五)]: the first case id follows from the household, later ones are numbered. */
export const caseIdFor = (householdId: string, n = 1): string =>
  n === 1 ? `HC-${householdId}` : `HC-${householdId}-${n}`;

function readable(caller: Caller, c: HousingCase): void {
  if (!mayAccess(caller, c, 'read')) throw new ForbiddenError(`The caller may not see case ${c.caseId}.`);
}

/** The case with its photo summary derived from the photo records (the file is the truth). */
export function withPhotos(file: CaseFile): HousingCase {
  return { ...file.case, photos: summarizePhotos(file.photos) };
}

/**
 * Opens a case. Retrying the same application answers the stored case (200). A household whose latest
 * case is still open gets 409 `case-exists`; once it is closed (not dangerous, refused, paid, subsidy
 * cancelled) a new application opens the next case `HC-<household>-<n>`, linked to the previous one
 * (R2 三: new suspected D-grade houses after natural disasters go through the steps again).
 */
export async function createCase(
  deps: HousingDeps,
  caller: Caller,
  request: CaseRequest,
): Promise<{ created: boolean; file: CaseFile }> {
  if (caller.role === 'township' && caller.township !== request.township) {
    throw new ForbiddenError(
      `Township staff of ${caller.township} may not open a case in township ${request.township}.`,
    );
  }
  const householder = await deps.person(request.householderId);
  if (!householder) throw new NotFoundError('The householder is not on the roster.', 'person-not-found');
  for (let attempt = 0; attempt < 3; attempt += 1) {
    // The latest case: the household pointer, or (files opened before pointers) the first case id.
    const pointer = await deps.cases.latestOf(request.householdId);
    const latestId = pointer?.caseId ?? caseIdFor(request.householdId);
    const latest = await deps.cases.load(latestId);
    const previous = latest ? (pointer ?? { caseId: latestId, count: 1 }) : undefined;
    const caseId = previous ? caseIdFor(request.householdId, previous.count + 1) : caseIdFor(request.householdId);
    const { case: opened, event } = openCase(request, { caseId, householder, caller });
    if (latest) {
      const first = latest.events[0];
      const same = (data: unknown) =>
        canonicalJson({ ...(data as object), caseId: null }) ===
        canonicalJson({ ...(event.data as object), caseId: null });
      if (first && same(first.data) && first.actor.sub === caller.sub) return { created: false, file: latest };
      if (!isClosed(latest.case))
        throw new ConflictError(
          'case-exists',
          `Household ${request.householdId} already has an open renovation file (${latest.case.caseId}, ${latest.case.status}); a new case is opened only after it is closed.`,
        );
      opened.previousCaseId = latest.case.caseId;
    }
    try {
      await deps.cases.create(opened, event, previous);
      return { created: true, file: { case: opened, events: [event], photos: [] } };
    } catch (error) {
      if (!(error instanceof CaseExistsError)) throw error;
      // Someone opened a case for the household at the same moment: read again.
    }
  }
  throw new ConflictError('case-exists', `Household ${request.householdId} already has a renovation file.`);
}

export async function getCaseFile(deps: HousingDeps, caller: Caller, caseId: string): Promise<CaseFile> {
  const file = await deps.cases.load(caseId);
  if (!file) throw new NotFoundError(`No housing case ${caseId}.`, 'case-not-found');
  readable(caller, file.case);
  return file;
}

/**
 * Moves a case one step. The same event posted again right after it was recorded (a retry) answers the
 * case as it is; a concurrent, different event that lost the race is 409 `concurrent-update`.
 */
export async function addEvent(
  deps: HousingDeps,
  caller: Caller,
  caseId: string,
  input: EventInput,
): Promise<{ case: HousingCase; event: CaseEvent; replay: boolean }> {
  const file = await deps.cases.load(caseId, { forWrite: true });
  if (!file) throw new NotFoundError(`No housing case ${caseId}.`, 'case-not-found');
  const last = file.events.at(-1);
  if (last && last.type === input.type && last.on === input.on && last.actor.sub === caller.sub) {
    const { type: _t, on: _o, ...fields } = input as Record<string, unknown>;
    const recorded = Object.fromEntries(Object.keys(fields).map((k) => [k, last.data[k]]));
    if (canonicalJson(recorded) === canonicalJson(fields)) return { case: withPhotos(file), event: last, replay: true };
  }
  const current = withPhotos(file);
  const { case: next, event } = applyEvent(current, input, caller, {
    acceptedPhotoKinds: acceptedPhotoKinds(current.photos),
    today: shanghaiDate(deps.now()),
  });
  try {
    await deps.cases.append(next, event, file.case.version, file);
  } catch (error) {
    if (error instanceof CaseMovedError) {
      throw new ConflictError(
        'concurrent-update',
        `Case ${caseId} changed while this step was being recorded; read it again and retry.`,
      );
    }
    throw error;
  }
  return { case: next, event, replay: false };
}

/** A presigned POST bound to one key under the case's folder, the declared type and size (≤ 10 MiB). */
export async function requestPhoto(
  deps: PhotoDeps,
  caller: Caller,
  caseId: string,
  body: { kind: PhotoKind; contentType: PhotoRecord['contentType']; size: number },
): Promise<{ photoId: string; upload: { url: string; fields: Record<string, string> }; expiresAt: string }> {
  const c = await deps.cases.getCase(caseId);
  if (!c) throw new NotFoundError(`No housing case ${caseId}.`, 'case-not-found');
  if (!mayAccess(caller, c, 'write') || !['township', 'housing-office'].includes(caller.role)) {
    throw new ForbiddenError('Only the township of the case and the housing office add photos.');
  }
  const photoId = randomUUID();
  const key = photoObjectKey(caseId, photoId);
  const policy = photoUploadPolicy({
    bucket: deps.storage.bucket,
    key,
    contentType: body.contentType,
    maxBytes: body.size,
  });
  const upload = await deps.storage.presignPost(policy);
  const now = deps.now();
  await deps.cases.putPhoto({
    caseId,
    photoId,
    kind: body.kind,
    contentType: body.contentType,
    size: body.size,
    key,
    status: 'pending',
    requestedAt: now.toISOString(),
    requestedBy: actorOf(caller),
    stepOn: c.lastEventOn,
  });
  return { photoId, upload, expiresAt: uploadExpiresAt(now, policy) };
}

export async function getPhoto(
  deps: PhotoDeps,
  caller: Caller,
  caseId: string,
  photoId: string,
): Promise<{ status: PhotoRecord['status']; kind: PhotoKind; reason?: string; reasonCode?: string; url?: string }> {
  const c = await deps.cases.getCase(caseId);
  if (!c) throw new NotFoundError(`No housing case ${caseId}.`, 'case-not-found');
  readable(caller, c);
  const photo = await deps.cases.getPhoto(caseId, photoId);
  if (!photo) throw new NotFoundError(`No photo ${photoId} in case ${caseId}.`, 'photo-not-found');
  return {
    status: photo.status,
    kind: photo.kind,
    ...(photo.reason ? { reason: photo.reason } : {}),
    ...(photo.reasonCode ? { reasonCode: photo.reasonCode } : {}),
    ...(photo.status === 'accepted' && photo.stored ? { url: await acceptedPhotoLink(deps, photo, photo.stored) } : {}),
  };
}

/**
 * The link to an accepted photo: the evidence copy, pinned to its version, answered as the detected image type
 * and as a download (`attachment`), so even a polyglot (a JPEG with HTML after it) is never rendered as a page.
 * The stored ETag is checked first: if the bytes under the key are not the accepted ones (the key was written
 * by anything but the check), no link is given and the fault is logged as an error.
 */
async function acceptedPhotoLink(
  deps: PhotoDeps,
  photo: PhotoRecord,
  stored: NonNullable<PhotoRecord['stored']>,
): Promise<string> {
  const etag = await deps.storage.etag(stored.key, stored.versionId);
  if (etag !== stored.etag) {
    throw new Error(`The stored bytes of photo ${photo.photoId} are not the accepted ones (ETag changed)`);
  }
  return deps.storage.presignGet(stored.key, {
    ...(stored.versionId ? { versionId: stored.versionId } : {}),
    contentType: photo.contentType,
    contentDisposition: photoDisposition(photo),
  });
}

const photoDisposition = (photo: Pick<PhotoRecord, 'photoId' | 'contentType'>): string =>
  `attachment; filename="${photo.photoId}.${PHOTO_EXTENSIONS[photo.contentType]}"`;

/**
 * The storage event's check (S3 ObjectCreated): the bytes must be a JPEG, PNG or HEIC of the declared type
 * with readable dimensions, or a whole PDF (a scanned document), within the declared size. Accepted bytes are copied to a key no form can target
 * (evidenceObjectKey) and the upload is deleted; rejected uploads are deleted and the photo says why. Once a
 * photo is decided, anything uploaded again to its form's key is deleted: what it serves never changes.
 * The verdict is written before the upload is deleted, so a failed write leaves the upload for the retry
 * (the function throws; Lambda retries, then its on-failure queue keeps the event). A redelivered event
 * changes nothing.
 */
export async function checkUploadedPhoto(
  deps: PhotoDeps,
  key: string,
  eventTime: Date,
): Promise<'accepted' | 'rejected' | 'ignored' | 'removed'> {
  const ids = parsePhotoObjectKey(key);
  if (!ids) return 'ignored';
  const [photo, c] = await Promise.all([deps.cases.getPhoto(ids.caseId, ids.photoId), deps.cases.getCase(ids.caseId)]);
  if (!photo || !c) {
    await deps.storage.remove(key);
    return 'rejected';
  }
  if (photo.status !== 'pending') {
    // A second post of the same form after the verdict: the upload is not evidence of anything.
    await deps.storage.remove(key);
    return 'removed';
  }
  const bytes = await deps.storage.read(key, photo.size);
  const decidedOn = shanghaiDate(eventTime);
  let verdict: PhotoRecord;
  if (bytes === undefined) return 'ignored';
  if (bytes === 'too-large') {
    verdict = {
      ...photo,
      status: 'rejected',
      reason: `The file is larger than the declared ${photo.size} bytes.`,
      reasonCode: 'too-large',
      decidedOn,
    };
  } else {
    const inspection = inspectImage(bytes, photo.contentType);
    if (inspection.ok) {
      const sha256 = createHash('sha256').update(bytes).digest('hex');
      const storedKey = evidenceObjectKey(photo.caseId, photo.photoId, sha256);
      const written = await deps.storage.put(storedKey, bytes, {
        contentType: inspection.type,
        contentDisposition: photoDisposition(photo),
      });
      verdict = {
        ...photo,
        status: 'accepted',
        decidedOn,
        ...(inspection.width !== undefined && inspection.height !== undefined
          ? { width: inspection.width, height: inspection.height }
          : {}),
        stored: { key: storedKey, sha256, ...written },
      };
    } else {
      verdict = { ...photo, status: 'rejected', reason: inspection.reason, reasonCode: inspection.code, decidedOn };
    }
  }
  await deps.cases.decidePhoto(verdict, c.township);
  await deps.storage.remove(key);
  return verdict.status === 'accepted' ? 'accepted' : 'rejected';
}

/**
 * An upload still under the upload prefix this long after it was written was never decided: every decision
 * deletes the upload, and a form lives ten minutes at most. Its check failed after Lambda's retries (the event
 * sits in the dead-letter queue) or never ran.
 */
export const STRANDED_AFTER_MS = 30 * 60 * 1000;

export type SweepOutcome = Awaited<ReturnType<typeof checkUploadedPhoto>> | 'failed';

/**
 * The daily sweep: checks every stranded upload again, so a photo left `pending` because its verdict could not
 * be written is decided as soon as the table takes writes again, not stranded until someone redrives the queue.
 * A check that fails again is counted and the sweep goes on; the sweep then throws, so its own failure is kept
 * (the schedule's dead-letter path and alarm) and the next day's sweep tries again.
 */
export async function sweepStrandedUploads(deps: PhotoDeps, now: Date): Promise<Record<SweepOutcome, number>> {
  const counts: Record<SweepOutcome, number> = { accepted: 0, rejected: 0, ignored: 0, removed: 0, failed: 0 };
  let firstFailure: unknown;
  const before = new Date(now.getTime() - STRANDED_AFTER_MS);
  for await (const key of deps.storage.listOlderThan(BUCKET_PREFIXES.photoUploads, before)) {
    try {
      counts[await checkUploadedPhoto(deps, key, now)] += 1;
    } catch (error) {
      counts.failed += 1;
      firstFailure ??= error;
    }
  }
  if (counts.failed > 0) {
    throw new Error(`${counts.failed} stranded photo uploads could not be checked`, { cause: firstFailure });
  }
  return counts;
}
