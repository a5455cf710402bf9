import type { IsoDate } from '../dates.js';
import type { Actor, Programme } from '../housing/types.js';
import type { ReportFile } from '../reports/ports.js';
import type { Narrative, TownshipFigures } from './compose.js';

/** One version of a township's submission for a cut-off: its narrative and the figures it reviewed. */
export interface SubmissionVersion extends Narrative {
  version: number;
  submittedAt: string;
  submittedBy: Actor;
  /** The township's figures at the cut-off as computed when it submitted (money in yuan). */
  figures: Record<Programme, TownshipFigures>;
}

/** The current submission of a township for a cut-off; earlier versions are kept in `history`. */
export interface Submission extends SubmissionVersion {
  asOf: IsoDate;
  township: string;
  /** Earlier versions, oldest first (a resubmission replaces the current one and keeps it here). */
  history: SubmissionVersion[];
}

/** A published revision: where its files are, who published it and why (a correction names its reason). */
export interface RevisionRef {
  revision: number;
  prefix: string;
  publishedAt: string;
  publishedBy: Actor;
  correction?: string;
}

/** A cut-off's bulletin: closed to submissions once publishing began, its revisions, the latest draft. */
export interface BulletinState {
  asOf: IsoDate;
  closedAt?: string;
  revisions: RevisionRef[];
  draft?: { prefix: string; builtAt: string };
}

/** Publishing began for the cut-off: submissions are closed. */
export class BulletinClosedError extends Error {
  constructor() {
    super('bulletin closed');
    this.name = 'BulletinClosedError';
  }
}

/** The submission or the revision list moved since it was read. */
export class BulletinMovedError extends Error {
  constructor() {
    super('bulletin moved');
    this.name = 'BulletinMovedError';
  }
}

/**
 * Where submissions and the bulletin's state live (DynamoDbBulletinStore). Conditions, not locks: a
 * submission is written only while the cut-off is open and only over the version it replaces; a revision
 * is added only after the one it follows.
 */
export interface BulletinStore {
  state(asOf: IsoDate): Promise<BulletinState | undefined>;
  /** Every township's current submission for the cut-off (strongly consistent). */
  submissions(asOf: IsoDate): Promise<Submission[]>;
  submission(asOf: IsoDate, township: string): Promise<Submission | undefined>;
  /** BulletinClosedError once publishing began; BulletinMovedError when the current version is not `expectedVersion`. */
  submit(next: Submission, expectedVersion: number): Promise<void>;
  /** Closes the cut-off to submissions (once; the first closing time stays) and answers the state. */
  close(asOf: IsoDate, at: string): Promise<BulletinState>;
  /** Adds the next revision only if `expectedCount` revisions exist (BulletinMovedError otherwise). */
  addRevision(asOf: IsoDate, ref: RevisionRef, expectedCount: number): Promise<void>;
  setDraft(asOf: IsoDate, draft: { prefix: string; builtAt: string }): Promise<void>;
  /** Every cut-off with a state, newest first. */
  list(): Promise<BulletinState[]>;
}

/** The bulletin's files: private, read through short-lived links only. */
export interface BulletinFiles {
  put(prefix: string, files: readonly ReportFile[]): Promise<void>;
  readJson(prefix: string, name: string): Promise<unknown>;
  /** A short-lived link; `downloadAs` (ASCII) makes the browser save it under that name. */
  link(prefix: string, name: string, downloadAs?: string): Promise<string>;
}
