import type { IsoDate } from '../dates.js';
import type { CaseEvent, CaseStatus, PhotoRecord, Programme } from '../housing/types.js';
import { CASE_STATUSES } from '../housing/types.js';
import type { HousingPolicy } from '../housing/policy.js';
import { fenToYuan, type Fen } from '../money.js';

/** What the progress report keeps per case while it folds the history: never the events themselves. */
interface CaseState {
  programme: Programme;
  grade: string;
  status: CaseStatus;
  subsidy: Fen;
  approved: boolean;
  paid: Fen;
  finalAcceptedOn?: IsoDate;
  photos: { before: number; after: number };
}

export type HistoryItem = { kind: 'event'; event: CaseEvent; programme: Programme } | { kind: 'photo'; photo: PhotoRecord };

export interface ProgrammeFigures {
  cases: number;
  stages: Record<string, number>;
  grades: { C: number; D: number; 'no-house': number };
  subsidyCommitted: number;
  subsidyPaid: number;
  late: number;
  accepted: number;
  acceptedWithPhotos: number;
  refusals: { count: number; reasons: string[] };
  returns: { count: number; reasons: string[] };
}

const FINISHED: readonly CaseStatus[] = ['final-accepted', 'paid', 'subsidy-cancelled', 'refused', 'not-dangerous'];
const ACCEPTED: readonly CaseStatus[] = ['final-accepted', 'paid', 'subsidy-cancelled'];
const NOT_RENOVATED: readonly CaseStatus[] = ['refused', 'not-dangerous'];

const emptyFigures = (): ProgrammeFigures => ({
  cases: 0,
  stages: Object.fromEntries(CASE_STATUSES.map((s) => [s, 0])),
  grades: { C: 0, D: 0, 'no-house': 0 },
  subsidyCommitted: 0,
  subsidyPaid: 0,
  late: 0,
  accepted: 0,
  acceptedWithPhotos: 0,
  refusals: { count: 0, reasons: [] },
  returns: { count: 0, reasons: [] },
});

/**
 * Folds one township's history up to a cut-off into per-programme figures (SPEC §7, R1 八.(二)). Pure: the
 * caller streams the items (case events and photo verdicts dated on or before `asOf`, in date order); only
 * a small state per case is kept. Definitions (docs/reports.md):
 * - stage: the case's status after its last event dated on or before the cut-off;
 * - grade: the applied grade, replaced by the appraisal's; refused and not-dangerous cases are not counted
 *   against the plan's C / D / no-house figures;
 * - committed: the current subsidy of every case approved by the city (approval = entry into the national
 *   system) [R1 七.(四)]; paid: the payment events; both in fen inside, yuan outside;
 * - late: finally accepted after the deadline, or not finished (accepted or closed) when the cut-off is after it
 *   [R1 三];
 * - photo completeness: accepted cases with at least one accepted `before` and one accepted `after` photo
 *   decided on or before the cut-off [R1 九.(五)].
 */
export async function foldTownship(items: AsyncIterable<HistoryItem> | Iterable<HistoryItem>, asOf: IsoDate, policy: HousingPolicy): Promise<Record<Programme, ProgrammeFigures>> {
  const cases = new Map<string, CaseState>();
  const photos = new Map<string, { before: number; after: number }>();
  const out: Record<Programme, ProgrammeFigures> = { R1: emptyFigures(), R2: emptyFigures() };
  for await (const item of items) {
    if (item.kind === 'photo') {
      const p = item.photo;
      if (p.status !== 'accepted' || !p.decidedOn || p.decidedOn > asOf) continue;
      const counts = photos.get(p.caseId) ?? { before: 0, after: 0 };
      if (p.kind === 'before') counts.before += 1;
      if (p.kind === 'after') counts.after += 1;
      photos.set(p.caseId, counts);
      continue;
    }
    const e = item.event;
    if (e.on > asOf) continue;
    let state = cases.get(e.caseId);
    if (e.type === 'applied') {
      state = { programme: item.programme, grade: String(e.data.grade), status: e.statusAfter, subsidy: Number(e.data.subsidy ?? 0), approved: false, paid: 0, photos: { before: 0, after: 0 } };
      cases.set(e.caseId, state);
      continue;
    }
    if (!state) continue;
    state.status = e.statusAfter;
    if (e.type === 'appraisal' && typeof e.data.grade === 'string' && e.data.grade !== 'none') state.grade = e.data.grade;
    if (typeof e.data.subsidy === 'number') state.subsidy = e.data.subsidy;
    if (e.type === 'approval') state.approved = true;
    if (e.type === 'payment' && typeof e.data.amount === 'number') state.paid += e.data.amount;
    if (e.type === 'final-acceptance') state.finalAcceptedOn = e.on;
    const f = out[state.programme];
    if (e.statusAfter === 'returned') {
      f.returns.count += 1;
      f.returns.reasons.push(String(e.data.reason ?? ''));
    }
    if (e.type === 'refuse') {
      f.refusals.count += 1;
      f.refusals.reasons.push(String(e.data.evidence ?? ''));
    }
  }

  const deadline = policy.parameters.schedule.deadline.value;
  for (const [caseId, s] of cases) {
    const f = out[s.programme];
    f.cases += 1;
    f.stages[s.status] = (f.stages[s.status] ?? 0) + 1;
    if (!NOT_RENOVATED.includes(s.status) && (s.grade === 'C' || s.grade === 'D' || s.grade === 'no-house')) f.grades[s.grade] += 1;
    if (s.approved && !NOT_RENOVATED.includes(s.status)) f.subsidyCommitted += s.subsidy;
    f.subsidyPaid += s.paid;
    const late = s.finalAcceptedOn ? s.finalAcceptedOn > deadline : !FINISHED.includes(s.status) && asOf > deadline;
    if (late) f.late += 1;
    if (ACCEPTED.includes(s.status)) {
      f.accepted += 1;
      const p = photos.get(caseId);
      if (p && p.before > 0 && p.after > 0) f.acceptedWithPhotos += 1;
    }
  }
  return out;
}

export function sumFigures(rows: readonly ProgrammeFigures[]): ProgrammeFigures {
  const total = emptyFigures();
  for (const r of rows) {
    total.cases += r.cases;
    for (const [k, v] of Object.entries(r.stages)) total.stages[k] = (total.stages[k] ?? 0) + v;
    total.grades.C += r.grades.C;
    total.grades.D += r.grades.D;
    total.grades['no-house'] += r.grades['no-house'];
    total.subsidyCommitted += r.subsidyCommitted;
    total.subsidyPaid += r.subsidyPaid;
    total.late += r.late;
    total.accepted += r.accepted;
    total.acceptedWithPhotos += r.acceptedWithPhotos;
    total.refusals.count += r.refusals.count;
    total.refusals.reasons.push(...r.refusals.reasons);
    total.returns.count += r.returns.count;
    total.returns.reasons.push(...r.returns.reasons);
  }
  return total;
}

/** Money to yuan for the outputs. */
export const figuresView = (f: ProgrammeFigures) => ({ ...f, subsidyCommitted: fenToYuan(f.subsidyCommitted), subsidyPaid: fenToYuan(f.subsidyPaid) });

/** The plan each programme is measured against [R1 三, R2 三]. */
export function planOf(programme: Programme, policy: HousingPolicy) {
  const p = policy.parameters.plan;
  return programme === 'R1'
    ? { C: p.R1.cGradeHouseholds.value, D: p.R1.dGradeHouseholds.value, 'no-house': p.R1.noHouseHouseholds.value, budget: fenToYuan(p.R1.plannedInvestment.value), clause: p.R1.cGradeHouseholds.citation }
    : { households: p.R2.households.value, budget: fenToYuan(p.R2.plannedInvestment.value), clause: p.R2.households.citation };
}
