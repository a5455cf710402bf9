import { fenToYuan } from '../money.js';
import { nextStep, nextSteps, stepRoles } from './apply.js';
import type { CaseFile } from './ports.js';
import type { CaseEvent, HousingCase, PhotoRecord } from './types.js';

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

/** Money leaves the system in yuan (docs/rules.md §9). */
export function caseView(c: HousingCase): Record<string, unknown> {
  const next = nextView(c);
  return {
    ...c,
    ...(next ? { next } : {}),
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
  ...caseView(withPhotosCase),
  history: file.events.map(eventView),
  photoList: file.photos.map(photoView),
});
