import type { IsoDate } from '../dates.js';
import type { HistoryItem } from '../housing/ports.js';
import { documentCompleteness } from '../housing/documents.js';
import type { CaseEvent, CaseStatus, Grade, IdentityBasis, PhotoKind, Programme } from '../housing/types.js';
import { CASE_STATUSES, FINISHED_STATUSES, PHOTO_KINDS } from '../housing/types.js';
import type { HousingPolicy } from '../housing/policy.js';
import { maskIdentitiesIn } from '../identity/mask.js';
import { fenToYuan, type Fen } from '../money.js';
import { splitMark, type CaseProgress } from './progress-projection.js';

/** One item of a township's recorded history, as the case store streams it (date order). */
export type { HistoryItem };

/**
 * The report's source port: a township's case events and photo verdicts dated on or before `asOf`, in date
 * order (a case's own events in their order). The housing CaseStore port's historyUpTo is one.
 */
export interface CaseHistorySource {
  historyUpTo(township: string, asOf: IsoDate): AsyncIterable<HistoryItem>;
}

/**
 * The reports' source port: every case of a township as its progress projection (one item per case, any
 * cut-off computed from it; progress-projection.ts). The housing CaseStore port's progressOf is one: one
 * Query on the township's partition, never a Scan.
 */
export interface CaseProgressSource {
  progressOf(township: string): AsyncIterable<CaseProgress>;
}

/** What the fold keeps per case while it reads the history: a few fields, never the events. */
interface CaseState {
  programme: Programme;
  grade: string;
  status: CaseStatus;
  /** The case's current subsidy (fen): the applied amount, replaced by each later decision. */
  subsidy: Fen;
  /** The city approved it (entered the national renovation system) on or before the cut-off. */
  approved: boolean;
  paid: Fen;
  finalAcceptedOn?: IsoDate;
  village: string;
  householderId: string;
  completionBy?: IsoDate;
  identityBasis: IdentityBasis;
  /** The steps taken on or before the cut-off (which documents are due). */
  steps: Set<string>;
}

/** A case late at the cut-off, as the bulletin names it (the caller masks the householder). */
export interface LateCase {
  caseId: string;
  programme: Programme;
  village: string;
  householderId: string;
  status: CaseStatus;
  /** The agreement's completion date, when one was signed. */
  completionBy?: IsoDate;
  /** Finally accepted after the deadline (else: not finished when the cut-off is after it). */
  finalAcceptedOn?: IsoDate;
}

export interface ReasonCount {
  /** The step that returned the case (returns only). */
  step?: string;
  reason: string;
  count: number;
}

/** Figures of one programme in one township (or the city); money in fen. */
export interface ProgrammeFigures {
  cases: number;
  stages: Record<CaseStatus, number>;
  grades: Record<Grade, number>;
  subsidyCommitted: Fen;
  subsidyPaid: Fen;
  /** The part of the two above that goes to no-house households (outside R1's planned investment). */
  noHouseSubsidyCommitted: Fen;
  noHouseSubsidyPaid: Fen;
  late: number;
  accepted: number;
  acceptedWithPhotos: number;
  /** Accepted cases whose one-household file holds every document the policy requires [R1 九.(五)]. */
  acceptedWithDocuments: number;
  /** Renovation cases missing a document already due (the step it follows is done). */
  filesBehind: number;
  /** Per kind: renovation cases missing that document although it is due. */
  documentsOverdue: Record<PhotoKind, number>;
  /** Government-backed houses recorded as sold, and the backing money due back (fen) [R2 八.(二)]. */
  sales: { count: number; early: number; amountDue: Fen };
  refusals: { count: number; reasons: ReasonCount[] };
  returns: { count: number; reasons: ReasonCount[] };
}

/** Passed the city's final acceptance (with or without subsidy). */
const ACCEPTED: readonly CaseStatus[] = ['final-accepted', 'paid', 'subsidy-cancelled'];
/** Closed without renovation: not part of the plan's households nor of the money committed. */
const NOT_RENOVATED: readonly CaseStatus[] = ['refused', 'not-dangerous'];

export const emptyFigures = (): ProgrammeFigures => ({
  cases: 0,
  stages: Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])) as Record<CaseStatus, number>,
  grades: { C: 0, D: 0, 'no-house': 0 },
  subsidyCommitted: 0,
  subsidyPaid: 0,
  noHouseSubsidyCommitted: 0,
  noHouseSubsidyPaid: 0,
  late: 0,
  accepted: 0,
  acceptedWithPhotos: 0,
  acceptedWithDocuments: 0,
  filesBehind: 0,
  documentsOverdue: Object.fromEntries(PHOTO_KINDS.map((k) => [k, 0])) as Record<PhotoKind, number>,
  sales: { count: 0, early: 0, amountDue: 0 },
  refusals: { count: 0, reasons: [] },
  returns: { count: 0, reasons: [] },
});

/** Reasons are staff's free text: identity numbers are masked before they reach any report. */
const reasonText = (value: unknown): string => maskIdentitiesIn(String(value ?? '').trim()) || '(none given)';
const reasonKey = (step: string | undefined, reason: string): string => `${step ?? ''}\u0000${reason}`;

/** Counts by reason, most frequent first, then by step and text (so the JSON is the same on every run). */
function reasonList(counts: ReadonlyMap<string, number>): ReasonCount[] {
  return [...counts]
    .map(([key, count]) => {
      const [step, reason] = key.split('\u0000') as [string, string];
      return step ? { step, reason, count } : { reason, count };
    })
    .sort(
      (a, b) => b.count - a.count || (a.step ?? '').localeCompare(b.step ?? '') || a.reason.localeCompare(b.reason),
    );
}

/**
 * Folds one township's history up to a cut-off into per-programme figures (docs/rules.md §7, R1 八.(二)). Pure: the
 * caller streams the items (case events and photo verdicts dated on or before `asOf`, in date order, as
 * CaseHistorySource promises); anything dated later is ignored anyway. Memory: one small CaseState per case,
 * two counters per case with photos, and one counter per distinct reason — never the events.
 * Definitions (docs/reports.md, each with its clause):
 * - stage: the status after the case's last event dated on or before the cut-off;
 * - grade: the applied grade, replaced by the appraisal's; refused and not-dangerous cases are not counted
 *   against the plan's C / D / no-house figures [R1 三, 四.(一)];
 * - committed: the current subsidy of every case the city has approved (approval = entry into the national
 *   system) [R1 七.(四)], minus refused and not-dangerous; paid: the payment events [R1 六]; the no-house part
 *   of both separately, because the planned investment excludes no-house households [R1 三];
 * - late: finally accepted after the deadline, or not finished when the cut-off is after it (workflow.ts
 *   `isLate`) [R1 三, 八.(二)];
 * - photo completeness: accepted cases with at least one accepted `before` and one accepted `after` photo
 *   belonging to a step dated on or before the cut-off (PhotoRecord.stepOn, not the upload's real date, so a
 *   report over back-dated steps is right) [R1 九.(五)];
 * - file completeness: the same uploads against the documents the policy requires of each case (documents.ts):
 *   accepted cases with every one, and renovation cases missing one already due, in all and per kind
 *   [R1 九.(五), R2 八.(五)];
 * - sales: `sale` events of government-backed houses, how many before five years, and the backing money due
 *   back [R1 四.(二).2, R2 八.(二)];
 * - returns: every return — a review or check not passed, or an explicit `return`, including a return at
 *   an acceptance for rectification [R1 七.(三), 九.(二)]; refusals: `refuse` events [R1 三]; with reasons.
 */
export async function foldTownship(
  items: AsyncIterable<HistoryItem> | Iterable<HistoryItem>,
  asOf: IsoDate,
  policy: HousingPolicy,
): Promise<Record<Programme, ProgrammeFigures>> {
  return (await foldTownshipCases(items, asOf, policy)).figures;
}

/** foldTownship, and the cases late at the cut-off (case order), for the bulletin to name [R1 八.(二)]. */
export async function foldTownshipCases(
  items: AsyncIterable<HistoryItem> | Iterable<HistoryItem>,
  asOf: IsoDate,
  policy: HousingPolicy,
): Promise<TownshipFolded> {
  const fold = new TownshipFold(asOf, policy);
  for await (const item of items) {
    if (item.kind === 'photo') {
      const p = item.photo;
      // Dated by the step the photo belongs to (photos requested before that date was kept: by the verdict).
      const on = p.stepOn ?? p.decidedOn;
      if (p.status === 'accepted' && on && on <= asOf) fold.photo(p.caseId, p.kind);
      continue;
    }
    if (item.event.on <= asOf) fold.event(item.event, item.programme);
  }
  return fold.result();
}

/**
 * The same figures from the cases' progress projections (progress-projection.ts): each case's events dated
 * on or before the cut-off, in the order the history would give them (date, then sequence), and its uploads
 * dated on or before it, through the very same per-case rules; each case is closed as soon as it is read,
 * so memory holds the figures and the late cases only — not one state per case. Equal to `foldTownshipCases`
 * over the full history for every cut-off (tests/unit/reports/progress-projection.test.ts checks it on
 * random histories).
 */
export async function foldProjections(
  cases: AsyncIterable<CaseProgress> | Iterable<CaseProgress>,
  asOf: IsoDate,
  policy: HousingPolicy,
): Promise<TownshipFolded> {
  const fold = new TownshipFold(asOf, policy);
  for await (const c of cases) {
    const events = c.events.filter((e) => e[0] <= asOf);
    events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] - b[1]));
    for (const [on, , type, statusAfter, data] of events)
      fold.event({ caseId: c.caseId, on, type, statusAfter, data: data ?? {} }, c.programme);
    for (const mark of c.photos) {
      const [kind, on] = splitMark(mark);
      if (on <= asOf) fold.photo(c.caseId, kind);
    }
    fold.close(c.caseId);
  }
  return fold.result();
}

export interface TownshipFolded {
  figures: Record<Programme, ProgrammeFigures>;
  late: LateCase[];
}

/** What one event gives the fold (a CaseEvent, or a projection's event). */
type FoldEvent = Pick<CaseEvent, 'caseId' | 'on' | 'type' | 'statusAfter' | 'data'>;

/**
 * The per-case rules of the figures, fed event by event (each case's events in date, then sequence order,
 * dated on or before the cut-off) and upload by upload; `close` adds a case to the figures and forgets it.
 */
class TownshipFold {
  private readonly cases = new Map<string, CaseState>();
  /** Per case: the kinds with an accepted upload belonging to a step on or before the cut-off. */
  private readonly photos = new Map<string, Set<PhotoKind>>();
  private readonly reasons = {
    R1: { refusals: new Map<string, number>(), returns: new Map<string, number>() },
    R2: { refusals: new Map<string, number>(), returns: new Map<string, number>() },
  };
  private readonly out: Record<Programme, ProgrammeFigures> = { R1: emptyFigures(), R2: emptyFigures() };
  private readonly late: LateCase[] = [];

  constructor(
    private readonly asOf: IsoDate,
    private readonly policy: HousingPolicy,
  ) {}

  photo(caseId: string, kind: PhotoKind): void {
    const kinds = this.photos.get(caseId) ?? new Set<PhotoKind>();
    kinds.add(kind);
    this.photos.set(caseId, kinds);
  }

  event(e: FoldEvent, programme: Programme): void {
    if (e.type === 'applied') {
      this.cases.set(e.caseId, {
        programme,
        grade: String(e.data.grade),
        status: e.statusAfter,
        subsidy: Number(e.data.subsidy ?? 0),
        approved: false,
        paid: 0,
        village: String(e.data.village ?? ''),
        householderId: String(e.data.householderId ?? ''),
        identityBasis: (e.data.identityBasis as IdentityBasis | undefined) ?? 'registered-poor',
        steps: new Set(),
      });
      return;
    }
    const state = this.cases.get(e.caseId);
    if (!state) return;
    state.status = e.statusAfter;
    state.steps.add(e.type);
    if (e.type === 'appraisal' && typeof e.data.grade === 'string' && e.data.grade !== 'none')
      state.grade = e.data.grade;
    if (typeof e.data.subsidy === 'number') state.subsidy = e.data.subsidy;
    if (e.type === 'approval') state.approved = true;
    if (e.type === 'payment' && typeof e.data.amount === 'number') state.paid += e.data.amount;
    if (e.type === 'final-acceptance') state.finalAcceptedOn = e.on;
    if (e.type === 'agreement' && typeof e.data.completionBy === 'string') state.completionBy = e.data.completionBy;
    const f = this.out[state.programme];
    const r = this.reasons[state.programme];
    if (e.type === 'return' || e.statusAfter === 'returned') {
      f.returns.count += 1;
      const key = reasonKey(
        typeof e.data.returnedFrom === 'string' ? e.data.returnedFrom : e.type,
        reasonText(e.data.reason),
      );
      r.returns.set(key, (r.returns.get(key) ?? 0) + 1);
    }
    if (e.type === 'sale') {
      f.sales.count += 1;
      if (e.data.early === true) f.sales.early += 1;
      if (typeof e.data.amountDue === 'number') f.sales.amountDue += e.data.amountDue;
    }
    if (e.type === 'refuse') {
      f.refusals.count += 1;
      const key = reasonKey(undefined, reasonText(e.data.evidence));
      r.refusals.set(key, (r.refusals.get(key) ?? 0) + 1);
    }
  }

  /** Adds the case's state at the cut-off to the figures (if it was open by then) and forgets it. */
  close(caseId: string): void {
    const s = this.cases.get(caseId);
    const kinds = this.photos.get(caseId) ?? new Set<PhotoKind>();
    this.cases.delete(caseId);
    this.photos.delete(caseId);
    if (!s) return;
    const { policy, asOf } = this;
    const f = this.out[s.programme];
    f.cases += 1;
    f.stages[s.status] += 1;
    const renovated = !NOT_RENOVATED.includes(s.status);
    if (renovated && (s.grade === 'C' || s.grade === 'D' || s.grade === 'no-house')) f.grades[s.grade] += 1;
    const committed = s.approved && renovated ? s.subsidy : 0;
    f.subsidyCommitted += committed;
    f.subsidyPaid += s.paid;
    if (s.grade === 'no-house') {
      f.noHouseSubsidyCommitted += committed;
      f.noHouseSubsidyPaid += s.paid;
    }
    // The rule of workflow.ts `isLate`, on the state at the cut-off.
    const deadline = policy.parameters.schedule.deadline.value;
    const late = s.finalAcceptedOn
      ? s.finalAcceptedOn > deadline
      : !FINISHED_STATUSES.includes(s.status) && asOf > deadline;
    if (late) {
      f.late += 1;
      this.late.push({
        caseId,
        programme: s.programme,
        village: s.village,
        householderId: s.householderId,
        status: s.status,
        ...(s.completionBy ? { completionBy: s.completionBy } : {}),
        ...(s.finalAcceptedOn ? { finalAcceptedOn: s.finalAcceptedOn } : {}),
      });
    }
    const grade = (s.grade === 'C' || s.grade === 'D' ? s.grade : 'no-house') satisfies Grade;
    const file = documentCompleteness(
      { programme: s.programme, identityBasis: s.identityBasis, grade },
      kinds,
      s.steps,
      policy.parameters.documents,
    );
    if (renovated && file.overdue.length > 0) {
      f.filesBehind += 1;
      for (const kind of file.overdue) f.documentsOverdue[kind] += 1;
    }
    if (ACCEPTED.includes(s.status)) {
      f.accepted += 1;
      if (kinds.has('before') && kinds.has('after')) f.acceptedWithPhotos += 1;
      if (file.complete) f.acceptedWithDocuments += 1;
    }
  }

  /** Closes every case still open in the fold and answers the figures (reasons sorted) and the late cases. */
  result(): TownshipFolded {
    for (const caseId of [...this.cases.keys()]) this.close(caseId);
    for (const programme of ['R1', 'R2'] as const) {
      this.out[programme].returns.reasons = reasonList(this.reasons[programme].returns);
      this.out[programme].refusals.reasons = reasonList(this.reasons[programme].refusals);
    }
    this.late.sort((a, b) => a.caseId.localeCompare(b.caseId));
    return { figures: this.out, late: this.late };
  }
}

function mergeReasons(lists: readonly ReasonCount[][]): ReasonCount[] {
  const counts = new Map<string, number>();
  for (const list of lists)
    for (const r of list)
      counts.set(reasonKey(r.step, r.reason), (counts.get(reasonKey(r.step, r.reason)) ?? 0) + r.count);
  return reasonList(counts);
}

/** City totals: the sum of the township rows, figure by figure (nothing is counted twice or apart). */
export function sumFigures(rows: readonly ProgrammeFigures[]): ProgrammeFigures {
  const total = emptyFigures();
  for (const r of rows) {
    total.cases += r.cases;
    for (const s of CASE_STATUSES) total.stages[s] += r.stages[s];
    total.grades.C += r.grades.C;
    total.grades.D += r.grades.D;
    total.grades['no-house'] += r.grades['no-house'];
    total.subsidyCommitted += r.subsidyCommitted;
    total.subsidyPaid += r.subsidyPaid;
    total.noHouseSubsidyCommitted += r.noHouseSubsidyCommitted;
    total.noHouseSubsidyPaid += r.noHouseSubsidyPaid;
    total.late += r.late;
    total.accepted += r.accepted;
    total.acceptedWithPhotos += r.acceptedWithPhotos;
    total.acceptedWithDocuments += r.acceptedWithDocuments;
    total.filesBehind += r.filesBehind;
    for (const k of PHOTO_KINDS) total.documentsOverdue[k] += r.documentsOverdue[k];
    total.sales.count += r.sales.count;
    total.sales.early += r.sales.early;
    total.sales.amountDue += r.sales.amountDue;
    total.refusals.count += r.refusals.count;
    total.returns.count += r.returns.count;
  }
  total.refusals.reasons = mergeReasons(rows.map((r) => r.refusals.reasons));
  total.returns.reasons = mergeReasons(rows.map((r) => r.returns.reasons));
  return total;
}

/** The figures as they leave the system: money in yuan. */
export const figuresView = (f: ProgrammeFigures) => ({
  ...f,
  subsidyCommitted: fenToYuan(f.subsidyCommitted),
  subsidyPaid: fenToYuan(f.subsidyPaid),
  noHouseSubsidyCommitted: fenToYuan(f.noHouseSubsidyCommitted),
  noHouseSubsidyPaid: fenToYuan(f.noHouseSubsidyPaid),
  sales: { ...f.sales, amountDue: fenToYuan(f.sales.amountDue) },
});
export type FiguresView = ReturnType<typeof figuresView>;

/** The plan each programme is measured against [R1 三, R2 三]; money in yuan. */
export function planOf(programme: Programme, policy: HousingPolicy) {
  const p = policy.parameters.plan;
  return programme === 'R1'
    ? {
        C: p.R1.cGradeHouseholds.value,
        D: p.R1.dGradeHouseholds.value,
        'no-house': p.R1.noHouseHouseholds.value,
        budget: fenToYuan(p.R1.plannedInvestment.value),
        clause: p.R1.cGradeHouseholds.citation,
      }
    : {
        households: p.R2.households.value,
        budget: fenToYuan(p.R2.plannedInvestment.value),
        clause: p.R2.households.citation,
      };
}

/**
 * Money against the planned investment: R1's plan excludes no-house households (计划投资不含无房户, R1 三),
 * so their subsidies are left out of the comparison (and shown apart in the figures); R2 has no such
 * households. `remaining` is the budget not yet committed (negative when over). Yuan.
 */
export function budgetOf(programme: Programme, total: ProgrammeFigures, policy: HousingPolicy) {
  const planned: Fen = policy.parameters.plan[programme].plannedInvestment.value;
  const committed = total.subsidyCommitted - total.noHouseSubsidyCommitted;
  const paid = total.subsidyPaid - total.noHouseSubsidyPaid;
  return {
    planned: fenToYuan(planned),
    committed: fenToYuan(committed),
    paid: fenToYuan(paid),
    remaining: fenToYuan(planned - committed),
    excludes: programme === 'R1' ? 'no-house households (R1 三: 计划投资不含无房户)' : 'nothing',
    /**
     * The no-house households' subsidies, apart from the planned investment (R1 三): what the dashboard and
     * the bulletin show on their own line. R2 has no no-house category (zero).
     */
    noHouse: {
      households: programme === 'R1' ? policy.parameters.plan.R1.noHouseHouseholds.value : 0,
      committed: fenToYuan(total.noHouseSubsidyCommitted),
      paid: fenToYuan(total.noHouseSubsidyPaid),
    },
  };
}
