import { describe, expect, it } from 'vitest';
import { ConflictError } from '../../../shared/errors.js';
import { MemoryCaseStore } from '../../../shared/housing/memory-case-store.js';
import type { CaseFile } from '../../../shared/housing/ports.js';
import type { HousingCase, CaseEvent } from '../../../shared/housing/types.js';
import { addEvent, caseIdFor, createCase, type HousingDeps } from '../../../shared/housing/use-cases.js';
import { callers, person, request, STEP_EVENTS } from './fixtures.js';

/**
 * The housing use cases over the in-memory case store (held to the DynamoDB adapter's contract by
 * tests/support/contracts/case-store.ts): replays and concurrent steps, without a table.
 */
class StagedStore extends MemoryCaseStore {
  beforeAppend?: () => Promise<void>;
  override async append(
    next: HousingCase,
    event: CaseEvent,
    expectedVersion: number,
    prior: Pick<CaseFile, 'events' | 'photos'>,
  ) {
    const hook = this.beforeAppend;
    this.beforeAppend = undefined;
    await hook?.();
    return super.append(next, event, expectedVersion, prior);
  }
}

function setup() {
  const cases = new StagedStore();
  const householder = person();
  const deps: HousingDeps = {
    cases,
    person: async (id) => (id === householder.personId ? householder : undefined),
    now: () => new Date('2019-03-01T04:00:00Z'),
  };
  return { cases, deps };
}

const opened = async () => {
  const s = setup();
  const { file } = await createCase(s.deps, callers.township, request());
  return { ...s, caseId: file.case.caseId };
};

describe('createCase over the in-memory case store', () => {
  it('the same application again answers the stored case; another one for the household is 409 case-exists', async () => {
    const { cases, deps } = setup();
    const first = await createCase(deps, callers.township, request());
    expect(first.created).toBe(true);
    expect(first.file.case.caseId).toBe(caseIdFor('HH-001'));
    const again = await createCase(deps, callers.township, request());
    expect(again).toEqual({ created: false, file: first.file });
    await expect(createCase(deps, callers.township, request({ plannedArea: 60 }))).rejects.toMatchObject({
      code: 'case-exists',
    });
    expect((await cases.load(first.file.case.caseId))?.events).toHaveLength(1);
  });
});

describe('item 15: a new case once the latest is closed [R2 三, R1 九.(五)]', () => {
  const refuse = { type: 'refuse', on: '2019-01-15', evidence: '多次做工作仍拒绝改造,村委会记录' } as const;

  it('an open case blocks a second; once refused, HC-<household>-2 opens linked to it, and then blocks a third', async () => {
    const { cases, deps, caseId } = await opened();
    const later = request({ appliedOn: '2019-01-20' });
    await expect(createCase(deps, callers.township, later)).rejects.toMatchObject({ code: 'case-exists' });
    await addEvent(deps, callers.township, caseId, refuse);
    const second = await createCase(deps, callers.township, later);
    expect(second.created).toBe(true);
    expect(second.file.case).toMatchObject({ caseId: `${caseId}-2`, previousCaseId: caseId, status: 'applied' });
    // The same application again answers the new case; a different one is refused while it is open.
    expect(await createCase(deps, callers.township, later)).toEqual({ created: false, file: second.file });
    await expect(createCase(deps, callers.township, request({ appliedOn: '2019-01-21' }))).rejects.toMatchObject({
      code: 'case-exists',
    });
    expect((await cases.getCase(caseId))?.status).toBe('refused');
    expect(await cases.latestOf('HH-001')).toEqual({ caseId: `${caseId}-2`, count: 2 });
  });

  it('two applications after a closure at the same moment open one case between them', async () => {
    const { deps, caseId } = await opened();
    await addEvent(deps, callers.township, caseId, refuse);
    const outcomes = await Promise.allSettled([
      createCase(deps, callers.township, request({ appliedOn: '2019-01-20' })),
      createCase(deps, callers.township, request({ appliedOn: '2019-01-21' })),
    ]);
    const created = outcomes.filter((o) => o.status === 'fulfilled' && o.value.created);
    expect(created).toHaveLength(1);
    const refused = outcomes.filter((o) => o.status === 'rejected');
    expect(refused).toHaveLength(1);
    expect((refused[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
  });
});

describe('addEvent over the in-memory case store', () => {
  it('a step posted again right after it was recorded is a replay: the case as it is, no second event', async () => {
    const { cases, deps, caseId } = await opened();
    const first = await addEvent(deps, callers.township, caseId, STEP_EVENTS['village-review']);
    expect(first).toMatchObject({ replay: false, case: { status: 'village-reviewed', version: 2 } });
    const again = await addEvent(deps, callers.township, caseId, STEP_EVENTS['village-review']);
    expect(again.replay).toBe(true);
    expect(again.event).toEqual(first.event);
    expect(again.case.version).toBe(2);
    expect((await cases.load(caseId))?.events.map((e) => e.type)).toEqual(['applied', 'village-review']);
  });

  it('the same type and date with other fields is not a replay: it is checked as a new step (and refused)', async () => {
    const { deps, caseId } = await opened();
    await addEvent(deps, callers.township, caseId, STEP_EVENTS['village-review']);
    await expect(
      addEvent(deps, callers.township, caseId, {
        type: 'village-review',
        on: '2019-01-12',
        passed: false,
        reason: '材料不全',
      }),
    ).rejects.toMatchObject({ code: 'invalid-transition' });
  });

  it('two different steps at once: one is recorded, the other is 409 concurrent-update and leaves no trace', async () => {
    const { cases, deps, caseId } = await opened();
    cases.beforeAppend = async () => {
      // Between our read and our write, another clerk refuses the case.
      await addEvent(deps, { ...callers.township, sub: 'clerk-2' }, caseId, {
        type: 'refuse',
        on: '2019-01-12',
        evidence: '户主书面声明拒绝改造',
      });
    };
    const err = await addEvent(deps, callers.township, caseId, STEP_EVENTS['village-review']).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConflictError);
    expect(err).toMatchObject({ status: 409, code: 'concurrent-update' });
    const file = await cases.load(caseId);
    expect(file?.case).toMatchObject({ status: 'refused', version: 2 });
    expect(file?.events.map((e) => [e.seq, e.type])).toEqual([
      [1, 'applied'],
      [2, 'refuse'],
    ]);
  });

  it('the same step sent twice at once (a double tap): exactly one event, the other caller told to read again', async () => {
    const { cases, deps, caseId } = await opened();
    const outcomes = await Promise.allSettled([
      addEvent(deps, callers.township, caseId, STEP_EVENTS['village-review']),
      addEvent(deps, callers.township, caseId, STEP_EVENTS['village-review']),
    ]);
    expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
    const lost = outcomes.find((o) => o.status === 'rejected');
    expect(lost?.status === 'rejected' && lost.reason).toMatchObject({ code: 'concurrent-update' });
    expect((await cases.load(caseId))?.events).toHaveLength(2);
    // Posting it again now is the ordinary replay.
    expect((await addEvent(deps, callers.township, caseId, STEP_EVENTS['village-review'])).replay).toBe(true);
  });
});
