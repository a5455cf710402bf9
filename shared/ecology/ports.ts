import type { Actor } from '../audit/types.js';
import type { IsoDate } from '../dates.js';
import type { IncomeRecord } from './income.js';
import type { Tenure } from './rangers.js';

/**
 * The port the ecology use cases work through (hexagonal architecture): `dynamodb-ranger-store.ts`
 * implements it on the table, `memory-ranger-store.ts` in memory with the same conditions, and one contract
 * suite (tests/support/contracts/ranger-store.ts) holds both to the same behaviour.
 */

export interface RangerPost {
  personId: string;
  householdId: string;
  township: string;
  /** The numbered post held (1..quota of the township). */
  postNo: number;
  /** The village the post is held in (G 四.(一): 480 posts over 130 villages). */
  village: string;
  from: string;
  status: 'active' | 'released';
  releasedOn?: string;
  hiredBy: string;
}

/** One post's pay for one month (money in fen). */
export interface PayEntry {
  month: string;
  postNo: number;
  village: string;
  days: number;
  personId: string;
  householdId: string;
  township: string;
  amount: number;
  clause: string;
  runBy: string;
}

/** A numbered post that was ever held: its holder, or the day it is free from. */
export interface PostSlot {
  postNo: number;
  holder?: string;
  freeFrom?: string;
}

/**
 * What a hire's write found, the first broken condition named in this order: the person already holds a post,
 * the household already has a ranger, the township's quota is full; `conflict` when only the numbered post was
 * taken meanwhile (read the slots again and pick another).
 */
export type HireOutcome = 'hired' | 'quota-full' | 'household-has-ranger' | 'already-hired' | 'conflict';

/**
 * Ranger posts, their numbered slots and tenures, the pay ledger, and the income programmes' records.
 * Hires and releases are atomic across the township's filled count, the household's one ranger, the person's
 * post, the numbered slot and the tenure: the quota can never be exceeded, whatever the concurrency.
 */
export interface RangerStore {
  getPost(personId: string): Promise<RangerPost | undefined>;
  /**
   * Stores the post, takes the slot `post.postNo` (free, and free from no later than `post.from`), the
   * household's lock, one more of the township's `quota`, and opens the tenure: all or nothing.
   */
  /** `actor`: who hires, for the audit trail (docs/audit.md). */
  hire(post: RangerPost, quota: number, actor?: Actor): Promise<HireOutcome>;
  /**
   * Ends an active post on `on`: frees the quota, the household and the slot (free from the day after), and
   * closes the tenure; `not-active` when the post is no longer active, `conflict` when another part moved.
   */
  release(post: RangerPost, on: string, actor?: Actor): Promise<'released' | 'not-active' | 'conflict'>;
  /** Filled posts of the townships that ever had one. */
  filled(townships: readonly string[]): Promise<Map<string, number>>;
  /** The posts (active and released) last held in the township. */
  posts(township: string): Promise<RangerPost[]>;
  /** The township's numbered posts that were ever held, by number. */
  slots(township: string): Promise<PostSlot[]>;
  /** Every holding of the township's posts, by post number, then start, then person. */
  tenures(township: string): Promise<Tenure[]>;
  /** Records a post-month's pay once; false when that post-month was already paid (nothing written). */
  payMonth(entry: PayEntry, actor?: Actor): Promise<boolean>;
  /** The month's pay entries, by township and post number. */
  payEntries(month: string): Promise<PayEntry[]>;
  /** What the pay ledger paid the person for holdings in the township, months up to `through`, by month. */
  payOf(personId: string, township: string, through: IsoDate): Promise<PayEntry[]>;
  putIncome(record: IncomeRecord, by: string): Promise<void>;
  /** The records of the programmes, programme by programme, by participant. */
  income(programmes: readonly string[]): Promise<IncomeRecord[]>;
}
