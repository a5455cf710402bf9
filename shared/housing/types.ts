import type * as z from '../zod.js';
import type { Role } from '../auth/roles.js';
import type { IsoDate } from '../dates.js';
import type { Fen } from '../money.js';
import type { caseBodySchema, eventBodySchema } from './schemas.js';

/** R1: registered-poor households (poverty funds); R2: 五保/低保/poor disabled households (local finance). */
export const PROGRAMMES = ['R1', 'R2'] as const;
export type Programme = (typeof PROGRAMMES)[number];

/** The dangerous-house grade. `no-house`: no member of the household owns a house (R1 only) [R1 五.(一)]. */
export const GRADES = ['C', 'D', 'no-house'] as const;
export type Grade = (typeof GRADES)[number];

/** What the third-party appraisal may find: C, D or not dangerous [R1 四.(一), 九.(三).2]. */
export const APPRAISED_GRADES = ['C', 'D', 'none'] as const;
export type AppraisedGrade = (typeof APPRAISED_GRADES)[number];

/** Renovation modes [R1 四.(二).1–4, R2 四.(二).1–4]. */
export const MODES = ['self-build', 'government-backed', 'mutual-aid', 'repair'] as const;
export type Mode = (typeof MODES)[number];
export const NEW_BUILD_MODES: readonly Mode[] = ['self-build', 'government-backed', 'mutual-aid'];

/**
 * Who confirms the household's identity at the identity step (R1 七.(三), R2 四.(一), 八.(三).1):
 * - `registered-poor`: the poverty office (R1);
 * - `welfare`: civil affairs (R2 特困 or 低保 householder);
 * - `disabled-household`: the disabled persons' federation AND the poverty office or civil affairs (R2, a
 *   poor disabled household whose householder is neither 特困 nor 低保).
 */
export type IdentityBasis = 'registered-poor' | 'welfare' | 'disabled-household';

/** The steps of the workflow, in order (docs/rules.md §4, docs/rules.md §4). */
export const STEP_TYPES = [
  'village-review',
  'village-notice',
  'township-review',
  'township-notice',
  'identity-check',
  'appraisal',
  'approval',
  'agreement',
  'moved-out',
  'construction-start',
  'preliminary-acceptance',
  'final-acceptance',
  'payment',
] as const;
export type StepType = (typeof STEP_TYPES)[number];
export const EVENT_TYPES = [...STEP_TYPES, 'return', 'refuse', 'sale'] as const;
export type EventType = (typeof EVENT_TYPES)[number];

/**
 * Status = the last step completed, or a closing state. Open statuses have exactly one next step (see
 * `nextSteps` in workflow.ts); `paid`, `refused`, `not-dangerous` and `subsidy-cancelled` are closed.
 */
export const CASE_STATUSES = [
  'applied',
  'village-reviewed',
  'village-noticed',
  'township-reviewed',
  'township-noticed',
  'identity-checked',
  'appraised',
  'approved',
  'agreement-signed',
  'moved-out',
  'under-construction',
  'preliminary-accepted',
  'final-accepted',
  'paid',
  /** Sent back before approval with a reason; resubmitted from the village review. */
  'returned',
  /** The household refused renovation after repeated visits, with evidence [R1 三, R2 三]. */
  'refused',
  /** The appraisal found the house not dangerous: closed. */
  'not-dangerous',
  /** Accepted, but the built area is above the mode's limit: no subsidy [R1 九.(三).3]. Closed. */
  'subsidy-cancelled',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];
export const CLOSED_STATUSES: readonly CaseStatus[] = ['paid', 'refused', 'not-dangerous', 'subsidy-cancelled'];
/** Finished for lateness: accepted (paid or not), or closed without renovation [R1 三, 八.(二)]. */
export const FINISHED_STATUSES: readonly CaseStatus[] = [
  'final-accepted',
  'paid',
  'subsidy-cancelled',
  'refused',
  'not-dangerous',
];

/**
 * What one upload of a case file is (the one-household file, R1 九.(五), R2 八.(五)): the photos of the house
 * and the householder, and the documents, photographed or scanned. Which of them a case must hold is policy
 * data (policy.ts `documents`, documents.ts). Every kind goes through the same presigned upload and check.
 */
export const PHOTO_KINDS = [
  'before',
  'after',
  'application',
  'householder',
  'identity-proof',
  'welfare-certificate',
  'income-proof',
  'appraisal-report',
  'approval',
  'agreement',
] as const;
export type PhotoKind = (typeof PHOTO_KINDS)[number];
/** Kinds that are photographs of the house or the householder: images only, never a PDF. */
export const IMAGE_ONLY_KINDS: readonly PhotoKind[] = ['before', 'after', 'householder'];
/** JPEG, PNG, HEIC photos; PDF for a scanned document (not for the photo kinds). */
export const PHOTO_CONTENT_TYPES = ['image/jpeg', 'image/png', 'image/heic', 'application/pdf'] as const;
export type PhotoContentType = (typeof PHOTO_CONTENT_TYPES)[number];

export const PHOTO_STATUSES = ['pending', 'accepted', 'rejected'] as const;
export type PhotoStatus = (typeof PHOTO_STATUSES)[number];

/** One photo of a case's file (docs/openapi.json `POST /v1/housing/cases/{caseId}/photos`). */
export interface PhotoRecord {
  caseId: string;
  photoId: string;
  kind: PhotoKind;
  contentType: PhotoContentType;
  /** Declared size in bytes (the upload policy's upper bound). */
  size: number;
  status: PhotoStatus;
  /** Why the content check rejected it. */
  reason?: string;
  /** The content check's code for the rejection (`empty`, `unknown-format`, `type-mismatch`, `too-large`, …). */
  reasonCode?: string;
  width?: number;
  height?: number;
  requestedBy: Actor;
  requestedAt: string;
  /** The upload form's object key: housing/<caseId>/photos/<photoId>. Never served: a form can target it. */
  key: string;
  /**
   * Set once accepted: the copy of the accepted bytes at a key no form can target (evidenceObjectKey), its
   * SHA-256, the ETag it was stored with and the version (in a versioned bucket). Links are pinned to these.
   */
  stored?: { key: string; sha256: string; etag: string; versionId?: string };
  /** Shanghai date of the content check's verdict (when the bytes were judged; real time). */
  decidedOn?: string;
  /**
   * The date of the case step the photo belongs to: the case's last step when the photo was requested (a
   * photo documents the house as that step left it). The progress report counts photos by this date, not by
   * the upload, so a report for a past cut-off over back-dated steps is right [R1 八.(二), 九.(五)].
   */
  stepOn?: string;
}

/** Counts of a case's photos, kept on the case for lists and the progress report's photo completeness. */
export interface PhotoSummary {
  accepted: Record<PhotoKind, number>;
  pending: number;
  rejected: number;
}

/** Who took a step (docs/rules.md §8: every change records its actor). */
export interface Actor {
  sub: string;
  role: Role;
  township?: string;
}

export interface SubsidyState {
  /** What the case is due under its current facts (0 when cancelled); fen. */
  committed: Fen;
  /** What finance paid; 0 until the payment step. Paid once. */
  paid: Fen;
  /** The rule and clause the committed amount comes from. */
  rule: string;
  clause: string;
  paidOn?: IsoDate;
  /** The household's 一卡通 account the subsidy went to. */
  account?: string;
  /** Set when the built area is above the limit [R1 九.(三).3]. */
  cancelled?: { reason: string; clause: string; builtArea: number; limit: number };
}

/** A housing-renovation case: one household, one file [R1 九.(五)]. */
export interface HousingCase {
  caseId: string;
  /** Eligibility facts attested on application: who and when (R1 四.(一), 五.(一); R2 四.(一)). */
  attestations?: Attestations;
  /** The household's earlier case, closed, that this one follows (R2 三: new damage goes through the steps again). */
  previousCaseId?: string;
  /** The policy version the case runs under (in force on `appliedOn`). */
  policyId: string;
  programme: Programme;
  householdId: string;
  householderId: string;
  township: string;
  village: string;
  /** The grade the case runs under: the appraised grade once there is one, else the applied grade. */
  grade: Grade;
  /** The grade as applied. */
  appliedGrade: Grade;
  appraisal?: { grade: AppraisedGrade; appraiser: string; on: IsoDate };
  mode: Mode;
  plannedArea: number;
  /** The township requested up to 80 m² for a household with many members [R1 九.(三).3]. */
  largeHousehold: boolean;
  /** Extremely poor household that needs the safety net: ≤ 40 m² in every new-build mode [R1 九.(三).3]. */
  safetyNet: boolean;
  /** R1 householder marked 稳定脱贫 on application: no government-backed house [R1 四.(二).2]. */
  stableExit: boolean;
  identityBasis: IdentityBasis;
  /** C-grade repair: the estimated cost on application, the actual cost once accepted (fen). */
  repairCost?: Fen;
  appliedOn: IsoDate;
  inRelocationPlan: boolean;
  status: CaseStatus;
  /** Number of events so far; the store's optimistic-lock version. Equals the last event's `seq`. */
  version: number;
  /** Date of the last event; later events may not be dated before it. */
  lastEventOn: IsoDate;
  /** Identity bodies that have passed the current identity step (two are needed for disabled households). */
  identityPassedBy: Role[];
  /** The last return, kept after resubmission for the record. */
  lastReturn?: { from: StepType; reason: string; on: IsoDate; by: Actor };
  completionBy?: IsoDate;
  movedOut?: { arrangement: string; on: IsoDate };
  constructionStartedOn?: IsoDate;
  preliminaryAcceptance?: { builtArea: number; oldHouse?: 'demolished' | 'sealed'; on: IsoDate };
  finalAcceptance?: { builtArea: number; on: IsoDate };
  refusal?: { evidence: string; on: IsoDate };
  /**
   * A government-backed house sold (R1/R2 四.(二).2 "五年后可出售,出售时返还政府兜底资金"; R2 八.(二) the village
   * committee collects it): the backing money due back, and whether the sale came before the five years.
   */
  sale?: { on: IsoDate; amountDue: Fen; fiveYearsFrom: IsoDate; early: boolean; clause: string };
  subsidy: SubsidyState;
  photos: PhotoSummary;
  createdBy: Actor;
}

/** One entry of the case's append-only history. */
export interface CaseEvent {
  caseId: string;
  /** 1 for `applied`, then +1 per event. */
  seq: number;
  type: EventType | 'applied';
  on: IsoDate;
  actor: Actor;
  /** The event's fields as given (minus `type` and `on`), plus what the step decided (e.g. `subsidy`). */
  data: Record<string, unknown>;
  statusBefore: CaseStatus | null;
  statusAfter: CaseStatus;
}

/** A fact someone vouched for: who (name and office) and on which day (R1 四.(一), 五.(一); R2 四.(一)). */
export interface Attestation {
  by: string;
  on: IsoDate;
}

/**
 * The eligibility facts the roster cannot answer, each attested [R1 四.(一) 农业户籍、在村居住、唯一住房;
 * R1 五.(一) 无房户: 家庭成员均无住房; R2 四.(一)]: agricultural household registration, living in the
 * village, and `housing` — the only house (C/D) or, for a no-house household, that no member owns one.
 */
export interface Attestations {
  agriculturalRegistration: Attestation;
  livesInVillage: Attestation;
  housing: Attestation;
}
export const ATTESTED_FACTS = ['agriculturalRegistration', 'livesInVillage', 'housing'] as const;

/** The creation body (docs/rules.md §4) as the schema leaves it: money already in fen. One definition: schemas.ts. */
export type CaseRequest = z.output<typeof caseBodySchema>;

/**
 * Event bodies of `POST /v1/housing/cases/{caseId}/events` as the schema leaves them (money in fen, areas
 * in m²): one shape per event type, defined once in schemas.ts (`eventBodySchema`).
 */
export type EventInput = z.output<typeof eventBodySchema>;

/** The body of one step type (what that step's rule reads). */
export type StepBody<T extends EventInput['type']> = Extract<EventInput, { type: T }>;

/** A rule that refused something, with the clause it applies. */
export interface RuleReason {
  code: string;
  message: string;
  clause: string;
}

/** The actor record of a caller: township staff keep their township. */
export function actorOf(caller: { sub: string; role: Role; township?: string }): Actor {
  return caller.township !== undefined && caller.role === 'township'
    ? { sub: caller.sub, role: caller.role, township: caller.township }
    : { sub: caller.sub, role: caller.role };
}

export const emptyPhotoSummary = (): PhotoSummary => ({
  accepted: Object.fromEntries(PHOTO_KINDS.map((k) => [k, 0])) as Record<PhotoKind, number>,
  pending: 0,
  rejected: 0,
});

/** The summary recomputed from the photo list (idempotent, unlike counting events that may be redelivered). */
export function summarizePhotos(photos: readonly Pick<PhotoRecord, 'kind' | 'status'>[]): PhotoSummary {
  const summary = emptyPhotoSummary();
  for (const p of photos) {
    if (p.status === 'accepted') summary.accepted[p.kind] = (summary.accepted[p.kind] ?? 0) + 1;
    else summary[p.status] += 1;
  }
  return summary;
}

/** Kinds with at least one accepted photo (the `acceptedPhotoKinds` of final acceptance). */
export const acceptedPhotoKinds = (summary: PhotoSummary): PhotoKind[] =>
  PHOTO_KINDS.filter((k) => (summary.accepted[k] ?? 0) > 0);
