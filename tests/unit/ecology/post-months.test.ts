import { describe, expect, it } from 'vitest';
import { ECOLOGY_2019 } from '../../../shared/ecology/policy.js';
import {
  allocateMonth,
  daysHeldIn,
  decideHire,
  freePost,
  monthShare,
  tenurePay,
  type Tenure,
} from '../../../shared/ecology/rangers.js';
import type { Person } from '../../../shared/roster/types.js';

const tenure = (overrides: Partial<Tenure>): Tenure => ({
  township: 'tiedong',
  postNo: 1,
  personId: 'A',
  householdId: 'HA',
  village: '铁东村',
  from: '2019-01-01',
  ...overrides,
});
const always = () => true;
const year = (tenures: Tenure[]) => {
  let total = 0;
  for (let m = 1; m <= 12; m += 1) {
    const month = `2019-${String(m).padStart(2, '0')}`;
    total += allocateMonth(tenures, month, always).paid.length * monthShare(m, ECOLOGY_2019);
  }
  return total;
};

describe('item 11: pay per post-month, never per person-month [G 四.(一) 每人(户)年度3200元]', () => {
  // The audit case: A holds post 1 from 2019-01-01, released 2019-03-01; B takes post 1 from 2019-03-02.
  const turnover = [tenure({ until: '2019-03-01' }), tenure({ personId: 'B', householdId: 'HB', from: '2019-03-02' })];

  it('March goes once, to B (30 days against A’s 1): A 533.33 (Jan+Feb), B 2,666.67 (Mar–Dec), post 3,200.00', () => {
    // Before: every person-month was paid: A Jan–Mar = 266.67 + 266.66 + 266.67 = 800.00,
    // B Mar–Dec = 3,200 − 533.33 = 2,666.67 → 3,466.67 for a 3,200 post.
    // After: cumulative shares 3,200 × m / 12 rounded: Feb → 533.33, so A = 533.33 and B = 3,200.00 − 533.33 = 2,666.67.
    expect(allocateMonth(turnover, '2019-03', always).paid.map((p) => [p.tenure.personId, p.days])).toEqual([
      ['B', 30],
    ]);
    expect(tenurePay(turnover, 'A', 2019, ECOLOGY_2019)).toEqual({ months: 2, amount: 53_333 });
    expect(tenurePay(turnover, 'B', 2019, ECOLOGY_2019)).toEqual({ months: 10, amount: 266_667 });
    expect(year(turnover)).toBe(320_000);
  });

  it('a release on 03-20 and a replacement from 03-21: A has 20 days, B 11; March is A’s; the post still 3,200.00', () => {
    const late = [tenure({ until: '2019-03-20' }), tenure({ personId: 'B', householdId: 'HB', from: '2019-03-21' })];
    expect(allocateMonth(late, '2019-03', always).paid.map((p) => p.tenure.personId)).toEqual(['A']);
    expect(year(late)).toBe(320_000);
  });

  it('equal days: the earlier holder (A 1–15 June, B 16–30 June: 15 each)', () => {
    const tie = [tenure({ until: '2019-06-15' }), tenure({ personId: 'B', from: '2019-06-16' })];
    expect(allocateMonth(tie, '2019-06', always).paid.map((p) => p.tenure.personId)).toEqual(['A']);
  });

  it('four posts of 铁东街道 with turnover on every post pay at most 4 × 3,200 = 12,800.00 a year', () => {
    const tenures = [1, 2, 3, 4].flatMap((postNo) => [
      tenure({ postNo, personId: `A${postNo}`, until: '2019-05-10' }),
      tenure({ postNo, personId: `B${postNo}`, from: '2019-05-11', until: '2019-09-01' }),
      tenure({ postNo, personId: `C${postNo}`, from: '2019-09-02' }),
    ]);
    expect(year(tenures)).toBe(4 * 320_000);
  });

  it('one person paid once a month even across two posts (post 1 on 1–10 July, post 2 on 20–31 July)', () => {
    const two = [
      tenure({ postNo: 1, from: '2019-07-01', until: '2019-07-10' }),
      tenure({ postNo: 2, from: '2019-07-20', until: '2019-07-31' }),
    ];
    expect(allocateMonth(two, '2019-07', always).paid).toHaveLength(1);
  });

  it('counts days held in a month inclusively', () => {
    expect(daysHeldIn({ from: '2019-03-02' }, '2019-03')).toBe(30);
    expect(daysHeldIn({ from: '2019-01-01', until: '2019-03-01' }, '2019-03')).toBe(1);
    expect(daysHeldIn({ from: '2019-04-01' }, '2019-03')).toBe(0);
    expect(daysHeldIn({ from: '2019-01-01' }, '2019-02')).toBe(28);
  });

  it('a released post is free from the day after its last day: release 03-01 → a hire from 03-01 finds no post, from 03-02 finds post 1', () => {
    const slots = [
      { postNo: 1, freeFrom: '2019-03-02' },
      { postNo: 2, holder: 'X' },
    ];
    expect(freePost(slots, 2, '2019-03-01')).toBeUndefined();
    expect(freePost(slots, 2, '2019-03-02')).toBe(1);
    expect(freePost(slots, 3, '2019-03-01')).toBe(3);
  });
});

describe('item 12: registration on the month and ability to work [G 四.(一), 五.(二)]', () => {
  it('a ranger who left the register on 2019-06-15 is paid June (registered on 06-01) and withheld from July on', () => {
    const left = (id: string, on: string) => id !== 'A' || on <= '2019-06-15';
    const t = [tenure({})];
    expect(allocateMonth(t, '2019-06', left).paid).toHaveLength(1);
    const july = allocateMonth(t, '2019-07', left);
    expect(july.paid).toHaveLength(0);
    expect(july.withheld).toEqual([
      expect.objectContaining({ tenure: t[0], days: 31, reason: expect.stringContaining('2019-07-01') }),
    ]);
  });

  it('the post-month passes to the registered holder when the longest holder is no longer registered', () => {
    const t = [tenure({ until: '2019-08-20' }), tenure({ personId: 'B', from: '2019-08-21' })];
    const alloc = allocateMonth(t, '2019-08', (id) => id === 'B');
    expect(alloc.paid.map((p) => p.tenure.personId)).toEqual(['B']);
    expect(alloc.withheld.map((w) => w.tenure.personId)).toEqual(['A']);
  });

  it('hiring refuses a person the roster marks unable to work', () => {
    const person: Person = {
      personId: 'P',
      name: '示例',
      householdId: 'H',
      township: 'zhonghe',
      village: 'v',
      registeredFrom: '2016-01-01',
      flags: { unableToWork: true },
      insuredYears: [],
    };
    expect(decideHire(person, 'zhonghe', '2019-03-01', ECOLOGY_2019)).toMatchObject({
      ok: false,
      code: 'unable-to-work',
    });
  });
});
