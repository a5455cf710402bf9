import type { Actor } from '../audit/types.js';
import type { Entitlement, Stage, Student } from './entitlements.js';

/**
 * The port the education use cases work through (hexagonal architecture): `dynamodb-education-store.ts`
 * implements it on the table, `memory-education-store.ts` in memory with the same conditions, and one
 * contract suite (tests/support/contracts/education-store.ts) holds both to the same behaviour.
 */

/** One paid entitlement (or opening balance) on a student's ledger. Money in fen. */
export interface LedgerEntry {
  paymentId: string;
  studentId: string;
  type: Entitlement['type'];
  academicYear: number;
  amount: number;
  rule: string;
  clause: string;
  slot: string;
  paidOn: string;
  hardshipFinding?: string;
  /** The register's stage when paid; absent on entries written before it was recorded. */
  stage?: Stage;
  /** A payment made before the system, entered so caps count it (E 三.(二), decision). */
  openingBalance?: boolean;
  evidence?: string;
  requestHash: string;
  paidBy: string;
}

/** A register change (E 三.(一) "常态管理、动态调整"): audited, never lost. */
export interface RegisterChange {
  at: string;
  by: string;
  before: Student | null;
  after: Student;
}

/** Everything the rules read about one student, in one read. */
export interface StudentBundle {
  student: Student;
  /** The semesters the student was confirmed at school. */
  verified: Set<string>;
  ledger: LedgerEntry[];
  /** The number of ledger entries: the version a payment's write is conditioned on (the caps' lock). */
  ledgerCount: number;
  changes: RegisterChange[];
}

/** The payment id is already recorded (a replay, or a concurrent post of the same payment). */
export class PaymentIdTakenError extends Error {
  constructor() {
    super('payment id already recorded');
    this.name = 'PaymentIdTakenError';
  }
}

/** The entitlement's once-only slot is already taken (the year's aid, the stage's hardship aid). */
export class SlotTakenError extends Error {
  constructor() {
    super('ledger slot already taken');
    this.name = 'SlotTakenError';
  }
}

/** The ledger or the register moved since it was read: read again and decide again. */
export class LedgerMovedError extends Error {
  constructor() {
    super('student ledger moved');
    this.name = 'LedgerMovedError';
  }
}

/**
 * The student register, school verifications and the payment ledger. Payments are written once: the
 * payment id and the slot only if new, and only if the ledger still has the count the decision read.
 */
export interface EducationStore {
  /**
   * Registers or changes a student; a change is stored with its before/after, and only on the version read
   * (a lost race re-reads; LedgerMovedError when it keeps losing). Unchanged data writes nothing.
   */
  putStudent(student: Student, by: string, at: string): Promise<{ created: boolean; changed: boolean }>;
  /** The student with verified semesters, ledger and register changes; undefined when not registered. */
  bundle(studentId: string): Promise<StudentBundle | undefined>;
  /** Records that the student was confirmed at school for the semester (idempotent). */
  verify(studentId: string, township: string, semester: string, on: string, by: string): Promise<void>;
  /** Every registered student. */
  allStudents(): Promise<Student[]>;
  /** The ids of the students verified for the semester. */
  verifiedIds(semester: string): Promise<Set<string>>;
  getPayment(paymentId: string): Promise<LedgerEntry | undefined>;
  /**
   * Stores the entry under its payment id and slot, and the ledger count `ledgerCount + 1`, all or nothing.
   * Throws PaymentIdTakenError, else SlotTakenError, else LedgerMovedError (the count is no longer
   * `ledgerCount`), naming the first condition that broke.
   */
  recordPayment(entry: LedgerEntry, ledgerCount: number, actor?: Actor): Promise<void>;
}
