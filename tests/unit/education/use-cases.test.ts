import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../shared/auth/roles.js';
import {
  decidePayment,
  policyForAcademicYear,
  type PaymentRequest,
  type Student,
} from '../../../shared/education/entitlements.js';
import { EDUCATION_2019, type EducationPolicy } from '../../../shared/education/policy.js';
import { MemoryEducationStore } from '../../../shared/education/memory-education-store.js';
import { LedgerMovedError, type LedgerEntry, type StudentBundle } from '../../../shared/education/ports.js';
import { pay, recordOpeningBalance, registerStudent, verifyStudent } from '../../../shared/education/use-cases.js';
import { ConflictError, NotFoundError, TooManyRequestsError, ValidationError } from '../../../shared/errors.js';
import type { Person } from '../../../shared/roster/types.js';

/**
 * The education use cases over the in-memory store (held to the DynamoDB adapter's contract by
 * tests/support/contracts/education-store.ts): the university-aid caps as sums over the ledger
 * (E 三.(二).2: 10,000 yuan a year, at most 40,000 for a bachelor course, 30,000 for junior college),
 * replays, the once-per-year slot, and lost races, without a table.
 */
const clerk: Caller = { sub: 'edu-clerk', role: 'education-bureau' };
const STUDENT_ID = '159999200101011234';

const student = (over: Partial<Student> = {}): Student => ({
  studentId: STUDENT_ID,
  name: '示例学生',
  householdId: 'HH-edu',
  township: 'zhonghe',
  family: 'registered-poor',
  stage: 'university-bachelor',
  school: '示例大学',
  admissionYear: 2015,
  ...over,
});
const onRoster: Person = {
  personId: STUDENT_ID,
  name: '示例学生',
  householdId: 'HH-edu',
  township: 'zhonghe',
  village: '示例村',
  registeredFrom: '2016-01-01',
  flags: {},
  insuredYears: [2019],
};
const roster = { person: async (id: string) => (id === STUDENT_ID ? onRoster : undefined) };

/** Academic year 2018 is paid in spring 2019, 2019 in autumn 2019 (each after its semester's check). */
const payment = (paymentId: string, academicYear: 2018 | 2019): PaymentRequest => ({
  paymentId,
  studentId: STUDENT_ID,
  type: 'university-aid',
  academicYear,
  paidOn: academicYear === 2018 ? '2019-03-01' : '2019-09-20',
});
const opening = (
  paymentId: string,
  academicYear: number,
  yuan: number,
  stage: Student['stage'] = 'university-bachelor',
) => ({
  paymentId,
  studentId: STUDENT_ID,
  type: 'university-aid' as const,
  academicYear,
  amount: yuan * 100,
  paidOn: `${academicYear}-09-20`,
  stage,
  evidence: `voucher ${academicYear}`,
});

async function setup(over: Partial<Student> = {}, store = new MemoryEducationStore()) {
  await registerStudent(store, clerk, student(over), new Date('2019-02-20T00:00:00Z'));
  await verifyStudent(store, clerk, STUDENT_ID, '2019-spring', '2019-02-25');
  await verifyStudent(store, clerk, STUDENT_ID, '2019-autumn', '2019-09-02');
  return store;
}
const ledgerSum = async (store: MemoryEducationStore) =>
  ((await store.bundle(STUDENT_ID))?.ledger ?? []).reduce((s, e) => s + e.amount, 0);
const refusal = (p: Promise<unknown>) =>
  p.then(
    () => undefined,
    (e: unknown) => (e instanceof ConflictError ? e.code : e),
  );

describe('education use cases over the in-memory store: caps as sums over the ledger (E 三.(二).2)', () => {
  it('pays up to the 40,000 bachelor cap and refuses the year that would pass it, storing nothing', async () => {
    const store = await setup();
    // Opening balances 2015–2017: 3 × 10,000 = 30,000 yuan already paid before the system.
    for (const y of [2015, 2016, 2017]) await recordOpeningBalance(store, clerk, opening(`OB-${y}`, y, 10_000));
    // 2018: room 40,000 − 30,000 = 10,000 → the full 10,000; the ledger now sums to exactly 40,000.
    const y2018 = await pay(store, roster, clerk, payment('P-2018', 2018));
    expect(y2018.entry.amount).toBe(1_000_000);
    expect(await ledgerSum(store)).toBe(4_000_000);
    // 2019: the sum is at the cap (room 0): refused, and the ledger is unchanged.
    const writes = store.paymentWrites;
    expect(await refusal(pay(store, roster, clerk, payment('P-2019', 2019)))).toBe('cap-reached');
    expect(store.paymentWrites).toBe(writes);
    expect(await ledgerSum(store)).toBe(4_000_000);
    expect(await store.getPayment('P-2019')).toBeUndefined();
  });

  it('trims the last year to the room left, so the sum lands exactly on the cap', async () => {
    const store = await setup();
    // 10,000 + 10,000 + 5,000 = 25,000 before the system.
    await recordOpeningBalance(store, clerk, opening('OB-2015', 2015, 10_000));
    await recordOpeningBalance(store, clerk, opening('OB-2016', 2016, 10_000));
    await recordOpeningBalance(store, clerk, opening('OB-2017', 2017, 5_000));
    // 2018: room 15,000 → 10,000 (one year's aid). 2019: room 40,000 − 35,000 = 5,000 → 5,000, not 10,000.
    expect((await pay(store, roster, clerk, payment('P-2018', 2018))).entry.amount).toBe(1_000_000);
    expect((await pay(store, roster, clerk, payment('P-2019', 2019))).entry.amount).toBe(500_000);
    expect(await ledgerSum(store)).toBe(4_000_000);
  });

  it('holds a junior-college student to 30,000 and refuses an opening balance beyond the cap', async () => {
    const store = await setup({ stage: 'university-junior-college' });
    await recordOpeningBalance(store, clerk, opening('OB-2016', 2016, 10_000, 'university-junior-college'));
    await recordOpeningBalance(store, clerk, opening('OB-2017', 2017, 10_000, 'university-junior-college'));
    // 20,000 paid; an opening balance of 15,000 for 2015 would make 35,000 > 30,000.
    expect(
      await refusal(recordOpeningBalance(store, clerk, opening('OB-2015', 2015, 15_000, 'university-junior-college'))),
    ).toBe('cap-reached');
    // 2018 pays the last 10,000 (sum 30,000); 2019 is refused at the cap.
    expect((await pay(store, roster, clerk, payment('P-2018', 2018))).entry.amount).toBe(1_000_000);
    expect(await refusal(pay(store, roster, clerk, payment('P-2019', 2019)))).toBe('cap-reached');
    expect(await ledgerSum(store)).toBe(3_000_000);
  });

  it('answers a replay with the first entry, refuses a changed request under the same id, and pays a year once', async () => {
    const store = await setup();
    const first = await pay(store, roster, clerk, payment('P-2018', 2018));
    expect(first.created).toBe(true);
    const again = await pay(store, roster, clerk, payment('P-2018', 2018));
    expect(again).toEqual({ created: false, entry: first.entry });
    expect(await refusal(pay(store, roster, clerk, { ...payment('P-2018', 2018), paidOn: '2019-03-02' }))).toBe(
      'payment-conflict',
    );
    // Another id for the same academic year: the year's slot is taken (the once-a-year rule).
    expect(await refusal(pay(store, roster, clerk, payment('P-2018-bis', 2018)))).toBe('cap-reached');
    expect(store.paymentWrites).toBe(1);
  });

  it('decides again after a lost race: of two years paid at once with 10,000 of room, one is paid and one refused', async () => {
    // 30,000 on the ledger; two payments read the same ledger (count 3) before either writes.
    class Barrier extends MemoryEducationStore {
      readers = 0;
      moved = 0;
      private release?: () => void;
      private readonly both = new Promise<void>((ok) => {
        this.release = ok;
      });
      override async bundle(id: string): Promise<StudentBundle | undefined> {
        const read = await super.bundle(id);
        this.readers += 1;
        if (this.readers === 2) this.release?.();
        if (this.readers <= 2) await this.both;
        return read;
      }
      override async recordPayment(entry: LedgerEntry, count: number): Promise<void> {
        try {
          await super.recordPayment(entry, count);
        } catch (error) {
          if (error instanceof LedgerMovedError) this.moved += 1;
          throw error;
        }
      }
    }
    const store = new Barrier();
    await registerStudent(store, clerk, student(), new Date('2019-02-20T00:00:00Z'));
    for (const y of [2015, 2016, 2017]) {
      await store.recordPayment(
        {
          paymentId: `OB-${y}`,
          studentId: STUDENT_ID,
          type: 'university-aid',
          academicYear: y,
          amount: 1_000_000,
          rule: 'opening-balance-university-aid',
          clause: 'E 三.(二) (decision: opening balances)',
          slot: `university-aid#${y}`,
          paidOn: `${y}-09-20`,
          openingBalance: true,
          requestHash: `h${y}`,
          paidBy: 'clerk',
        },
        y - 2015,
      );
    }
    await store.verify(STUDENT_ID, 'zhonghe', '2019-spring', '2019-02-25', 'clerk');
    await store.verify(STUDENT_ID, 'zhonghe', '2019-autumn', '2019-09-02', 'clerk');
    store.readers = 0;
    const outcomes = await Promise.allSettled([
      pay(store, roster, clerk, payment('P-2018', 2018)),
      pay(store, roster, clerk, payment('P-2019', 2019)),
    ]);
    expect(store.moved).toBe(1);
    const paid = outcomes.filter((o) => o.status === 'fulfilled');
    const refused = outcomes.flatMap((o) => (o.status === 'rejected' ? [o.reason] : []));
    expect(paid).toHaveLength(1);
    expect(refused.map((e) => (e as ConflictError).code)).toEqual(['cap-reached']);
    expect(await ledgerSum(store)).toBe(4_000_000);
  });

  it('answers 429 when the ledger keeps moving, having stored nothing', async () => {
    class Busy extends MemoryEducationStore {
      tries = 0;
      override async recordPayment(): Promise<void> {
        this.tries += 1;
        throw new LedgerMovedError();
      }
    }
    const store = (await setup({}, new Busy())) as Busy;
    await expect(pay(store, roster, clerk, payment('P-2018', 2018))).rejects.toBeInstanceOf(TooManyRequestsError);
    expect(store.tries).toBe(8);
    expect(await store.getPayment('P-2018')).toBeUndefined();
  });

  it('refuses an unknown student (404) and an academic year no policy pays (400 on body.academicYear)', async () => {
    const store = await setup();
    await expect(
      pay(store, roster, clerk, { ...payment('P-x', 2018), studentId: '159999200101019999' }),
    ).rejects.toBeInstanceOf(NotFoundError);
    const noPolicy = await pay(store, roster, clerk, {
      ...payment('P-2020', 2019),
      academicYear: 2020,
      paidOn: '2020-09-20',
    }).catch((e: unknown) => e);
    expect(noPolicy).toBeInstanceOf(ValidationError);
    expect((noPolicy as ValidationError).code).toBe('no-policy');
    expect((noPolicy as ValidationError).details).toEqual([
      { path: 'body.academicYear', message: 'no policy in force for this academic year' },
    ]);
    await expect(verifyStudent(store, clerk, '159999200101019999', '2019-autumn', '2019-09-02')).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });
});

describe('university aid changed mid-year (docs/rules.md §2.1: one dated value)', () => {
  it('pays academic year 2018 at 10,000 and 2019 at 12,000 when the amount changes from 2019-08-01', () => {
    const changed: EducationPolicy = structuredClone(EDUCATION_2019);
    changed.parameters.universityAid.perAcademicYear.changes = [
      { from: '2019-08-01', value: 1_200_000, citation: 'synthetic notice 2019-07-10 (test)' },
    ];
    const verified = new Set(['2019-spring', '2019-autumn']);
    const decide = (y: 2018 | 2019) =>
      decidePayment(student(), payment(`P-${y}`, y), verified, policyForAcademicYear([changed], y)!, []);
    const y2018 = decide(2018);
    const y2019 = decide(2019);
    expect(y2018.ok && y2018.entitlement).toMatchObject({ amount: 1_000_000, clause: 'E 三.(二).2' });
    expect(y2019.ok && y2019.entitlement).toMatchObject({
      amount: 1_200_000,
      clause: 'synthetic notice 2019-07-10 (test)',
    });
    // A change dated inside an academic year waits for the next one: each year's aid is one amount.
    changed.parameters.universityAid.perAcademicYear.changes = [
      { from: '2019-09-01', value: 1_200_000, citation: 'synthetic notice (test)' },
    ];
    const late = decide(2019);
    expect(late.ok && late.entitlement.amount).toBe(1_000_000);
  });
});
