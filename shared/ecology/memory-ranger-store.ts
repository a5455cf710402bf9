import { addDays, type IsoDate, monthOf } from '../dates.js';
import type { IncomeRecord } from './income.js';
import type { HireOutcome, PayEntry, PostSlot, RangerPost, RangerStore } from './ports.js';
import type { Tenure } from './rangers.js';

const copy = <T>(value: T): T => structuredClone(value);
const pad = (n: number) => String(n).padStart(3, '0');
const byKey = <T>(entries: Iterable<[string, T]>): T[] =>
  [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => copy(v));
const tenureKey = (t: Pick<Tenure, 'postNo' | 'from' | 'personId'>) => `${pad(t.postNo)}#${t.from}#${t.personId}`;
const nextMonth = (month: string): string => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
};

interface Slot {
  postNo: number;
  holder?: string;
  heldFrom?: string;
  freeFrom?: string;
}

/**
 * The ranger store in memory, for the use-case tests and as the reference the DynamoDB adapter is held to by
 * the shared contract suite. A hire or release checks every condition of its transaction before changing
 * anything and names the broken one in the adapter's order; values are copied in and out.
 */
export class MemoryRangerStore implements RangerStore {
  private readonly filledBy = new Map<string, number>();
  private readonly householdLocks = new Map<string, string>();
  private readonly postsBy = new Map<string, RangerPost>();
  private readonly slotsBy = new Map<string, Map<string, Slot>>();
  private readonly tenuresBy = new Map<string, Map<string, Tenure>>();
  private readonly pay = new Map<string, Map<string, PayEntry>>();
  private readonly incomeBy = new Map<string, Map<string, IncomeRecord>>();

  private static within<V>(outer: Map<string, Map<string, V>>, key: string): Map<string, V> {
    let inner = outer.get(key);
    if (!inner) {
      inner = new Map();
      outer.set(key, inner);
    }
    return inner;
  }

  async getPost(personId: string): Promise<RangerPost | undefined> {
    const post = this.postsBy.get(personId);
    return post ? copy(post) : undefined;
  }

  async hire(post: RangerPost, quota: number): Promise<HireOutcome> {
    const filled = this.filledBy.get(post.township);
    const slots = MemoryRangerStore.within(this.slotsBy, post.township);
    const slot = slots.get(pad(post.postNo));
    const existing = this.postsBy.get(post.personId);
    if (existing !== undefined && existing.status !== 'released') return 'already-hired';
    if (this.householdLocks.has(post.householdId)) return 'household-has-ranger';
    if (filled !== undefined && filled >= quota) return 'quota-full';
    if (slot?.holder !== undefined || (slot?.freeFrom !== undefined && slot.freeFrom > post.from)) return 'conflict';
    this.filledBy.set(post.township, (filled ?? 0) + 1);
    this.householdLocks.set(post.householdId, post.personId);
    this.postsBy.set(post.personId, copy(post));
    slots.set(pad(post.postNo), { ...slot, postNo: post.postNo, holder: post.personId, heldFrom: post.from });
    const tenure: Tenure = {
      township: post.township,
      postNo: post.postNo,
      personId: post.personId,
      householdId: post.householdId,
      village: post.village,
      from: post.from,
    };
    MemoryRangerStore.within(this.tenuresBy, post.township).set(tenureKey(post), tenure);
    return 'hired';
  }

  async release(post: RangerPost, on: string): Promise<'released' | 'not-active' | 'conflict'> {
    const stored = this.postsBy.get(post.personId);
    if (stored?.status !== 'active') return 'not-active';
    const filled = this.filledBy.get(post.township);
    const slot = this.slotsBy.get(post.township)?.get(pad(post.postNo));
    const tenure = this.tenuresBy.get(post.township)?.get(tenureKey(post));
    if (
      filled === undefined ||
      filled <= 0 ||
      this.householdLocks.get(post.householdId) !== post.personId ||
      slot?.holder !== post.personId ||
      tenure === undefined
    )
      return 'conflict';
    this.postsBy.set(post.personId, { ...stored, status: 'released', releasedOn: on });
    this.filledBy.set(post.township, filled - 1);
    this.householdLocks.delete(post.householdId);
    this.slotsBy.get(post.township)?.set(pad(post.postNo), { postNo: slot.postNo, freeFrom: addDays(on, 1) });
    tenure.until = on;
    return 'released';
  }

  async filled(townships: readonly string[]): Promise<Map<string, number>> {
    const map = new Map<string, number>();
    for (const t of townships) {
      const f = this.filledBy.get(t);
      if (f !== undefined) map.set(t, f);
    }
    return map;
  }

  async posts(township: string): Promise<RangerPost[]> {
    return byKey([...this.postsBy].filter(([, p]) => p.township === township));
  }

  async slots(township: string): Promise<PostSlot[]> {
    return byKey(this.slotsBy.get(township) ?? []).map((s) => ({
      postNo: s.postNo,
      ...(s.holder ? { holder: s.holder } : {}),
      ...(s.freeFrom ? { freeFrom: s.freeFrom } : {}),
    }));
  }

  async tenures(township: string): Promise<Tenure[]> {
    return byKey(this.tenuresBy.get(township) ?? []);
  }

  async payMonth(entry: PayEntry): Promise<boolean> {
    const month = MemoryRangerStore.within(this.pay, entry.month);
    const key = `${entry.township}#${pad(entry.postNo)}`;
    if (month.has(key)) return false;
    month.set(key, copy(entry));
    return true;
  }

  async payEntries(month: string): Promise<PayEntry[]> {
    return byKey(this.pay.get(month) ?? []);
  }

  async payOf(personId: string, township: string, through: IsoDate): Promise<PayEntry[]> {
    const found = new Map<string, PayEntry>();
    for (const t of (await this.tenures(township)).filter((x) => x.personId === personId)) {
      const last = monthOf(t.until !== undefined && t.until < through ? t.until : through);
      for (let m = monthOf(t.from); m <= last; m = nextMonth(m)) {
        const entry = this.pay.get(m)?.get(`${township}#${pad(t.postNo)}`);
        if (entry) found.set(`${m}#${t.postNo}`, copy(entry));
      }
    }
    return [...found.values()].filter((e) => e.personId === personId).sort((a, b) => a.month.localeCompare(b.month));
  }

  async putIncome(record: IncomeRecord, _by: string): Promise<void> {
    MemoryRangerStore.within(this.incomeBy, record.programme).set(record.participantId, copy(record));
  }

  async income(programmes: readonly string[]): Promise<IncomeRecord[]> {
    return programmes.flatMap((p) => byKey(this.incomeBy.get(p) ?? []));
  }
}
