import { daysInclusive, type IsoDate } from '../dates.js';
import type { Fen } from '../money.js';
import { isRegisteredOn, type Person } from '../roster/types.js';
import { resolveOn } from '../policy/parameter.js';
import { quotaOf, type EcologyPolicy } from './policy.js';

export type HireRefusal = 'quota-full' | 'household-has-ranger' | 'excluded' | 'not-registered' | 'unable-to-work';

/**
 * Whether a person may be hired as an eco-ranger for a township (G 四.(一), 五.(二)): on the roster, registered
 * poor on the start date, living in that township (townships select from their own households), not one of
 * the excluded 八类人员, and the township has posts at all. The store enforces the quota and one ranger per
 * household with write conditions (the answer to "is it full" is the write's, not a read's).
 */
export function decideHire(
  person: Person | undefined,
  township: string,
  from: IsoDate,
  policy: EcologyPolicy,
): { ok: true } | { ok: false; code: HireRefusal; message: string; clause: string } {
  const clause = 'G 四.(一)';
  if (!person) return { ok: false, code: 'not-registered', message: 'The person is not on the roster.', clause };
  if (!isRegisteredOn(person, from))
    return { ok: false, code: 'not-registered', message: `The person is not registered poor on ${from}.`, clause };
  if (person.township !== township) {
    return {
      ok: false,
      code: 'not-registered',
      message: `The person is registered in township ${person.township}, not ${township}; townships select from their own households.`,
      clause: 'G 五.(二)',
    };
  }
  if (person.flags.excludedFromRangerPosts)
    return {
      ok: false,
      code: 'excluded',
      message: 'The person is one of the 八类人员 the programme excludes.',
      clause,
    };
  if (person.flags.unableToWork)
    return {
      ok: false,
      code: 'unable-to-work',
      message: 'The roster marks the person unable to work; townships select rangers able to do the work.',
      clause: 'G 五.(二)',
    };
  if (quotaOf(policy, township).posts === 0)
    return { ok: false, code: 'quota-full', message: `Township ${township} has no ranger posts.`, clause };
  return { ok: true };
}

/**
 * The pay for calendar month m (1–12) of a post: the yearly amount's m-th twelfth, taken as the difference of
 * cumulative shares (3,200 × m / 12, each rounded half up to the fen), so the twelve months of a year add up
 * to exactly 3,200 (decision on G 四.(一) "每人(户)年度3200元").
 */
export function monthShare(month: number, policy: EcologyPolicy): Fen {
  const yearly = policy.parameters.rangerPayPerYear.value;
  const cumulative = (m: number) => Math.floor((yearly * m * 2 + 12) / 24);
  return cumulative(month) - cumulative(month - 1);
}

/** The calendar months (YYYY-MM) of `year` in which the post was held on at least one day. */
export function monthsServed(from: IsoDate, until: IsoDate | undefined, year: number): string[] {
  const start = from < `${year}-01-01` ? `${year}-01-01` : from;
  const end = until === undefined || until > `${year}-12-31` ? `${year}-12-31` : until;
  if (start > end) return [];
  const months: string[] = [];
  for (let m = Number(start.slice(5, 7)); m <= Number(end.slice(5, 7)); m += 1)
    months.push(`${year}-${String(m).padStart(2, '0')}`);
  return months;
}

/**
 * Pay for a year of service, pro rata by month (decision: each calendar month in which the ranger served on
 * at least one day counts, and pays that month's share; a full year is exactly 3,200).
 */
export function rangerPay(
  from: IsoDate,
  until: IsoDate | undefined,
  year: number,
  policy: EcologyPolicy,
): { months: number; amount: Fen } {
  const months = monthsServed(from, until, year);
  return { months: months.length, amount: months.reduce((sum, m) => sum + monthShare(Number(m.slice(5)), policy), 0) };
}

/** One holding of a numbered post: who held post `postNo` of a township, in which village, from when to when. */
export interface Tenure {
  township: string;
  postNo: number;
  personId: string;
  householdId: string;
  village: string;
  from: IsoDate;
  /** Last day held (inclusive); absent while held. */
  until?: IsoDate;
}

/**
 * The number of a post a hire from `from` may take (decision on G 四.(一) "护林员480名"): posts are numbered
 * 1..quota; a post is free when nobody holds it and its last holder's last day is before `from`, so two
 * people never hold the same post on the same day. Among the free posts the lowest number. Pure.
 */
export function freePost(
  slots: readonly { postNo: number; holder?: string; freeFrom?: IsoDate }[],
  quota: number,
  from: IsoDate,
): number | undefined {
  const byNo = new Map(slots.map((s) => [s.postNo, s]));
  for (let n = 1; n <= quota; n += 1) {
    const slot = byNo.get(n);
    if (!slot || (slot.holder === undefined && (slot.freeFrom === undefined || slot.freeFrom <= from))) return n;
  }
  return undefined;
}

const lastDayOfMonth = (month: string): IsoDate => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
};

/** Days of `month` (YYYY-MM) the tenure covers. */
export function daysHeldIn(tenure: Pick<Tenure, 'from' | 'until'>, month: string): number {
  const first = `${month}-01`;
  const last = lastDayOfMonth(month);
  const start = tenure.from > first ? tenure.from : first;
  const end = tenure.until === undefined || tenure.until > last ? last : tenure.until;
  return Math.max(0, daysInclusive(start, end));
}

export interface MonthAllocation {
  paid: { tenure: Tenure; days: number }[];
  withheld: { tenure: Tenure; days: number; reason: string }[];
}

/**
 * Who a township's posts pay for `month` (decision on G 四.(一) "每人(户)年度3200元": the 3,200 is a post's
 * year, paid per post-month). Each numbered post held on any day of the month pays that month's share
 * once, to the holder who held it on the most days of the month (ties: the earlier holder), among holders
 * still registered poor on their first day held in the month [G 四.(一) 建档立卡贫困人口]. Holders not
 * registered then are withheld with the reason, and the post-month goes to the next holder if any. So a
 * release on 03-01 and a replacement from 03-02 pay March once, to the replacement (30 days against 1).
 * Pure: `registered(personId, date)` answers from the roster the caller read.
 */
export function allocateMonth(
  tenures: readonly Tenure[],
  month: string,
  registered: (personId: string, on: IsoDate) => boolean,
): MonthAllocation {
  const paid: MonthAllocation['paid'] = [];
  const withheld: MonthAllocation['withheld'] = [];
  const posts = new Map<number, { tenure: Tenure; days: number }[]>();
  for (const tenure of tenures) {
    const days = daysHeldIn(tenure, month);
    if (days === 0) continue;
    posts.set(tenure.postNo, [...(posts.get(tenure.postNo) ?? []), { tenure, days }]);
  }
  const paidPersons = new Set<string>();
  for (const postNo of [...posts.keys()].sort((a, b) => a - b)) {
    const holders = (posts.get(postNo) ?? []).sort(
      (a, b) => b.days - a.days || a.tenure.from.localeCompare(b.tenure.from),
    );
    let winner: { tenure: Tenure; days: number } | undefined;
    for (const h of holders) {
      const firstDay = h.tenure.from > `${month}-01` ? h.tenure.from : `${month}-01`;
      if (!registered(h.tenure.personId, firstDay)) {
        withheld.push({ ...h, reason: `not registered poor on ${firstDay} (left the register)` });
        continue;
      }
      // A person is paid one share a month, even if they held two posts in it.
      if (!winner && !paidPersons.has(h.tenure.personId)) winner = h;
    }
    if (winner) {
      paid.push(winner);
      paidPersons.add(winner.tenure.personId);
    }
  }
  return { paid, withheld };
}

/** A person's pay for a year by the post-month rule, registration aside (what the rangers list shows). */
export function tenurePay(
  tenures: readonly Tenure[],
  personId: string,
  year: number,
  policy: EcologyPolicy,
): { months: number; amount: Fen } {
  let months = 0;
  let amount = 0;
  for (let m = 1; m <= 12; m += 1) {
    const month = `${year}-${String(m).padStart(2, '0')}`;
    const { paid } = allocateMonth(tenures, month, () => true);
    if (paid.some((p) => p.tenure.personId === personId)) {
      months += 1;
      amount += monthShare(m, resolveOn(policy, `${month}-01`));
    }
  }
  return { months, amount };
}
