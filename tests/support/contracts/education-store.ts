import { randomInt } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Student } from '../../../shared/education/entitlements.js';
import {
  LedgerMovedError,
  PaymentIdTakenError,
  SlotTakenError,
  type EducationStore,
  type LedgerEntry,
} from '../../../shared/education/ports.js';
import { makeIdentity } from '../../../shared/identity/gb11643.js';

const suffix = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;
const newStudentId = () =>
  makeIdentity(
    '159998',
    `20${String(randomInt(10)).padStart(2, '0')}0${1 + randomInt(9)}1${randomInt(9)}`,
    randomInt(1000),
  );

/**
 * The one contract of the education store port, run against the in-memory store (unit project) and the
 * DynamoDB adapter on DynamoDB Local (integration project). Each test registers students of its own (fresh
 * identity numbers, payment ids with a suffix), so runs against one shared table never meet; lists are
 * read for the test's own students only.
 */
export function educationStoreContract(name: string, make: () => EducationStore): void {
  describe(`EducationStore contract: ${name}`, () => {
    const fixture = () => {
      const store = make();
      const run = suffix();
      const student = (over: Partial<Student> = {}): Student => ({
        studentId: newStudentId(),
        name: '合同学生',
        householdId: `HH-${run}`,
        township: 'zhonghe',
        family: 'registered-poor',
        stage: 'university-bachelor',
        school: '示例大学',
        admissionYear: 2019,
        ...over,
      });
      const entry = (s: Student, n: number, over: Partial<LedgerEntry> = {}): LedgerEntry => ({
        paymentId: `EP-${run}-${n}`,
        studentId: s.studentId,
        type: 'university-aid',
        academicYear: 2018 + n,
        amount: 1_000_000,
        rule: 'university-aid',
        clause: 'E 三.(二).2',
        slot: `university-aid#${2018 + n}`,
        paidOn: `${2018 + n}-09-20`,
        stage: s.stage,
        requestHash: `hash-${run}-${n}`,
        paidBy: 'clerk',
        ...over,
      });
      return { store, student, entry, run };
    };

    it('registers a student once, records each change with before and after, and writes nothing for the same data', async () => {
      const { store, student } = fixture();
      const s = student();
      expect(await store.bundle(s.studentId)).toBeUndefined();
      expect(await store.putStudent(s, 'clerk-a', '2019-09-01T01:00:00.000Z')).toEqual({
        created: true,
        changed: true,
      });
      expect(await store.putStudent({ ...s }, 'clerk-b', '2019-09-02T01:00:00.000Z')).toEqual({
        created: false,
        changed: false,
      });
      const moved = { ...s, school: '另一所大学', stage: 'university-junior-college' as const };
      expect(await store.putStudent(moved, 'clerk-c', '2019-09-03T01:00:00.000Z')).toEqual({
        created: false,
        changed: true,
      });
      const bundle = await store.bundle(s.studentId);
      expect(bundle?.student).toEqual(moved);
      expect(bundle?.changes).toEqual([
        { at: '2019-09-01T01:00:00.000Z', by: 'clerk-a', before: null, after: s },
        { at: '2019-09-03T01:00:00.000Z', by: 'clerk-c', before: s, after: moved },
      ]);
      expect(bundle?.ledger).toEqual([]);
      expect(bundle?.ledgerCount).toBe(0);
      expect(bundle?.verified).toEqual(new Set());
    });

    it('records verifications per semester and lists the students and the verified ids', async () => {
      const { store, student } = fixture();
      const a = student();
      const b = student({ township: 'moguqi' });
      await store.putStudent(a, 'clerk', '2019-09-01T00:00:00.000Z');
      await store.putStudent(b, 'clerk', '2019-09-01T00:00:00.000Z');
      await store.verify(a.studentId, a.township, '2019-autumn', '2019-09-05', 'school-clerk');
      await store.verify(a.studentId, a.township, '2019-autumn', '2019-09-06', 'school-clerk');
      await store.verify(b.studentId, b.township, '2020-spring', '2020-03-01', 'school-clerk');
      expect((await store.bundle(a.studentId))?.verified).toEqual(new Set(['2019-autumn']));
      const autumn = await store.verifiedIds('2019-autumn');
      expect(autumn.has(a.studentId)).toBe(true);
      expect(autumn.has(b.studentId)).toBe(false);
      expect((await store.verifiedIds('2020-spring')).has(b.studentId)).toBe(true);
      const ours = (await store.allStudents()).filter(
        (s) => s.studentId === a.studentId || s.studentId === b.studentId,
      );
      expect(ours.sort((x, y) => x.studentId.localeCompare(y.studentId))).toEqual(
        [a, b].sort((x, y) => x.studentId.localeCompare(y.studentId)),
      );
    });

    it('records a payment under its id and slot and counts it; reads it back as stored', async () => {
      const { store, student, entry } = fixture();
      const s = student();
      await store.putStudent(s, 'clerk', '2019-09-01T00:00:00.000Z');
      const e1 = entry(s, 1, { hardshipFinding: undefined });
      delete e1.hardshipFinding;
      await store.recordPayment(e1, 0);
      expect(await store.getPayment(e1.paymentId)).toEqual(e1);
      const bundle = await store.bundle(s.studentId);
      expect(bundle?.ledger).toEqual([e1]);
      expect(bundle?.ledgerCount).toBe(1);
      await store.recordPayment(entry(s, 2), 1);
      expect((await store.bundle(s.studentId))?.ledger.map((e) => e.slot)).toEqual([
        'university-aid#2019',
        'university-aid#2020',
      ]);
      expect(await store.getPayment('EP-never')).toBeUndefined();
    });

    it('names the broken condition: the payment id first, then the slot, then a moved ledger; stores nothing', async () => {
      const { store, student, entry } = fixture();
      const s = student();
      await store.putStudent(s, 'clerk', '2019-09-01T00:00:00.000Z');
      const e1 = entry(s, 1);
      await store.recordPayment(e1, 0);
      // The same payment id again (a replay), even with a new slot and the current count.
      await expect(store.recordPayment({ ...entry(s, 2), paymentId: e1.paymentId }, 1)).rejects.toBeInstanceOf(
        PaymentIdTakenError,
      );
      // A new payment id on a slot already taken, at a stale count too.
      await expect(store.recordPayment({ ...entry(s, 3), slot: e1.slot }, 0)).rejects.toBeInstanceOf(SlotTakenError);
      // A new id and slot, decided on a ledger read before e1 was stored.
      await expect(store.recordPayment(entry(s, 4), 0)).rejects.toBeInstanceOf(LedgerMovedError);
      await expect(store.recordPayment(entry(s, 4), 7)).rejects.toBeInstanceOf(LedgerMovedError);
      const bundle = await store.bundle(s.studentId);
      expect(bundle?.ledger).toEqual([e1]);
      expect(bundle?.ledgerCount).toBe(1);
      expect(await store.getPayment(entry(s, 3).paymentId)).toBeUndefined();
      expect(await store.getPayment(entry(s, 4).paymentId)).toBeUndefined();
    });

    it('of payments decided on the same ledger count at once, exactly one is stored', async () => {
      const { store, student, entry } = fixture();
      const s = student();
      await store.putStudent(s, 'clerk', '2019-09-01T00:00:00.000Z');
      await store.recordPayment(entry(s, 0), 0);
      const outcomes = await Promise.allSettled([1, 2, 3, 4].map((n) => store.recordPayment(entry(s, n), 1)));
      const won = outcomes.filter((o) => o.status === 'fulfilled');
      for (const o of outcomes) if (o.status === 'rejected') expect(o.reason).toBeInstanceOf(LedgerMovedError);
      expect(won.length).toBeLessThanOrEqual(1);
      const bundle = await store.bundle(s.studentId);
      expect(bundle?.ledgerCount).toBe(1 + won.length);
      expect(bundle?.ledger).toHaveLength(1 + won.length);
    });

    it('hands out copies: changing what was written or read does not change the store', async () => {
      const { store, student, entry } = fixture();
      const s = student();
      await store.putStudent(s, 'clerk', '2019-09-01T00:00:00.000Z');
      const e1 = entry(s, 1);
      await store.recordPayment(e1, 0);
      s.school = 'mutated';
      e1.amount = 1;
      const read = await store.bundle(s.studentId);
      read!.ledger[0]!.amount = 2;
      read!.student.name = 'mutated';
      const again = await store.bundle(s.studentId);
      expect(again?.student.school).toBe('示例大学');
      expect(again?.student.name).toBe('合同学生');
      expect(again?.ledger[0]?.amount).toBe(1_000_000);
      expect((await store.getPayment(e1.paymentId))?.amount).toBe(1_000_000);
    });
  });
}
