import fc from 'fast-check';
import { openCase } from '../../shared/housing/eligibility.js';
import type { CaseStore } from '../../shared/housing/ports.js';
import {
  CASE_STATUSES,
  EVENT_TYPES,
  PHOTO_KINDS,
  type CaseEvent,
  type CaseStatus,
  type HousingCase,
  type PhotoKind,
  type PhotoRecord,
  type Programme,
} from '../../shared/housing/types.js';
import { callers, person, request } from '../unit/housing/fixtures.js';

/**
 * Random case histories for the progress projection's property tests: any sequence of events (types and
 * statuses in any order, dates going backwards as well as forwards, the data fields the figures read present
 * or not, reasons with identity numbers in them) and uploads (accepted, rejected or left pending; dated by
 * their step or their verdict) interleaved with the events, written through the CaseStore port exactly as
 * the use cases write them. The figures must equal a full fold of the history whatever the workflow allowed.
 */

const DAY0 = Date.parse('2019-01-01T00:00:00Z');
/** A date from 2018-12 to 2020-03: before, around and well after the 2019 deadline (2019-08-31). */
export const dateArb = fc
  .integer({ min: -20, max: 440 })
  .map((n) => new Date(DAY0 + n * 86_400_000).toISOString().slice(0, 10));

type Data = Record<string, unknown>;

const reasonArb = fc.constantFrom('申请材料不全', '面积超标', '户主150727198001011234信息有误', ' ', '需补充鉴定');
const dataArb: fc.Arbitrary<Data> = fc.record(
  {
    subsidy: fc.integer({ min: 0, max: 4_000_000 }),
    grade: fc.constantFrom('C', 'D', 'none', 'no-house'),
    amount: fc.integer({ min: 1, max: 3_000_000 }),
    completionBy: dateArb,
    returnedFrom: fc.constantFrom('village-review', 'township-review', 'final-acceptance'),
    reason: reasonArb,
    early: fc.boolean(),
    amountDue: fc.integer({ min: 0, max: 2_000_000 }),
    evidence: reasonArb,
    passed: fc.boolean(),
    note: fc.string({ maxLength: 8 }),
  },
  { requiredKeys: [] },
);

export type Op =
  | { kind: 'event'; type: CaseEvent['type']; statusAfter: CaseStatus; on: string; data: Data }
  | {
      kind: 'photo';
      photoKind: PhotoKind;
      status: 'accepted' | 'rejected' | 'pending';
      stepOn?: string;
      decidedOn: string;
    };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  {
    weight: 3,
    arbitrary: fc.record({
      kind: fc.constant('event' as const),
      type: fc.constantFrom(...EVENT_TYPES),
      statusAfter: fc.constantFrom(...CASE_STATUSES),
      on: dateArb,
      data: dataArb,
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record(
      {
        kind: fc.constant('photo' as const),
        photoKind: fc.constantFrom(...PHOTO_KINDS),
        status: fc.constantFrom('accepted' as const, 'accepted' as const, 'rejected' as const, 'pending' as const),
        stepOn: dateArb,
        decidedOn: dateArb,
      },
      { requiredKeys: ['kind', 'photoKind', 'status', 'decidedOn'] },
    ),
  },
);

export interface CaseScript {
  programme: Programme;
  applied: { on: string; grade: string; subsidy?: number; village: string; identityBasis?: string };
  ops: Op[];
}

const caseArb: fc.Arbitrary<CaseScript> = fc.record({
  programme: fc.constantFrom('R1' as const, 'R2' as const),
  applied: fc.record(
    {
      on: dateArb,
      grade: fc.constantFrom('C', 'D', 'no-house'),
      subsidy: fc.integer({ min: 0, max: 4_000_000 }),
      village: fc.constantFrom('一村', '二村'),
      identityBasis: fc.constantFrom('registered-poor', 'welfare', 'disabled-household'),
    },
    { requiredKeys: ['on', 'grade', 'village'] },
  ),
  ops: fc.array(opArb, { maxLength: 10 }),
});

/** A township's random cases. */
export const historyArb = (maxCases = 6) => fc.array(caseArb, { minLength: 1, maxLength: maxCases });

/** Writes the scripts through the store, as the use cases do (each append hands the file read just before). */
export async function writeHistory(store: CaseStore, township: string, scripts: CaseScript[], tag: string) {
  let n = 0;
  for (const script of scripts) {
    n += 1;
    const caseId = `HC-prop-${tag}-${n}`;
    const householdId = `HH-prop-${tag}-${n}`;
    const householder =
      script.programme === 'R1'
        ? person({ householdId })
        : person({ householdId, registeredFrom: undefined, flags: { minimumLivingAllowance: true } });
    const opened = openCase(request({ programme: script.programme, householdId }), {
      caseId,
      householder,
      caller: callers.township,
    });
    const { identityBasis: _i, subsidy: _s, ...kept } = opened.event.data;
    const first: CaseEvent = {
      ...opened.event,
      on: script.applied.on,
      data: {
        ...kept,
        grade: script.applied.grade,
        village: script.applied.village,
        householderId: householder.personId,
        ...(script.applied.subsidy !== undefined ? { subsidy: script.applied.subsidy } : {}),
        ...(script.applied.identityBasis !== undefined ? { identityBasis: script.applied.identityBasis } : {}),
      },
    };
    let c: HousingCase = { ...opened.case, township, lastEventOn: script.applied.on };
    await store.create(c, first);
    let photo = 0;
    for (const op of script.ops) {
      if (op.kind === 'event') {
        const file = await store.load(caseId);
        if (!file) throw new Error(`case ${caseId} vanished`);
        const event: CaseEvent = {
          caseId,
          seq: file.case.version + 1,
          type: op.type,
          on: op.on,
          actor: { sub: 'clerk', role: 'township', township },
          data: op.data,
          statusBefore: file.case.status,
          statusAfter: op.statusAfter,
        };
        c = { ...file.case, status: op.statusAfter, version: file.case.version + 1, lastEventOn: op.on };
        await store.append(c, event, file.case.version, file);
        continue;
      }
      photo += 1;
      const pending: PhotoRecord = {
        caseId,
        photoId: `p${photo}`,
        kind: op.photoKind,
        contentType: 'image/jpeg',
        size: 1000,
        status: 'pending',
        requestedAt: '2019-02-01T01:00:00.000Z',
        requestedBy: { sub: 'clerk', role: 'township', township },
        key: `housing/${caseId}/photos/p${photo}`,
        ...(op.stepOn ? { stepOn: op.stepOn } : {}),
      };
      await store.putPhoto(pending);
      if (op.status !== 'pending')
        await store.decidePhoto({ ...pending, status: op.status, decidedOn: op.decidedOn }, township);
    }
  }
}
