import { createHash } from 'node:crypto';
import type { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { storage } from '../../shared/app/storage.js';
import type { Caller, Role } from '../../shared/auth/roles.js';
import { addDays } from '../../shared/dates.js';
import { DynamoDbCaseStore } from '../../shared/housing/dynamodb-case-store.js';
import { openCase } from '../../shared/housing/eligibility.js';
import { requiredDocuments } from '../../shared/housing/documents.js';
import { evidenceObjectKey, photoObjectKey } from '../../shared/housing/photo-inspection.js';
import { HOUSING_2019 } from '../../shared/housing/policy.js';
import type { EventInput, HousingCase, PhotoKind, PhotoRecord, StepType } from '../../shared/housing/types.js';
import { applyEvent, nextStep } from '../../shared/housing/apply.js';
import { identityStillNeeded } from '../../shared/housing/steps.js';
import { caseIdFor } from '../../shared/housing/use-cases.js';
import type { PersonRow } from '../../shared/roster/schemas.js';
import type { Person } from '../../shared/roster/types.js';

/** A dated event for the case's next step, `d` days after `date` (demo data only). */
function demoEvent(c: HousingCase, type: StepType, date: string): EventInput {
  const d = (n: number) => addDays(date, n);
  switch (type) {
    case 'village-review':
    case 'identity-check':
      return { type, on: d(2), passed: true };
    case 'village-notice':
    case 'township-notice':
      return { type, on: d(7), from: d(1), to: d(6), objections: 'none' };
    case 'township-review':
      return { type, on: d(4), passed: true, homeVisitOn: d(1), meetingOn: d(3) };
    case 'appraisal':
      return { type, on: d(10), grade: c.grade === 'C' ? 'C' : 'D', appraiser: '示例房屋鉴定所' };
    case 'approval':
      return { type, on: d(8), noticeFrom: d(1), noticeTo: d(6), objections: 'none' };
    case 'agreement':
      return { type, on: d(3), completionBy: '2019-08-15' };
    case 'moved-out':
      return { type, on: d(5), arrangement: '借住亲属家' };
    case 'construction-start':
      return { type, on: d(7) };
    case 'preliminary-acceptance':
      return c.grade === 'D'
        ? { type, on: d(60), builtArea: c.plannedArea, oldHouse: 'demolished' }
        : { type, on: d(40), builtArea: c.plannedArea };
    case 'final-acceptance':
      return { type, on: d(10), builtArea: c.plannedArea };
    case 'payment':
      return { type, on: d(10), account: '6217000000000000000' };
  }
}

/** A 1×1 PNG: the demo's stand-in for every photo and scanned document (a real, servable image). */
const DEMO_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/**
 * The demo case's one-household file [R1 九.(五)]: each document the policy requires that is due once
 * `after` ('applied' or the step just taken) is done, stored as the check would store an accepted upload —
 * the bytes at the evidence key, the record accepted and dated by the step — so the seeded cases at final
 * acceptance hold the documents that step needs, and their links serve.
 */
async function fileDocuments(
  store: DynamoDbCaseStore,
  c: HousingCase,
  after: string,
  present: Set<PhotoKind>,
): Promise<void> {
  const files = storage();
  for (const d of requiredDocuments(c, HOUSING_2019.parameters.documents)) {
    if (d.dueAfter !== after || present.has(d.kind)) continue;
    const photoId = `seed-${d.kind}`;
    const sha256 = createHash('sha256').update(DEMO_PNG).digest('hex');
    const key = evidenceObjectKey(c.caseId, photoId, sha256);
    const written = await files.put(key, DEMO_PNG, {
      contentType: 'image/png',
      contentDisposition: `attachment; filename="${photoId}.png"`,
    });
    const pending: PhotoRecord = {
      caseId: c.caseId,
      photoId,
      kind: d.kind,
      contentType: 'image/png',
      size: DEMO_PNG.length,
      status: 'pending',
      requestedBy: { sub: 'seed', role: 'township', township: c.township },
      requestedAt: `${c.lastEventOn}T02:00:00.000Z`,
      key: photoObjectKey(c.caseId, photoId),
      stepOn: c.lastEventOn,
    };
    await store.putPhoto(pending);
    await store.decidePhoto(
      {
        ...pending,
        status: 'accepted',
        decidedOn: c.lastEventOn,
        width: 1,
        height: 1,
        stored: { key, sha256, ...written },
      },
      c.township,
    );
    present.add(d.kind);
  }
}

function callerFor(c: HousingCase, type: StepType): Caller {
  if (type === 'identity-check') return { sub: 'seed', role: identityStillNeeded(c, c.identityPassedBy)[0] as Role };
  if (type === 'appraisal' || type === 'approval' || type === 'final-acceptance')
    return { sub: 'seed', role: 'housing-office' };
  if (type === 'payment') return { sub: 'seed', role: 'finance' };
  return { sub: 'seed', role: 'township', township: c.township };
}

/**
 * A few dozen R1 cases of registered-poor demo households at different stages, so the progress report
 * (`npm run report -- --as-of 2019-06-15`) has something to show. Written with the same pure workflow and
 * store the API uses. Each case's file gets the documents the policy requires as their steps are taken
 * (fileDocuments), so the cases at final acceptance hold what that step needs.
 */
export async function seedHousing(
  client: DynamoDBDocumentClient,
  table: string,
  persons: readonly PersonRow[],
): Promise<number> {
  const store = new DynamoDbCaseStore(client, table);
  const householders = persons
    .filter(
      (p, i) =>
        p.registeredFrom && !p.registeredUntil && persons.findIndex((q) => q.householdId === p.householdId) === i,
    )
    .slice(0, 40);
  let n = 0;
  for (const [i, row] of householders.entries()) {
    const person: Person = { ...row, flags: row.flags ?? {}, insuredYears: row.insuredYears ?? [] };
    const grade = i % 4 === 0 ? 'C' : 'D';
    const request = {
      programme: 'R1' as const,
      householdId: row.householdId,
      householderId: row.personId,
      township: row.township,
      village: row.village,
      grade,
      mode: grade === 'C' ? ('repair' as const) : ('self-build' as const),
      plannedArea: 50,
      attestations: {
        agriculturalRegistration: { by: '村委会', on: '2019-01-01' },
        livesInVillage: { by: '村委会', on: '2019-01-01' },
        housing: { by: '扶贫办', on: '2019-01-01' },
      },
      ...(grade === 'C' ? { repairCost: 1_200_000 } : {}),
      appliedOn: `2019-01-${String(5 + (i % 20)).padStart(2, '0')}`,
    } as const;
    const opened = openCase(request, {
      caseId: caseIdFor(row.householdId),
      householder: person,
      caller: { sub: 'seed', role: 'township', township: row.township },
    });
    await store.create(opened.case, opened.event);
    let c = opened.case;
    // The history so far (the projection is rewritten from it; the uploads' marks go in with their verdicts).
    const events = [opened.event];
    const present = new Set<PhotoKind>();
    await fileDocuments(store, c, 'applied', present);
    for (let s = 0; s < i % 14; s += 1) {
      const type = nextStep(c);
      if (!type) break;
      const next = applyEvent(c, demoEvent(c, type, c.lastEventOn), callerFor(c, type), {
        acceptedPhotoKinds: present,
      });
      await store.append(next.case, next.event, c.version, { events, photos: [] });
      events.push(next.event);
      c = next.case;
      await fileDocuments(store, c, type, present);
    }
    n += 1;
  }
  return n;
}
