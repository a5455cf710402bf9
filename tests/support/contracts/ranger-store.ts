import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { IncomeRecord } from '../../../shared/ecology/income.js';
import type { PayEntry, RangerPost, RangerStore } from '../../../shared/ecology/ports.js';

const suffix = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;

/**
 * The one contract of the ranger store port, run against the in-memory store (unit project) and the DynamoDB
 * adapter on DynamoDB Local (integration project). Each test works in a township, households, people and pay
 * months of its own (a far-off year), so runs against one shared table never meet.
 */
export function rangerStoreContract(name: string, make: () => RangerStore): void {
  describe(`RangerStore contract: ${name}`, () => {
    const fixture = () => {
      const store = make();
      const run = suffix();
      const township = `contract-${run}`;
      const post = (n: number, over: Partial<RangerPost> = {}): RangerPost => ({
        personId: `P-${run}-${n}`,
        householdId: `HH-${run}-${n}`,
        township,
        postNo: n,
        village: '示例村',
        from: '2019-03-01',
        status: 'active',
        hiredBy: 'forestry-clerk',
        ...over,
      });
      const year = 2200 + randomInt(7000);
      const pay = (month: string, p: RangerPost, over: Partial<PayEntry> = {}): PayEntry => ({
        month,
        postNo: p.postNo,
        village: p.village,
        days: 30,
        personId: p.personId,
        householdId: p.householdId,
        township,
        amount: 26_667,
        clause: 'G 四.(一)',
        runBy: 'forestry-clerk',
        ...over,
      });
      return { store, township, post, pay, year, run };
    };

    it('hires: the post, its numbered slot, the tenure and the filled count are stored together', async () => {
      const { store, township, post } = fixture();
      const p1 = post(1);
      expect(await store.getPost(p1.personId)).toBeUndefined();
      expect(await store.filled([township])).toEqual(new Map());
      expect(await store.hire(p1, 2)).toBe('hired');
      expect(await store.getPost(p1.personId)).toEqual(p1);
      expect(await store.posts(township)).toEqual([p1]);
      expect(await store.filled([township, `${township}-other`])).toEqual(new Map([[township, 1]]));
      expect(await store.slots(township)).toEqual([{ postNo: 1, holder: p1.personId }]);
      expect(await store.tenures(township)).toEqual([
        {
          township,
          postNo: 1,
          personId: p1.personId,
          householdId: p1.householdId,
          village: '示例村',
          from: '2019-03-01',
        },
      ]);
    });

    it('refuses a hire naming the first broken rule: the person, the household, the quota, then the slot; stores nothing', async () => {
      const { store, township, post } = fixture();
      const p1 = post(1);
      await store.hire(p1, 1);
      // The same person again (even on another post, with room in a larger quota).
      expect(await store.hire({ ...p1, postNo: 2 }, 5)).toBe('already-hired');
      // Another member of the household: one ranger per household.
      expect(await store.hire(post(2, { householdId: p1.householdId }), 5)).toBe('household-has-ranger');
      // A new household when the township's one post is filled.
      expect(await store.hire(post(3), 1)).toBe('quota-full');
      // Room in the quota, but the numbered post is held: read the slots again.
      expect(await store.hire(post(4, { postNo: 1 }), 5)).toBe('conflict');
      expect(await store.filled([township])).toEqual(new Map([[township, 1]]));
      expect(await store.slots(township)).toEqual([{ postNo: 1, holder: p1.personId }]);
      for (const n of [2, 3, 4]) expect(await store.getPost(post(n).personId)).toBeUndefined();
      expect(await store.tenures(township)).toHaveLength(1);
    });

    it('releases once: frees the quota, the household and the post from the next day, and closes the tenure', async () => {
      const { store, township, post } = fixture();
      const p1 = post(1);
      await store.hire(p1, 1);
      expect(await store.release(p1, '2019-06-30')).toBe('released');
      expect(await store.getPost(p1.personId)).toEqual({ ...p1, status: 'released', releasedOn: '2019-06-30' });
      expect(await store.filled([township])).toEqual(new Map([[township, 0]]));
      expect(await store.slots(township)).toEqual([{ postNo: 1, freeFrom: '2019-07-01' }]);
      expect((await store.tenures(township))[0]?.until).toBe('2019-06-30');
      expect(await store.release(p1, '2019-07-31')).toBe('not-active');
      // The post is not free on the last holder's last day; it is from the day after.
      expect(await store.hire(post(2, { postNo: 1, from: '2019-06-30' }), 1)).toBe('conflict');
      expect(await store.hire(post(2, { postNo: 1, from: '2019-07-01' }), 1)).toBe('hired');
      // The household and the person are free again (the released person may be hired on another post).
      expect(await store.hire({ ...p1, postNo: 2, from: '2019-08-01' }, 2)).toBe('hired');
      expect((await store.tenures(township)).map((t) => [t.postNo, t.personId, t.from, t.until])).toEqual([
        [1, p1.personId, '2019-03-01', '2019-06-30'],
        [1, post(2).personId, '2019-07-01', undefined],
        [2, p1.personId, '2019-08-01', undefined],
      ]);
      expect(await store.filled([township])).toEqual(new Map([[township, 2]]));
    });

    it('never fills more than the quota, however many hires come at once', async () => {
      const { store, township, post } = fixture();
      const outcomes = await Promise.all([1, 2, 3, 4, 5].map((n) => store.hire(post(n), 2)));
      const hired = outcomes.filter((o) => o === 'hired').length;
      expect(hired).toBeGreaterThanOrEqual(1);
      expect(hired).toBeLessThanOrEqual(2);
      for (const o of outcomes) expect(['hired', 'quota-full', 'conflict']).toContain(o);
      expect(await store.filled([township])).toEqual(new Map([[township, hired]]));
      expect((await store.posts(township)).filter((p) => p.status === 'active')).toHaveLength(hired);
    });

    it('records a post-month once and reads the pay ledger by month and by person', async () => {
      const { store, township, post, pay, year } = fixture();
      const p1 = post(1, { from: `${year}-01-15` });
      const p2 = post(2, { from: `${year}-01-01` });
      await store.hire(p1, 3);
      await store.hire(p2, 3);
      await store.release(p1, `${year}-02-10`);
      const jan = `${year}-01`;
      const feb = `${year}-02`;
      expect(await store.payMonth(pay(jan, p2))).toBe(true);
      expect(await store.payMonth(pay(jan, p1, { days: 17 }))).toBe(true);
      // A rerun of January pays no post-month twice, whatever it carries.
      expect(await store.payMonth(pay(jan, p1, { amount: 99_999 }))).toBe(false);
      expect(await store.payMonth(pay(feb, p1, { days: 10 }))).toBe(true);
      expect(await store.payMonth(pay(feb, p2))).toBe(true);
      expect((await store.payEntries(jan)).map((e) => [e.postNo, e.amount])).toEqual([
        [1, 26_667],
        [2, 26_667],
      ]);
      expect(await store.payEntries(`${year}-03`)).toEqual([]);
      // p1 held post 1 from January 15 to February 10: both months, nothing after.
      expect(await store.payOf(p1.personId, township, `${year}-12-31`)).toEqual([
        pay(jan, p1, { days: 17 }),
        pay(feb, p1, { days: 10 }),
      ]);
      expect((await store.payOf(p2.personId, township, `${year}-01-31`)).map((e) => e.month)).toEqual([jan]);
      expect(await store.payOf('nobody', township, `${year}-12-31`)).toEqual([]);
    });

    it("keeps the income programmes' records, replacing a participant's record", async () => {
      const { store, run } = fixture();
      const record = (participantId: string, earnings: number): IncomeRecord => ({
        programme: 'nursery-park',
        participantId: `${participantId}-${run}`,
        householdId: `HH-${run}`,
        people: 2,
        earnings,
      });
      await store.putIncome(record('b', 500_000), 'clerk');
      await store.putIncome(record('a', 300_000), 'clerk');
      await store.putIncome(record('a', 320_000), 'clerk');
      await store.putIncome({ ...record('c', 1), programme: 'forest-farms' }, 'clerk');
      const mine = (await store.income(['nursery-park', 'forest-farms'])).filter((r) => r.householdId === `HH-${run}`);
      expect(mine).toEqual([
        record('a', 320_000),
        record('b', 500_000),
        { ...record('c', 1), programme: 'forest-farms' },
      ]);
    });

    it('hands out copies: changing what was written or read does not change the store', async () => {
      const { store, post } = fixture();
      const p1 = post(1);
      await store.hire(p1, 1);
      p1.village = 'mutated';
      const read = await store.getPost(p1.personId);
      read!.status = 'released';
      expect(await store.getPost(p1.personId)).toMatchObject({ village: '示例村', status: 'active' });
    });
  });
}
