import { fenToYuan } from '../money.js';
import { nextStep, nextSteps, stepRoles } from './apply.js';
import { documentCompleteness } from './documents.js';
import { housingPolicyById } from './policy.js';
import type { CaseFile } from './ports.js';
import { STATUS_POSITION } from './steps.js';
import {
  acceptedPhotoKinds,
  emptyPhotoSummary,
  STEP_TYPES,
  type CaseEvent,
  type HousingCase,
  type PhotoRecord,
} from './types.js';

/**
 * What the case waits for: the next step, the roles that take it, and every event the case accepts now
 * (the step, `return` while it is a review, `refuse`) with the roles allowed to take each. Absent when closed.
 */
export function nextView(c: HousingCase): Record<string, unknown> | undefined {
  const step = nextStep(c);
  if (!step) return undefined;
  return {
    step,
    roles: [...stepRoles(c, step)],
    actions: nextSteps(c).map((type) => ({ type, roles: [...stepRoles(c, type)] })),
  };
}

/** The steps a case has taken, from its status (a cancelled subsidy passed final acceptance). */
function stepsDone(c: HousingCase): Set<string> {
  const position =
    STATUS_POSITION[c.status] ?? (c.status === 'subsidy-cancelled' ? STEP_TYPES.indexOf('final-acceptance') : -1);
  return new Set(STEP_TYPES.slice(0, position + 1));
}

/**
 * The one-household file's completeness [R1 九.(五), R2 八.(五)]: the documents the case's policy requires of
 * it, which have an accepted upload, and which are overdue (the step they follow is done). Read from the
 * case's photo summary, so give a case whose summary comes from its photo records (withPhotos).
 */
export function documentsView(c: HousingCase) {
  const policy = housingPolicyById(c.policyId);
  if (!policy) return undefined;
  const d = documentCompleteness(c, new Set(acceptedPhotoKinds(c.photos)), stepsDone(c), policy.parameters.documents);
  return {
    complete: d.complete,
    required: d.required,
    present: d.present,
    missing: d.missing,
    overdue: d.overdue,
    items: d.documents,
  };
}

/**
 * Money leaves the system in yuan (docs/rules.md §9). `withDocuments`: add the file's completeness (the case's
 * photo summary must be current: the file's detail and a step's answer, not the list).
 */
export function caseView(c: HousingCase, withDocuments = false): Record<string, unknown> {
  const next = nextView(c);
  const documents = withDocuments ? documentsView(c) : undefined;
  return {
    ...c,
    // Cases stored before a kind existed have no count for it.
    photos: { ...c.photos, accepted: { ...emptyPhotoSummary().accepted, ...c.photos.accepted } },
    ...(next ? { next } : {}),
    ...(documents ? { documents } : {}),
    ...(c.repairCost !== undefined ? { repairCost: fenToYuan(c.repairCost) } : {}),
    ...(c.sale ? { sale: { ...c.sale, amountDue: fenToYuan(c.sale.amountDue) } } : {}),
    subsidy: { ...c.subsidy, committed: fenToYuan(c.subsidy.committed), paid: fenToYuan(c.subsidy.paid) },
  };
}

function yuanFields(data: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...data };
  // Money in a history entry: the repair cost, the payment's amount, the subsidy a step committed, the backing
  // money a sale owes back (all fen).
  for (const key of ['repairCost', 'amount', 'subsidy', 'amountDue'])
    if (typeof out[key] === 'number') out[key] = fenToYuan(out[key] as number);
  if (out.subsidy && typeof out.subsidy === 'object') {
    const s = out.subsidy as Record<string, unknown>;
    out.subsidy = {
      ...s,
      ...(typeof s.committed === 'number' ? { committed: fenToYuan(s.committed) } : {}),
      ...(typeof s.paid === 'number' ? { paid: fenToYuan(s.paid) } : {}),
      ...(typeof s.amount === 'number' ? { amount: fenToYuan(s.amount) } : {}),
    };
  }
  return out;
}

export const eventView = (e: CaseEvent): Record<string, unknown> => ({ ...e, data: yuanFields(e.data) });

export const photoView = (p: PhotoRecord): Record<string, unknown> => ({
  photoId: p.photoId,
  kind: p.kind,
  contentType: p.contentType,
  status: p.status,
  ...(p.reason ? { reason: p.reason } : {}),
  ...(p.reasonCode ? { reasonCode: p.reasonCode } : {}),
  ...(p.decidedOn ? { decidedOn: p.decidedOn } : {}),
  ...(p.width && p.height ? { width: p.width, height: p.height } : {}),
});

export const fileView = (file: CaseFile, withPhotosCase: HousingCase): Record<string, unknown> => ({
  ...caseView(withPhotosCase, true),
  history: file.events.map(eventView),
  photoList: file.photos.map(photoView),
});
