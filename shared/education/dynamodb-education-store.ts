import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { byIndex } from '../data/query.js';
import { transactWrite, TransactionCancelledError } from '../data/transact.js';
import type { Entitlement, PaymentRequest, Student } from './entitlements.js';

/**
 * Education items (docs/data-model.md):
 *   STUDENT#<id> / PROFILE              the student; gsi1: STUDENTS / <township>#<id>
 *   STUDENT#<id> / VERIFY#<semester>    confirmed at school; gsi2: VERIFIED#<semester> / <id>
 *   STUDENT#<id> / SLOT#<slot>          the ledger entry of a paid entitlement (one per slot, ever)
 *   EDUPAY#<paymentId> / PAYMENT        the payment id's claim on its result (idempotency)
 */
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
  requestHash: string;
  paidBy: string;
}

export class PaymentIdTakenError extends Error {}
export class SlotTakenError extends Error {}

export class DynamoDbEducationStore {
  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {}

  /** Upsert; true when the student is new. */
  async putStudent(student: Student, by: string): Promise<boolean> {
    const out = await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          pk: `STUDENT#${student.studentId}`,
          sk: 'PROFILE',
          entity: 'student',
          student,
          changedBy: by,
          gsi1pk: 'STUDENTS',
          gsi1sk: `${student.township}#${student.studentId}`,
        },
        ReturnValues: 'ALL_OLD',
      }),
    );
    return out.Attributes === undefined;
  }

  /** The student with verified semesters and ledger: one Query. */
  async bundle(
    studentId: string,
  ): Promise<{ student: Student; verified: Set<string>; ledger: LedgerEntry[] } | undefined> {
    const out = await this.client.send(
      new QueryCommand({
        TableName: this.table,
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `STUDENT#${studentId}` },
        ConsistentRead: true,
      }),
    );
    const items = out.Items ?? [];
    const profile = items.find((i) => i.sk === 'PROFILE');
    if (!profile) return undefined;
    return {
      student: profile.student as Student,
      verified: new Set(items.filter((i) => String(i.sk).startsWith('VERIFY#')).map((i) => i.semester as string)),
      ledger: items.filter((i) => String(i.sk).startsWith('SLOT#')).map((i) => i.entry as LedgerEntry),
    };
  }

  async verify(studentId: string, township: string, semester: string, on: string, by: string): Promise<void> {
    await this.client.send(
      new PutCommand({
        TableName: this.table,
        Item: {
          pk: `STUDENT#${studentId}`,
          sk: `VERIFY#${semester}`,
          entity: 'student-verification',
          semester,
          on,
          by,
          township,
          gsi2pk: `VERIFIED#${semester}`,
          gsi2sk: studentId,
        },
      }),
    );
  }

  async allStudents(): Promise<Student[]> {
    const students: Student[] = [];
    for await (const item of byIndex(this.client, this.table, 'gsi1', 'STUDENTS'))
      students.push(item.student as Student);
    return students;
  }

  async verifiedIds(semester: string): Promise<Set<string>> {
    const ids = new Set<string>();
    for await (const item of byIndex(this.client, this.table, 'gsi2', `VERIFIED#${semester}`))
      ids.add(item.gsi2sk as string);
    return ids;
  }

  async getPayment(paymentId: string): Promise<LedgerEntry | undefined> {
    const out = await this.client.send(
      new GetCommand({
        TableName: this.table,
        Key: { pk: `EDUPAY#${paymentId}`, sk: 'PAYMENT' },
        ConsistentRead: true,
      }),
    );
    return out.Item?.entry as LedgerEntry | undefined;
  }

  /** The payment id and the entitlement's slot, both only if new, in one transaction. */
  async recordPayment(entry: LedgerEntry): Promise<void> {
    try {
      await transactWrite(this.client, [
        {
          Put: {
            TableName: this.table,
            Item: { pk: `EDUPAY#${entry.paymentId}`, sk: 'PAYMENT', entity: 'education-payment', entry },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
        {
          Put: {
            TableName: this.table,
            Item: { pk: `STUDENT#${entry.studentId}`, sk: `SLOT#${entry.slot}`, entity: 'education-ledger', entry },
            ConditionExpression: 'attribute_not_exists(pk)',
          },
        },
      ]);
    } catch (error) {
      if (error instanceof TransactionCancelledError && error.failed(0)) throw new PaymentIdTakenError();
      if (error instanceof TransactionCancelledError && error.failed(1)) throw new SlotTakenError();
      throw error;
    }
  }
}

export type { PaymentRequest };
