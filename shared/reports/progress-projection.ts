import type { IsoDate } from '../dates.js';
import type { HistoryItem } from '../housing/ports.js';
import type { CaseEvent, CaseStatus, PhotoKind, PhotoRecord, Programme } from '../housing/types.js';

/**
 * The per-case progress projection (docs/reports.md, "How the report reads the cases"): what the progress
 * figures need of one case, for ANY cut-off, kept in one small item written in the same transaction as each
 * of the case's events (and with each photo verdict). The report reads one item per case instead of folding
 * every event, yet a past cut-off is still exact: the projection keeps each event's date and the few fields
 * the figures read (its dated milestones), and each accepted upload's kind and date. Pure: no I/O.
 */

/** One event as the figures read it: date, sequence, type, status after, and the data fields they use. */
export type ProgressEvent = [on: IsoDate, seq: number, type: CaseEvent['type'], statusAfter: CaseStatus, data?: Data];
type Data = Record<string, unknown>;

export interface CaseProgress {
  caseId: string;
  programme: Programme;
  /** How many events are folded in: the case's version when the projection was written. */
  version: number;
  /** Every event of the case, in sequence order. */
  events: ProgressEvent[];
  /** `<kind>#<date>` of each accepted upload, dated by the step it belongs to (else by its verdict). */
  photos: string[];
}

/**
 * The event data fields the figures read (progress.ts `foldTownshipCases`): the application's grade,
 * subsidy, village, householder and identity basis; a decision's subsidy and grade; a payment's amount; the
 * agreement's completion date; a return's step and reason; a sale's earliness and amount due; a refusal's
 * evidence. Everything else (attestations, accounts, areas…) stays in the event only.
 */
const FIELDS = [
  'grade',
  'subsidy',
  'amount',
  'completionBy',
  'returnedFrom',
  'reason',
  'early',
  'amountDue',
  'evidence',
  'village',
  'householderId',
  'identityBasis',
] as const;

export function progressEvent(e: CaseEvent): ProgressEvent {
  const data: Data = {};
  let any = false;
  for (const k of FIELDS) {
    if (e.data[k] === undefined) continue;
    data[k] = e.data[k];
    any = true;
  }
  return any ? [e.on, e.seq, e.type, e.statusAfter, data] : [e.on, e.seq, e.type, e.statusAfter];
}

/** The mark an upload leaves in the projection: only an accepted one with a date counts [R1 九.(五)]. */
export function photoMark(p: Pick<PhotoRecord, 'kind' | 'status' | 'stepOn' | 'decidedOn'>): string | undefined {
  const on = p.stepOn ?? p.decidedOn;
  return p.status === 'accepted' && on ? `${p.kind}#${on}` : undefined;
}

/** The projection of a case from its whole history and its uploads (what the store writes, and the backfill). */
export function caseProgress(
  caseId: string,
  programme: Programme,
  events: readonly CaseEvent[],
  photos: readonly Pick<PhotoRecord, 'kind' | 'status' | 'stepOn' | 'decidedOn'>[] = [],
): CaseProgress {
  const ordered = [...events].sort((a, b) => a.seq - b.seq);
  return {
    caseId,
    programme,
    version: ordered.length,
    events: ordered.map(progressEvent),
    photos: photoMarks(photos),
  };
}

/** The distinct marks of a case's uploads, sorted (a set: the store adds them, never removes one). */
export function photoMarks(photos: readonly Pick<PhotoRecord, 'kind' | 'status' | 'stepOn' | 'decidedOn'>[]): string[] {
  return [...new Set(photos.map(photoMark).filter((m): m is string => m !== undefined))].sort();
}

/** The events as the store keeps them: one JSON string (cheaper to store and read than nested attributes). */
export const encodeEvents = (events: readonly ProgressEvent[]): string => JSON.stringify(events);
export const decodeEvents = (text: string): ProgressEvent[] => JSON.parse(text) as ProgressEvent[];

/** A mark's kind and date. */
export function splitMark(mark: string): [PhotoKind, IsoDate] {
  const at = mark.indexOf('#');
  return [mark.slice(0, at) as PhotoKind, mark.slice(at + 1)];
}

/**
 * Projections from a township's full history (every date): for sources that hold the history only (tests,
 * the property test's reference). A case's photos are the decided uploads in the history.
 */
export function projectionsFromHistory(items: Iterable<HistoryItem>): CaseProgress[] {
  const events = new Map<string, { programme: Programme; events: CaseEvent[] }>();
  const photos = new Map<string, PhotoRecord[]>();
  for (const item of items) {
    if (item.kind === 'photo') {
      const list = photos.get(item.photo.caseId) ?? [];
      list.push(item.photo);
      photos.set(item.photo.caseId, list);
      continue;
    }
    const c = events.get(item.event.caseId) ?? { programme: item.programme, events: [] };
    c.events.push(item.event);
    events.set(item.event.caseId, c);
  }
  return [...events]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([caseId, c]) => caseProgress(caseId, c.programme, c.events, photos.get(caseId)));
}
