import { TOWNSHIP_SHARDS } from '../reference/townships.js';
import type { Student } from './entitlements.js';
import {
  LedgerMovedError,
  PaymentIdTakenError,
  SlotTakenError,
  type EducationStore,
  type LedgerEntry,
  type RegisterChange,
  type StudentBundle,
} from './ports.js';

const copy = <T>(value: T): T => structuredClone(value);
const byKey = <T>(entries: Iterable<[string, T]>): T[] =>
  [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, v]) => v);
const canonical = (s: Student): string =>
  JSON.stringify(Object.entries(s).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));

/** A student's partition, as the table keeps it: each part may exist without the profile. */
interface Partition {
  profile?: { student: Student; version: number };
  verified: Map<string, { township: string; on: string; by: string }>;
  slots: Map<string, LedgerEntry>;
  ledgerCount?: number;
  changes: Map<string, RegisterChange>;
}

/**
 * The education store in memory, for the use-case tests and as the reference the DynamoDB adapter is held
 * to by the shared contract suite. Every write checks all its conditions before it changes anything, as a
 * DynamoDB transaction does; values are copied in and out, as a round trip through the table would.
 */
export class MemoryEducationStore implements EducationStore {
  private readonly partitions = new Map<string, Partition>();
  private readonly payments = new Map<string, LedgerEntry>();
  /** Payments stored (tests read it to see that a refusal stored nothing). */
  paymentWrites = 0;

  private partition(studentId: string): Partition {
    let p = this.partitions.get(studentId);
    if (!p) {
      p = { verified: new Map(), slots: new Map(), changes: new Map() };
      this.partitions.set(studentId, p);
    }
    return p;
  }

  async putStudent(student: Student, by: string, at: string): Promise<{ created: boolean; changed: boolean }> {
    const p = this.partition(student.studentId);
    const before = p.profile?.student ?? null;
    if (before && canonical(before) === canonical(student)) return { created: false, changed: false };
    const version = (p.profile?.version ?? 0) + 1;
    p.profile = { student: copy(student), version };
    p.changes.set(`${at}#${String(version).padStart(6, '0')}`, { at, by, before: copy(before), after: copy(student) });
    return { created: before === null, changed: true };
  }

  async bundle(studentId: string): Promise<StudentBundle | undefined> {
    const p = this.partitions.get(studentId);
    if (!p?.profile) return undefined;
    return {
      student: copy(p.profile.student),
      verified: new Set(p.verified.keys()),
      // The table answers in sort-key order: slots by slot name, changes by time.
      ledger: byKey(p.slots.entries()).map(copy),
      ledgerCount: p.ledgerCount ?? 0,
      changes: byKey(p.changes.entries()).map(copy),
    };
  }

  async verify(studentId: string, township: string, semester: string, on: string, by: string): Promise<void> {
    this.partition(studentId).verified.set(semester, { township, on, by });
  }

  /** Like the table's index, split by township: a student of a township not in the shard list is not listed. */
  async allStudents(): Promise<Student[]> {
    const profiles = [...this.partitions.values()].flatMap((p) =>
      p.profile && TOWNSHIP_SHARDS.includes(p.profile.student.township) ? [p.profile.student] : [],
    );
    return byKey(profiles.map((s): [string, Student] => [`${s.township}#${s.studentId}`, s])).map(copy);
  }

  async verifiedIds(semester: string): Promise<Set<string>> {
    const listed = (p: Partition) => {
      const v = p.verified.get(semester);
      return v !== undefined && TOWNSHIP_SHARDS.includes(v.township);
    };
    return new Set([...this.partitions].filter(([, p]) => listed(p)).map(([id]) => id));
  }

  async getPayment(paymentId: string): Promise<LedgerEntry | undefined> {
    const entry = this.payments.get(paymentId);
    return entry ? copy(entry) : undefined;
  }

  async recordPayment(entry: LedgerEntry, ledgerCount: number): Promise<void> {
    const p = this.partition(entry.studentId);
    if (this.payments.has(entry.paymentId)) throw new PaymentIdTakenError();
    if (p.slots.has(entry.slot)) throw new SlotTakenError();
    if ((p.ledgerCount ?? 0) !== ledgerCount) throw new LedgerMovedError();
    this.payments.set(entry.paymentId, copy(entry));
    p.slots.set(entry.slot, copy(entry));
    p.ledgerCount = ledgerCount + 1;
    this.paymentWrites += 1;
  }
}
