import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../shared/auth/roles.js';
import { MemoryRangerStore } from '../../../shared/ecology/memory-ranger-store.js';
import { ECOLOGY_2019, type EcologyPolicy } from '../../../shared/ecology/policy.js';
import { hire, payRun, quotas, release, type EcologyDeps } from '../../../shared/ecology/use-cases.js';
import { ConflictError } from '../../../shared/errors.js';
import type { Person } from '../../../shared/roster/types.js';

/**
 * The ranger use cases over the in-memory store (held to the DynamoDB adapter's contract by
 * tests/support/contracts/ranger-store.ts): the township's post quota (G 四.(一): 铁东街道 4 posts) and the
 * pay of 3,200 yuan per post per year, paid per post-month and never twice, without a table.
 */
const forestry: Caller = { sub: 'forestry-clerk', role: 'forestry-bureau' };
const TOWNSHIP = 'tiedong';

const person = (n: number, over: Partial<Person> = {}): Person => ({
  personId: `15999919700101${String(1000 + n)}`,
  name: `护林员${n}`,
  householdId: `HH-ranger-${n}`,
  township: TOWNSHIP,
  village: '铁东村',
  registeredFrom: '2016-01-01',
  flags: {},
  insuredYears: [2019],
  ...over,
});

function setup(people: Person[] = Array.from({ length: 8 }, (_, i) => person(i + 1))) {
  const rangers = new MemoryRangerStore();
  const byId = new Map(people.map((p) => [p.personId, p]));
  const deps: EcologyDeps = { rangers, person: async (id) => byId.get(id), policy: ECOLOGY_2019 };
  return { rangers, deps };
}
const code = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => (e instanceof ConflictError ? e.code : e),
  );
const hireOf = (n: number, from = '2019-01-01') => ({ personId: person(n).personId, township: TOWNSHIP, from });

describe('ranger use cases over the in-memory store: the post quota (G 四.(一))', () => {
  it("fills the township's 4 posts, numbered 1..4, and refuses the fifth hire; a replay answers the post", async () => {
    const { deps } = setup();
    const posts = [];
    for (const n of [1, 2, 3, 4]) posts.push((await hire(deps, forestry, hireOf(n))).post.postNo);
    expect(posts).toEqual([1, 2, 3, 4]);
    expect(await code(hire(deps, forestry, hireOf(5)))).toBe('quota-full');
    const replay = await hire(deps, forestry, hireOf(2));
    expect(replay).toMatchObject({ created: false, post: { postNo: 2 } });
    const row = (await quotas(deps, forestry)).townships.find((t) => t.township === TOWNSHIP);
    expect(row).toMatchObject({ quota: 4, filled: 4, free: 0 });
  });

  it('a released post is free from the day after the last day, and the fifth person takes its number', async () => {
    const { deps } = setup();
    for (const n of [1, 2, 3, 4]) await hire(deps, forestry, hireOf(n));
    await release(deps, forestry, person(2).personId, '2019-06-30');
    expect(await code(hire(deps, forestry, hireOf(5, '2019-06-30')))).toBe('quota-full');
    expect((await hire(deps, forestry, hireOf(5, '2019-07-01'))).post.postNo).toBe(2);
  });

  it('one ranger per household: a second member is refused', async () => {
    const { deps } = setup([person(1), person(2, { householdId: person(1).householdId })]);
    await hire(deps, forestry, hireOf(1));
    expect(await code(hire(deps, forestry, hireOf(2)))).toBe('household-has-ranger');
  });

  it('of eight hires at once, exactly the quota of four is hired; lost races pick another post', async () => {
    const { deps, rangers } = setup();
    const outcomes = await Promise.allSettled([1, 2, 3, 4, 5, 6, 7, 8].map((n) => hire(deps, forestry, hireOf(n))));
    const hired = outcomes.flatMap((o) => (o.status === 'fulfilled' ? [o.value.post.postNo] : []));
    expect(hired.sort()).toEqual([1, 2, 3, 4]);
    for (const o of outcomes) if (o.status === 'rejected') expect((o.reason as ConflictError).code).toBe('quota-full');
    expect(await rangers.filled([TOWNSHIP])).toEqual(new Map([[TOWNSHIP, 4]]));
  });
});

describe('ranger pay over the in-memory store: 3,200 yuan per post per year (G 四.(一))', () => {
  const runYear = async (deps: EcologyDeps) => {
    for (let m = 1; m <= 12; m += 1) await payRun(deps, forestry, `2019-${String(m).padStart(2, '0')}`);
  };
  const paidTo = async (rangers: MemoryRangerStore, filter: (e: { postNo: number; personId: string }) => boolean) => {
    let total = 0;
    for (let m = 1; m <= 12; m += 1)
      for (const e of await rangers.payEntries(`2019-${String(m).padStart(2, '0')}`))
        if (e.township === TOWNSHIP && filter(e)) total += e.amount;
    return total;
  };

  it('pays a post held all year exactly 3,200 over twelve months, and a rerun pays nothing more', async () => {
    const { deps, rangers } = setup();
    await hire(deps, forestry, hireOf(1));
    await runYear(deps);
    // Twelve month shares (266.67 or 266.66 each) add up to 320,000 fen.
    expect(await paidTo(rangers, (e) => e.postNo === 1)).toBe(320_000);
    const rerun = await payRun(deps, forestry, '2019-05');
    expect(rerun.paidThisRun).toBe(0);
    await runYear(deps);
    expect(await paidTo(rangers, () => true)).toBe(320_000);
  });

  it('a post changing hands mid-year still pays 3,200 for the year, split by month between its holders', async () => {
    const { deps, rangers } = setup();
    for (const n of [1, 2, 3, 4]) await hire(deps, forestry, hireOf(n));
    await release(deps, forestry, person(1).personId, '2019-06-30');
    expect((await hire(deps, forestry, hireOf(5, '2019-07-01'))).post.postNo).toBe(1);
    await runYear(deps);
    // Post 1: January–June to the first holder (160,000 fen), July–December to the second (160,000).
    expect(await paidTo(rangers, (e) => e.postNo === 1 && e.personId === person(1).personId)).toBe(160_000);
    expect(await paidTo(rangers, (e) => e.postNo === 1 && e.personId === person(5).personId)).toBe(160_000);
    // The township's programme: 4 posts × 3,200 = 12,800 yuan, never more.
    expect(await paidTo(rangers, () => true)).toBe(4 * 320_000);
  });

  it('withholds the months of a holder no longer registered poor, and pays no one twice for them', async () => {
    const left = person(1, { registeredUntil: '2019-03-31' });
    const { deps, rangers } = setup([left]);
    await hire(deps, forestry, hireOf(1));
    const april = await payRun(deps, forestry, '2019-04');
    expect(april.paidThisRun).toBe(0);
    expect(april.withheld).toEqual([expect.objectContaining({ personId: left.personId, postNo: 1 })]);
    await payRun(deps, forestry, '2019-03');
    expect(await paidTo(rangers, () => true)).toBe(26_667);
  });
});

describe('ranger pay changed mid-year (docs/rules.md §2.1: one dated value)', () => {
  it('pays each month at the yearly pay in force on its first day: 3,200 to June, 3,600 from July', async () => {
    const changed: EcologyPolicy = structuredClone(ECOLOGY_2019);
    changed.parameters.rangerPayPerYear.changes = [
      { from: '2019-07-01', value: 360_000, citation: 'synthetic notice 2019-06-15 (test)' },
    ];
    const { deps, rangers } = setup();
    const withChange = { ...deps, policy: changed };
    await hire(withChange, forestry, hireOf(1));
    for (let m = 1; m <= 12; m += 1) await payRun(withChange, forestry, `2019-${String(m).padStart(2, '0')}`);
    const entries = (
      await Promise.all(
        Array.from({ length: 12 }, (_, i) => rangers.payEntries(`2019-${String(i + 1).padStart(2, '0')}`)),
      )
    ).flat();
    // January–June: the cumulative share of 3,200 × 6/12 = 1,600; July–December: 3,600 × 12/12 − 3,600 × 6/12 = 1,800.
    const half = (from: number, to: number) =>
      entries
        .filter((e) => Number(e.month.slice(5)) >= from && Number(e.month.slice(5)) <= to)
        .reduce((s, e) => s + e.amount, 0);
    expect(half(1, 6)).toBe(160_000);
    expect(half(7, 12)).toBe(180_000);
    expect(entries.find((e) => e.month === '2019-07')?.clause).toBe('synthetic notice 2019-06-15 (test)');
    expect(entries.find((e) => e.month === '2019-06')?.clause).toBe('G 四.(一)');
    // The shipped document is untouched: a year under it is still 3,200.
    expect(ECOLOGY_2019.parameters.rangerPayPerYear.changes).toBeUndefined();
  });
});
