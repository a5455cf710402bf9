import type { IsoDate } from '../dates.js';
import {
  CaseExistsError,
  CaseMovedError,
  PhotoExistsError,
  type CaseFile,
  type CaseStore,
  type HistoryItem,
} from './ports.js';
import type { CaseEvent, CaseStatus, HousingCase, PhotoRecord, Programme } from './types.js';
import { caseProgress, photoMark, type CaseProgress } from '../reports/progress-projection.js';

const copy = <T>(value: T): T => structuredClone(value);
const byKey = <T>(rows: [string, T][]): [string, T][] => rows.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

interface StoredFile {
  case: HousingCase;
  events: { event: CaseEvent; township: string; programme: Programme }[];
  photos: Map<string, { photo: PhotoRecord; township?: string }>;
}

/**
 * The case store in memory, for use-case tests and as the reference the DynamoDB adapter is held to by
 * the shared contract suite: conditional writes check and apply before yielding (a transaction's
 * all-or-nothing), values are copied in and out, lists and history come in the index's sort order.
 */
export class MemoryCaseStore implements CaseStore {
  private readonly files = new Map<string, StoredFile>();
  /** Photo items whose case does not exist (kept apart so `load` still answers undefined for them). */
  private readonly orphans = new Map<string, Pick<StoredFile, 'photos'>>();

  async load(caseId: string): Promise<CaseFile | undefined> {
    const f = this.files.get(caseId);
    if (!f) return undefined;
    return copy({
      case: f.case,
      events: f.events.map((e) => e.event),
      photos: byKey([...f.photos.entries()]).map(([, p]) => p.photo),
    });
  }

  async getCase(caseId: string): Promise<HousingCase | undefined> {
    const f = this.files.get(caseId);
    return f ? copy(f.case) : undefined;
  }

  /** The household pointers: latest case id and count (the table's HHCASES#<household> / LATEST item). */
  private readonly latest = new Map<string, { caseId: string; count: number }>();

  async latestOf(householdId: string): Promise<{ caseId: string; count: number } | undefined> {
    const p = this.latest.get(householdId);
    return p ? { ...p } : undefined;
  }

  /**
   * The progress projections (the table's HCASE#<caseId> / PROGRESS items): set whole with each event, marks
   * added with each accepted verdict; `township` is missing on a projection that holds marks only.
   */
  private readonly progress = new Map<string, { township?: string; p?: CaseProgress; marks: Set<string> }>();

  private writeProgress(township: string, p: CaseProgress): void {
    const entry = this.progress.get(p.caseId) ?? { marks: new Set<string>() };
    for (const m of p.photos) entry.marks.add(m);
    this.progress.set(p.caseId, { township, p: copy(p), marks: entry.marks });
  }

  async *progressOf(township: string): AsyncGenerator<CaseProgress> {
    for (const [, e] of byKey([...this.progress.entries()]))
      if (e.township === township && e.p) yield { ...copy(e.p), photos: [...e.marks].sort() };
  }

  async create(c: HousingCase, first: CaseEvent, previous?: { caseId: string; count: number }): Promise<void> {
    if (this.files.has(c.caseId)) throw new CaseExistsError();
    const pointer = this.latest.get(c.householdId);
    if (pointer && pointer.caseId !== previous?.caseId) throw new CaseExistsError();
    this.writeProgress(c.township, caseProgress(c.caseId, c.programme, [first]));
    this.latest.set(c.householdId, { caseId: c.caseId, count: (previous?.count ?? 0) + 1 });
    this.files.set(c.caseId, {
      case: copy(c),
      events: [{ event: copy(first), township: c.township, programme: c.programme }],
      photos: this.orphans.get(c.caseId)?.photos ?? new Map(),
    });
    this.orphans.delete(c.caseId);
  }

  async append(
    next: HousingCase,
    event: CaseEvent,
    expectedVersion: number,
    prior: Pick<CaseFile, 'events' | 'photos'>,
  ): Promise<void> {
    const f = this.files.get(next.caseId);
    if (!f || f.case.version !== expectedVersion || f.events.some((e) => e.event.seq === event.seq))
      throw new CaseMovedError();
    this.writeProgress(
      next.township,
      caseProgress(next.caseId, next.programme, [...prior.events, event], prior.photos),
    );
    f.case = copy(next);
    f.events.push({ event: copy(event), township: next.township, programme: next.programme });
  }

  async putPhoto(photo: PhotoRecord): Promise<void> {
    // The table keeps a photo item even without its case (the upload check then rejects it).
    let f: Pick<StoredFile, 'photos'> | undefined = this.files.get(photo.caseId) ?? this.orphans.get(photo.caseId);
    if (f?.photos.has(photo.photoId)) throw new PhotoExistsError();
    if (!f) {
      f = { photos: new Map() };
      this.orphans.set(photo.caseId, f);
    }
    f.photos.set(photo.photoId, { photo: copy(photo) });
  }

  private photoEntry(caseId: string, photoId: string) {
    return (this.files.get(caseId) ?? this.orphans.get(caseId))?.photos.get(photoId);
  }

  async getPhoto(caseId: string, photoId: string): Promise<PhotoRecord | undefined> {
    const entry = this.photoEntry(caseId, photoId);
    return entry ? copy(entry.photo) : undefined;
  }

  async decidePhoto(photo: PhotoRecord, township: string): Promise<boolean> {
    const entry = this.photoEntry(photo.caseId, photo.photoId);
    if (entry?.photo.status !== 'pending') return false;
    entry.photo = copy(photo);
    entry.township = township;
    const mark = photoMark(photo);
    if (mark) {
      const progress = this.progress.get(photo.caseId) ?? { marks: new Set<string>() };
      progress.marks.add(mark);
      this.progress.set(photo.caseId, progress);
    }
    return true;
  }

  async list(
    township: string,
    filter: { programme?: Programme; status?: CaseStatus },
    limit: number,
    startKey?: Record<string, unknown>,
  ): Promise<{ cases: HousingCase[]; lastKey?: Record<string, unknown> }> {
    const after = typeof startKey?.key === 'string' ? startKey.key : '';
    const rows = byKey(
      [...this.files.values()]
        .filter((f) => f.case.township === township)
        .map((f): [string, HousingCase] => [`${f.case.programme}#${f.case.status}#${f.case.caseId}`, f.case]),
    ).filter(
      ([key, c]) =>
        key > after &&
        (filter.programme === undefined || c.programme === filter.programme) &&
        (filter.status === undefined || c.status === filter.status),
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      cases: page.map(([, c]) => copy(c)),
      ...(rows.length > limit && last ? { lastKey: { key: last[0] } } : {}),
    };
  }

  async *historyUpTo(township: string, asOf: IsoDate): AsyncGenerator<HistoryItem> {
    const rows: [string, HistoryItem][] = [];
    for (const f of this.files.values()) {
      for (const e of f.events) {
        if (e.township !== township) continue;
        const key = `${e.event.on}#${e.event.caseId}#E${String(e.event.seq).padStart(6, '0')}`;
        rows.push([key, { kind: 'event', event: e.event, programme: e.programme }]);
      }
      for (const p of f.photos.values()) {
        if (p.township !== township || !p.photo.decidedOn) continue;
        rows.push([
          `${p.photo.stepOn ?? p.photo.decidedOn}#${p.photo.caseId}#P${p.photo.photoId}`,
          { kind: 'photo', photo: p.photo },
        ]);
      }
    }
    for (const [key, item] of byKey(rows)) if (key <= `${asOf}#~`) yield copy(item);
  }
}
