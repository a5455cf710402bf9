import { describe, expect, it } from 'vitest';
import { incomeProgress } from '../../../shared/ecology/income.js';
import { ECOLOGY_2019, quotaOf } from '../../../shared/ecology/policy.js';
import { decideHire, monthShare, rangerPay } from '../../../shared/ecology/rangers.js';
import { TOWNSHIPS } from '../../../shared/reference/townships.js';
import type { Person } from '../../../shared/roster/types.js';

const person = (overrides: Partial<Person> = {}): Person => ({
  personId: '11010519491231002X',
  name: '示例',
  householdId: 'H',
  township: 'zhonghe',
  village: 'v',
  registeredFrom: '2016-01-01',
  flags: {},
  insuredYears: [2019],
  ...overrides,
});

describe('the G 四.(一) table as data', () => {
  const rows = ECOLOGY_2019.parameters.rangerQuotas.value;
  it('sums to 480 posts, 130 villages and 1,536 people', () => {
    expect(rows.reduce((s, r) => s + r.posts, 0)).toBe(480);
    expect(rows.reduce((s, r) => s + r.villages, 0)).toBe(130);
    expect(rows.reduce((s, r) => s + r.people, 0)).toBe(1536);
  });
  it('names only real township codes; 柴河镇 and 向阳街道 have no posts', () => {
    const codes = TOWNSHIPS.map((t) => t.code);
    expect(rows.every((r) => codes.includes(r.township))).toBe(true);
    expect(quotaOf(ECOLOGY_2019, 'chaihe').posts).toBe(0);
    expect(quotaOf(ECOLOGY_2019, 'xiangyang').posts).toBe(0);
    expect(quotaOf(ECOLOGY_2019, 'hexi')).toEqual({ township: 'hexi', posts: 4, villages: 1, people: 12 });
  });
});

describe('hiring [G 四.(一), 五.(二)]', () => {
  it.each([
    ['a registered-poor person of the township', person(), 'zhonghe', '2019-03-01', undefined],
    ['a person not on the roster', undefined, 'zhonghe', '2019-03-01', 'not-registered'],
    [
      'a person not yet registered on the start date',
      person({ registeredFrom: '2019-06-01' }),
      'zhonghe',
      '2019-03-01',
      'not-registered',
    ],
    ['a person of another township', person({ township: 'wadi' }), 'zhonghe', '2019-03-01', 'not-registered'],
    [
      'one of the excluded 八类人员',
      person({ flags: { excludedFromRangerPosts: true } }),
      'zhonghe',
      '2019-03-01',
      'excluded',
    ],
    ['a township with no posts', person({ township: 'chaihe' }), 'chaihe', '2019-03-01', 'quota-full'],
  ] as const)('%s', (_n, p, township, from, code) => {
    const d = decideHire(p, township, from, ECOLOGY_2019);
    if (code === undefined) expect(d.ok).toBe(true);
    else expect(d).toMatchObject({ ok: false, code });
  });
});

describe('pay, pro rata by month of service (decision)', () => {
  it.each([
    ['a full year is exactly 3,200', '2019-01-01', undefined, 12, 320_000],
    ['from 1 July: 6 months = 1,600', '2019-07-01', undefined, 6, 160_000],
    // March's share: 3,200 × 3/12 − 3,200 × 2/12 = 800.00 − 533.33 = 266.67; April's: 1,066.67 − 800.00 = 266.67
    ['from 31 March to 2 April: March and April count = 533.34', '2019-03-31', '2019-04-02', 2, 53_334],
    ['hired the year before, released 31 January: January = 266.67', '2018-05-01', '2019-01-31', 1, 26_667], // 3,200/12 = 266.666… → 266.67
    ['released before the year: nothing', '2018-01-01', '2018-12-31', 0, 0],
  ])('%s', (_n, from, until, months, amount) => {
    expect(rangerPay(from, until, 2019, ECOLOGY_2019)).toEqual({ months, amount });
  });
});

describe('monthly shares', () => {
  it('the twelve months of a post add up to exactly 3,200', () => {
    const shares = Array.from({ length: 12 }, (_, i) => monthShare(i + 1, ECOLOGY_2019));
    expect(shares.reduce((a, b) => a + b, 0)).toBe(320_000);
    expect(new Set(shares)).toEqual(new Set([26_666, 26_667]));
  });
});

describe('income programmes against their targets [G 四.(二)–(四)]', () => {
  it('counts households, people and those reaching the income aim', () => {
    const progress = incomeProgress(
      [
        { programme: 'forestry-industry', participantId: 'a', householdId: 'H1', people: 3, earnings: 300_000 },
        { programme: 'forestry-industry', participantId: 'b', householdId: 'H1', people: 0 + 1, earnings: 250_000 }, // H1 earns 5,500 ≥ 5,000
        { programme: 'forestry-industry', participantId: 'c', householdId: 'H2', people: 2, earnings: 400_000 }, // 4,000 < 5,000
        { programme: 'nursery-park', participantId: 'w1', householdId: 'H3', people: 1, earnings: 900_000 },
      ],
      ECOLOGY_2019,
    );
    expect(progress[0]).toMatchObject({
      programme: 'forestry-industry',
      target: { households: 200, people: 560 },
      actual: { households: 2, people: 6, reachingTarget: 1 },
    });
    expect(progress[1]).toMatchObject({
      programme: 'nursery-park',
      target: { people: 50, incomePerUnit: 9000 },
      actual: { reachingTarget: 1 },
    });
    expect(progress[2]).toMatchObject({ programme: 'forest-farms', target: { people: 410 }, actual: { people: 0 } });
  });
});
