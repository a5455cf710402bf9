import type { IsoDate } from '../dates.js';
import type { PhotoUploadPolicy } from './photo-inspection.js';
import type { CaseProgress } from '../reports/progress-projection.js';
import type { CaseEvent, CaseStatus, HousingCase, PhotoRecord, Programme } from './types.js';

/**
 * The ports the housing use cases work through. `dynamodb-case-store.ts` implements CaseStore on the
 * table, `memory-case-store.ts` in memory with the same conditions; one contract suite
 * (tests/support/contracts/case-store.ts) runs against both.
 */

/** A case with its whole history and its photos, read together. */
export interface CaseFile {
  case: HousingCase;
  events: CaseEvent[];
  photos: PhotoRecord[];
  /**
   * What the store read beside the file for the write a `forWrite` load precedes (the DynamoDB store: the case's
   * audit chain head, in the same round trip), used by `append` when this file is its `prior`. Opaque.
   */
  readAhead?: unknown;
}

/** The household already has a file (the case id is taken). */
export class CaseExistsError extends Error {
  constructor() {
    super('case already exists');
    this.name = 'CaseExistsError';
  }
}

/** The case moved since it was read (another step was recorded first). */
export class CaseMovedError extends Error {
  constructor() {
    super('case moved');
    this.name = 'CaseMovedError';
  }
}

/** The photo id is already taken. */
export class PhotoExistsError extends Error {
  constructor() {
    super('photo already exists');
    this.name = 'PhotoExistsError';
  }
}

/** A township's history item for the progress report: a case event, or a photo verdict once decided. */
export type HistoryItem =
  | { kind: 'event'; event: CaseEvent; programme: Programme }
  | { kind: 'photo'; photo: PhotoRecord };

export interface CaseStore {
  /** The case file (case, events in order, photos), or undefined. */
  /** The case file; `forWrite`: a step follows, so the store may read what that write needs beside it. */
  load(caseId: string, options?: { forWrite?: boolean }): Promise<CaseFile | undefined>;
  getCase(caseId: string): Promise<HousingCase | undefined>;
  /** The household's latest case id and how many cases it has had, if any case was opened with a pointer. */
  latestOf(householdId: string): Promise<{ caseId: string; count: number } | undefined>;
  /**
   * A new case and its first event, only if the case id is new and the household's latest case is still
   * `previous` (no case at all when undefined); the household's pointer moves to the new case in the same
   * write. CaseExistsError when the id is taken or another case was opened for the household first.
   */
  create(c: HousingCase, first: CaseEvent, previous?: { caseId: string; count: number }): Promise<void>;
  /**
   * The next case and its event, only if the stored case is still at `expectedVersion` (CaseMovedError
   * otherwise). `prior` is the file as read at that version (its events and photos): the case's progress
   * projection is rewritten from it and the new event in the same write, so the projection can never
   * disagree with the history (the version condition guarantees `prior` is the whole history).
   */
  append(
    next: HousingCase,
    event: CaseEvent,
    expectedVersion: number,
    prior: Pick<CaseFile, 'events' | 'photos'>,
  ): Promise<void>;
  /** A new pending photo (PhotoExistsError when its id is taken). */
  putPhoto(photo: PhotoRecord): Promise<void>;
  getPhoto(caseId: string, photoId: string): Promise<PhotoRecord | undefined>;
  /**
   * Records a verdict on a pending photo once; false (and no change) when it is not pending any more. An
   * accepted upload adds its mark to the case's progress projection in the same write.
   */
  decidePhoto(photo: PhotoRecord, township: string): Promise<boolean>;
  /**
   * One page of a township's cases in programme/status/case order, optionally of one programme and status.
   * A page may hold fewer than `limit` cases while more follow; the last page has no lastKey. The position is
   * the store's own; the API seals it into an opaque token (shared/http/page-token.ts).
   */
  list(
    township: string,
    filter: { programme?: Programme; status?: CaseStatus },
    limit: number,
    startKey?: Record<string, unknown>,
  ): Promise<{ cases: HousingCase[]; lastKey?: Record<string, unknown> }>;
  /**
   * Every case of a township as its progress projection (progress-projection.ts), in case order: one Query
   * on the township's projection partition. Cases whose projection was never written (a stage deployed
   * before projections, until scripts/backfill-progress.ts ran) are missing.
   */
  progressOf(township: string, onConsumed?: (capacityUnits: number) => void): AsyncIterable<CaseProgress>;
  /** A township's events and decided photos dated on or before `asOf`, in date/case/sequence order. */
  historyUpTo(
    township: string,
    asOf: IsoDate,
    onConsumed?: (capacityUnits: number) => void,
  ): AsyncIterable<HistoryItem>;
}

/** The files bucket, as the photo use cases see it: short-lived presigned requests, bounded reads, copies, deletes. */
export interface PhotoStorage {
  presignPost(policy: PhotoUploadPolicy): Promise<{ url: string; fields: Record<string, string> }>;
  presignGet(
    key: string,
    options?: { versionId?: string; contentType?: string; contentDisposition?: string },
  ): Promise<string>;
  read(key: string, maxBytes: number): Promise<Uint8Array | 'too-large' | undefined>;
  put(
    key: string,
    bytes: Uint8Array,
    meta: { contentType: string; contentDisposition: string },
  ): Promise<{ etag: string; versionId?: string }>;
  etag(key: string, versionId?: string): Promise<string | undefined>;
  remove(key: string): Promise<void>;
  /** Keys under `prefix` last written before `before` (the sweep of stranded uploads). */
  listOlderThan(prefix: string, before: Date): AsyncIterable<string>;
  bucket: string;
}
