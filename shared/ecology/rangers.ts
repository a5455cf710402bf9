import type { IsoDate } from '../dates.js';
import type { Fen } from '../money.js';
import { isRegisteredOn, type Person } from '../roster/types.js';
import { quotaOf, type EcologyPolicy } from './policy.js';

export type HireRefusal = 'quota-full' | 'household-has-ranger' | 'excluded' | 'not-registered';

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
