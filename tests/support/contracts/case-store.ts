import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { openCase } from '../../../shared/housing/eligibility.js';
import {
  CaseExistsError,
  CaseMovedError,
  PhotoExistsError,
  type CaseStore,
  type HistoryItem,
} from '../../../shared/housing/ports.js';
import type { CaseEvent, CaseStatus, HousingCase, PhotoRecord, Programme } from '../../../shared/housing/types.js';
import { callers, person, request } from '../../unit/housing/fixtures.js';
import fc from 'fast-check';
import { HOUSING_2019 } from '../../../shared/housing/policy.js';
import { foldProjections, foldTownshipCases } from '../../../shared/reports/progress.js';
import { caseProgress, type CaseProgress } from '../../../shared/reports/progress-projection.js';
import { dateArb, historyArb, writeHistory } from '../progress-histories.js';

const suffix = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;

/**
 * The one contract of the housing CaseStore port, run against the in-memory store and the DynamoDB
 * adapter on DynamoDB Local. Each test works in a township name of its own, so lists and history never
 * meet another test's cases in the shared table.
 */
export function caseStoreContract(name: string, make: () => CaseStore, options: { propertyRuns: number }): void {
  describe(`CaseStore contract: ${name}`, () => {
    const fixture = () => {
      const store = make();
      const township = `contract-${suffix()}`;
      const open = (over: { programme?: Programme; caseId?: string } = {}) => {
        const programme = over.programme ?? 'R1';
        const householdId = `HH-${suffix()}`;
        const householder =
          programme === 'R1'
            ? person({ householdId })
            : person({ householdId, registeredFrom: undefined, flags: { minimumLivingAllowance: true } });
        const opened = openCase(request({ programme, householdId }), {
          caseId: over.caseId ?? `HC-contract-${suffix()}`,
          householder,
          caller: callers.township,
        });
        return { case: { ...opened.case, township }, event: opened.event };
      };
      /** The case one step on, with its event (what the workflow would hand the store). */
      const step = (c: HousingCase, status: CaseStatus, on: string): { next: HousingCase; event: CaseEvent } => ({
        next: { ...c, status, version: c.version + 1, lastEventOn: on },
        event: {
          caseId: c.caseId,
          seq: c.version + 1,
          type: 'village-review',
          on,
          actor: { sub: 'clerk', role: 'township', township },
          data: { passed: true },
          statusBefore: c.status,
          statusAfter: status,
        },
      });
      const photo = (caseId: string, over: Partial<PhotoRecord> = {}): PhotoRecord => ({
        caseId,
        photoId: `p-${suffix()}`,
        kind: 'before',
        contentType: 'image/jpeg',
        size: 1000,
        status: 'pending',
        requestedAt: '2019-02-01T01:00:00.000Z',
        requestedBy: { sub: 'clerk', role: 'township', township },
        key: `housing/${caseId}/photos/x`,
        ...over,
      });
      return { store, township, open, step, photo };
    };

    it('creates a case once: the file reads back; a second create of the id is refused and changes nothing', async () => {
      const f = fixture();
      const a = f.open();
      expect(await f.store.load(a.case.caseId)).toBeUndefined();
      await f.store.create(a.case, a.event);
      expect(await f.store.load(a.case.caseId)).toEqual({ case: a.case, events: [a.event], photos: [] });
      expect(await f.store.getCase(a.case.caseId)).toEqual(a.case);
      const other = f.open({ caseId: a.case.caseId, programme: 'R2' });
      await expect(f.store.create(other.case, other.event)).rejects.toBeInstanceOf(CaseExistsError);
      expect(await f.store.getCase(a.case.caseId)).toEqual(a.case);
    });

    it("moves the household's pointer with each new case; a create not naming the latest case is refused", async () => {
      const f = fixture();
      const a = f.open();
      const householdId = a.case.householdId;
      expect(await f.store.latestOf(householdId)).toBeUndefined();
      await f.store.create(a.case, a.event);
      expect(await f.store.latestOf(householdId)).toEqual({ caseId: a.case.caseId, count: 1 });
      const second = (id: string) => {
        const o = f.open({ caseId: id });
        return { case: { ...o.case, householdId }, event: o.event };
      };
      // A second case without naming the first (a concurrent first application): refused, nothing stored.
      const b = second(`HC-contract-${suffix()}`);
      await expect(f.store.create(b.case, b.event)).rejects.toBeInstanceOf(CaseExistsError);
      expect(await f.store.load(b.case.caseId)).toBeUndefined();
      await f.store.create(b.case, b.event, { caseId: a.case.caseId, count: 1 });
      expect(await f.store.latestOf(householdId)).toEqual({ caseId: b.case.caseId, count: 2 });
      // Two applications that both read the pointer at b: one case is opened, the other is refused.
      const c1 = second(`HC-contract-${suffix()}`);
      const c2 = second(`HC-contract-${suffix()}`);
      const outcomes = await Promise.allSettled([
        f.store.create(c1.case, c1.event, { caseId: b.case.caseId, count: 2 }),
        f.store.create(c2.case, c2.event, { caseId: b.case.caseId, count: 2 }),
      ]);
      expect(outcomes.filter((o) => o.status === 'fulfilled')).toHaveLength(1);
      for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(CaseExistsError);
      const latest = await f.store.latestOf(householdId);
      expect(latest?.count).toBe(3);
      expect([c1.case.caseId, c2.case.caseId]).toContain(latest?.caseId);
      const stored = [await f.store.getCase(c1.case.caseId), await f.store.getCase(c2.case.caseId)];
      expect(stored.filter(Boolean)).toHaveLength(1);
    });

    it('appends only at the version read; a stale append is refused and stores neither case nor event', async () => {
      const f = fixture();
      const a = f.open();
      await f.store.create(a.case, a.event);
      const s1 = f.step(a.case, 'village-reviewed', '2019-01-12');
      await f.store.append(s1.next, s1.event, a.case.version, { events: [a.event], photos: [] });
      const stale = f.step(a.case, 'returned', '2019-01-13');
      await expect(
        f.store.append(stale.next, stale.event, a.case.version, { events: [a.event], photos: [] }),
      ).rejects.toBeInstanceOf(CaseMovedError);
      const file = await f.store.load(a.case.caseId);
      expect(file?.case).toEqual(s1.next);
      expect(file?.events).toEqual([a.event, s1.event]);
      await expect(f.store.append(s1.next, s1.event, 99, { events: [a.event], photos: [] })).rejects.toBeInstanceOf(
        CaseMovedError,
      );
    });

    it('two steps read at the same version: at most one is stored, the other learns the case moved', async () => {
      const f = fixture();
      const a = f.open();
      await f.store.create(a.case, a.event);
      const x = f.step(a.case, 'village-reviewed', '2019-01-12');
      const y = f.step(a.case, 'returned', '2019-01-12');
      const outcomes = await Promise.allSettled([
        f.store.append(x.next, x.event, a.case.version, { events: [a.event], photos: [] }),
        f.store.append(y.next, y.event, a.case.version, { events: [a.event], photos: [] }),
      ]);
      for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(CaseMovedError);
      const won = outcomes.filter((o) => o.status === 'fulfilled').length;
      expect(won).toBeLessThanOrEqual(1);
      const file = await f.store.load(a.case.caseId);
      expect(file?.events).toHaveLength(1 + won);
      expect(file?.case.version).toBe(a.case.version + won);
    });

    it('keeps photos: a pending photo once, its verdict once, and the file lists them', async () => {
      const f = fixture();
      const a = f.open();
      await f.store.create(a.case, a.event);
      const p = f.photo(a.case.caseId);
      await f.store.putPhoto(p);
      expect(await f.store.getPhoto(a.case.caseId, p.photoId)).toEqual(p);
      await expect(f.store.putPhoto({ ...p, kind: 'after' })).rejects.toBeInstanceOf(PhotoExistsError);
      const accepted: PhotoRecord = { ...p, status: 'accepted', decidedOn: '2019-02-01', width: 800, height: 600 };
      expect(await f.store.decidePhoto(accepted, f.township)).toBe(true);
      expect(
        await f.store.decidePhoto({ ...p, status: 'rejected', reason: 'x', decidedOn: '2019-02-02' }, f.township),
      ).toBe(false);
      expect(await f.store.getPhoto(a.case.caseId, p.photoId)).toEqual(accepted);
      expect(await f.store.decidePhoto(f.photo(a.case.caseId), f.township)).toBe(false);
      expect((await f.store.load(a.case.caseId))?.photos).toEqual([accepted]);
      expect(await f.store.getPhoto(a.case.caseId, 'no-such-photo')).toBeUndefined();
    });

    it("lists a township's cases page by page in programme/status order, filtered by programme and status", async () => {
      const f = fixture();
      const made: HousingCase[] = [];
      for (const [programme, status] of [
        ['R1', 'applied'],
        ['R2', 'applied'],
        ['R1', 'village-reviewed'],
        ['R1', 'applied'],
        ['R2', 'village-reviewed'],
      ] as [Programme, CaseStatus][]) {
        const a = f.open({ programme });
        await f.store.create(a.case, a.event);
        if (status === 'applied') made.push(a.case);
        else {
          const s = f.step(a.case, status, '2019-01-12');
          await f.store.append(s.next, s.event, a.case.version, { events: [a.event], photos: [] });
          made.push(s.next);
        }
      }
      const all = async (filter: { programme?: Programme; status?: CaseStatus }) => {
        const out: HousingCase[] = [];
        let token: Record<string, unknown> | undefined;
        for (let pages = 0; pages < 20; pages++) {
          const page = await f.store.list(f.township, filter, 2, token);
          expect(page.cases.length).toBeLessThanOrEqual(2);
          out.push(...page.cases);
          token = page.lastKey;
          if (!token) break;
        }
        return out;
      };
      const order = (c: HousingCase) => `${c.programme}#${c.status}#${c.caseId}`;
      const expected = (keep: (c: HousingCase) => boolean) =>
        made
          .filter(keep)
          .sort((a, b) => (order(a) < order(b) ? -1 : 1))
          .map((c) => c.caseId);
      expect((await all({})).map((c) => c.caseId)).toEqual(expected(() => true));
      expect((await all({ programme: 'R1' })).map((c) => c.caseId)).toEqual(expected((c) => c.programme === 'R1'));
      expect((await all({ programme: 'R2', status: 'applied' })).map((c) => c.caseId)).toEqual(
        expected((c) => c.programme === 'R2' && c.status === 'applied'),
      );
      expect((await all({ status: 'village-reviewed' })).map((c) => c.caseId)).toEqual(
        expected((c) => c.status === 'village-reviewed'),
      );
      expect((await f.store.list(`${f.township}-none`, {}, 10)).cases).toEqual([]);
    });

    it("streams a township's events and decided photos up to a date, in date order, and nothing later", async () => {
      const f = fixture();
      const a = f.open();
      await f.store.create(a.case, a.event);
      const s1 = f.step(a.case, 'village-reviewed', '2019-01-20');
      await f.store.append(s1.next, s1.event, a.case.version, { events: [a.event], photos: [] });
      const pending = f.photo(a.case.caseId);
      const decided: PhotoRecord = { ...pending, status: 'accepted', decidedOn: '2019-01-15' };
      await f.store.putPhoto(pending);
      await f.store.decidePhoto(decided, f.township);
      await f.store.putPhoto(f.photo(a.case.caseId));
      // A photo of a back-dated step, judged years later: it is dated by its step (stepOn), not by the verdict.
      const backDated: PhotoRecord = { ...f.photo(a.case.caseId), stepOn: '2019-01-25' };
      await f.store.putPhoto(backDated);
      await f.store.decidePhoto({ ...backDated, status: 'accepted', decidedOn: '2026-11-30' }, f.township);
      const upTo = async (asOf: string) => {
        const items: HistoryItem[] = [];
        for await (const i of f.store.historyUpTo(f.township, asOf)) items.push(i);
        return items.map((i) =>
          i.kind === 'event' ? `E${i.event.seq}@${i.event.on}` : `P@${i.photo.stepOn ?? i.photo.decidedOn}`,
        );
      };
      expect(await upTo('2019-01-31')).toEqual(['E1@2019-01-10', 'P@2019-01-15', 'E2@2019-01-20', 'P@2019-01-25']);
      expect(await upTo('2019-01-24')).toEqual(['E1@2019-01-10', 'P@2019-01-15', 'E2@2019-01-20']);
      expect(await upTo('2019-01-15')).toEqual(['E1@2019-01-10', 'P@2019-01-15']);
      expect(await upTo('2019-01-09')).toEqual([]);
      const items: HistoryItem[] = [];
      for await (const i of f.store.historyUpTo(f.township, '2019-01-10')) items.push(i);
      expect(items).toEqual([{ kind: 'event', event: a.event, programme: 'R1' }]);
    });

    it('hands out copies: changing what was written or read does not change the store', async () => {
      const f = fixture();
      const a = f.open();
      await f.store.create(a.case, a.event);
      a.case.identityPassedBy.push('poverty-office');
      const read = await f.store.getCase(a.case.caseId);
      read!.status = 'paid';
      const again = await f.store.getCase(a.case.caseId);
      expect(again?.status).toBe('applied');
      expect(again?.identityPassedBy).toEqual([]);
    });

    const progressOf = async (store: CaseStore, township: string) => {
      const out: CaseProgress[] = [];
      for await (const p of store.progressOf(township)) out.push(p);
      return out;
    };

    it('keeps one progress projection per case, written with each event and each accepted verdict', async () => {
      const f = fixture();
      const a = f.open();
      const b = f.open({ programme: 'R2' });
      await f.store.create(a.case, a.event);
      await f.store.create(b.case, b.event);
      const s1 = f.step(a.case, 'village-reviewed', '2019-01-20');
      await f.store.append(s1.next, s1.event, a.case.version, { events: [a.event], photos: [] });
      // A stale step is refused and leaves the projection as it was.
      const stale = f.step(a.case, 'returned', '2019-01-21');
      await expect(
        f.store.append(stale.next, stale.event, a.case.version, { events: [a.event], photos: [] }),
      ).rejects.toBeInstanceOf(CaseMovedError);
      const before = f.photo(a.case.caseId);
      const rejected = f.photo(a.case.caseId, { kind: 'after' });
      const backDated = f.photo(a.case.caseId, { kind: 'agreement', stepOn: '2019-01-20' });
      for (const p of [before, rejected, backDated]) await f.store.putPhoto(p);
      await f.store.decidePhoto({ ...before, status: 'accepted', decidedOn: '2019-01-22' }, f.township);
      await f.store.decidePhoto({ ...rejected, status: 'rejected', reason: 'x', decidedOn: '2019-01-22' }, f.township);
      await f.store.decidePhoto({ ...backDated, status: 'accepted', decidedOn: '2026-11-30' }, f.township);
      // A second verdict on a decided photo changes nothing, the projection included.
      await f.store.decidePhoto({ ...before, status: 'accepted', decidedOn: '2019-03-01' }, f.township);
      const fileA = (await f.store.load(a.case.caseId))!;
      const expectedA = caseProgress(a.case.caseId, 'R1', fileA.events, fileA.photos);
      expect(expectedA.photos).toEqual(['agreement#2019-01-20', 'before#2019-01-22']);
      expect(expectedA.events.map((e) => e.slice(0, 4))).toEqual([
        ['2019-01-10', 1, 'applied', 'applied'],
        ['2019-01-20', 2, 'village-review', 'village-reviewed'],
      ]);
      const all = await progressOf(f.store, f.township);
      expect(all).toEqual(
        [expectedA, caseProgress(b.case.caseId, 'R2', [b.event])].sort((x, y) => (x.caseId < y.caseId ? -1 : 1)),
      );
      // The next event keeps the marks the verdicts added.
      const s2 = f.step(s1.next, 'village-noticed', '2019-01-25');
      await f.store.append(s2.next, s2.event, s1.next.version, fileA);
      const after = (await progressOf(f.store, f.township)).find((p) => p.caseId === a.case.caseId);
      expect(after?.photos).toEqual(expectedA.photos);
      expect(after?.version).toBe(3);
      expect(await progressOf(f.store, `${f.township}-none`)).toEqual([]);
    });

    it('the projections give exactly the figures of a full fold of the history, for random histories and cut-offs', async () => {
      let run = 0;
      await fc.assert(
        fc.asyncProperty(historyArb(), fc.array(dateArb, { minLength: 1, maxLength: 4 }), async (scripts, cutOffs) => {
          run += 1;
          const store = make();
          const township = `prop-${suffix()}`;
          await writeHistory(store, township, scripts, `${suffix()}-${run}`);
          const projections = await progressOf(store, township);
          expect(projections).toHaveLength(scripts.length);
          for (const asOf of cutOffs) {
            const fold = await foldTownshipCases(store.historyUpTo(township, asOf), asOf, HOUSING_2019);
            expect(await foldProjections(projections, asOf, HOUSING_2019)).toEqual(fold);
          }
        }),
        { numRuns: options.propertyRuns },
      );
    });
  });
}
