import { studentChain } from '../audit/chains.js';
import { DynamoDbAuditTrail } from '../audit/dynamodb-audit-trail.js';
import { personRef } from '../audit/hash.js';
import { SYSTEM_ACTOR, type Actor } from '../audit/types.js';
import { GetCommand, PutCommand, QueryCommand, type DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { byShards } from '../data/query.js';
import { TOWNSHIP_SHARDS } from '../reference/townships.js';
import { transactWrite, TransactionCancelledError } from '../data/transact.js';
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

/**
 * Education items (docs/data-model.md):
 *   STUDENT#<id> / PROFILE              the student; gsi1: STUDENTS#<township> / <township>#<id>
 *   STUDENT#<id> / VERIFY#<semester>    confirmed at school; gsi2: VERIFIED#<semester>#<township> / <id>
 * Both index partitions are split by township, so a register or verification load spreads over the
 * townships' partitions instead of one (docs/deploy.md, "Hot partitions at province scale").
 *   STUDENT#<id> / SLOT#<slot>          the ledger entry of a paid entitlement (one per slot, ever)
 *   STUDENT#<id> / LEDGER               the number of ledger entries (the caps' optimistic lock)
 *   STUDENT#<id> / CHANGE#<at>#<n>      a register change (before, after, who, when): audited, never lost
 *   EDUPAY#<paymentId> / PAYMENT        the payment id's claim on its result (idempotency)
 */
export class DynamoDbEducationStore implements EducationStore {
  private readonly audit: DynamoDbAuditTrail;

  constructor(
    private readonly client: DynamoDBDocumentClient,
    private readonly table: string,
  ) {
    this.audit = new DynamoDbAuditTrail(client, table);
  }

  /**
   * Registers or changes a student. A change is an audited event (E 三.(一) "常态管理、动态调整"): the
   * profile is replaced only if it is still the version read, and the before/after is written beside it in
   * the same transaction. Unchanged data writes nothing. Returns whether the student is new and changed.
   */
  async putStudent(student: Student, by: string, at: string): Promise<{ created: boolean; changed: boolean }> {
    for (let attempt = 0; attempt < 5; attempt++) {
      const current = await this.client.send(
        new GetCommand({
          TableName: this.table,
          Key: { pk: `STUDENT#${student.studentId}`, sk: 'PROFILE' },
          ConsistentRead: true,
        }),
      );
      const before = (current.Item?.student as Student | undefined) ?? null;
      if (before && JSON.stringify(sortKeys(before)) === JSON.stringify(sortKeys(student)))
        return { created: false, changed: false };
      const version = (current.Item?.version as number | undefined) ?? 0;
      try {
        await transactWrite(this.client, [
          {
            Put: {
              TableName: this.table,
              Item: {
                pk: `STUDENT#${student.studentId}`,
                sk: 'PROFILE',
                entity: 'student',
                student,
                version: version + 1,
                changedBy: by,
                changedAt: at,
                gsi1pk: `STUDENTS#${student.township}`,
                gsi1sk: `${student.township}#${student.studentId}`,
              },
              ConditionExpression: before ? 'version = :v' : 'attribute_not_exists(pk)',
              ...(before ? { ExpressionAttributeValues: { ':v': version } } : {}),
            },
          },
          {
            Put: {
              TableName: this.table,
              Item: {
                pk: `STUDENT#${student.studentId}`,
                sk: `CHANGE#${at}#${String(version + 1).padStart(6, '0')}`,
                entity: 'student-change',
                change: { at, by, before, after: student } satisfies RegisterChange,
              },
            },
          },
        ]);
        return { created: before === null, changed: true };
      } catch (error) {
        if (error instanceof TransactionCancelledError && (error.failed(0) || error.conflict)) continue;
        throw error;
      }
    }
    throw new LedgerMovedError();
  }

  /** The student with verified semesters and ledger: one Query. */
  async bundle(studentId: string): Promise<StudentBundle | undefined> {
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
      ledgerCount: (items.find((i) => i.sk === 'LEDGER')?.count as number | undefined) ?? 0,
      changes: items.filter((i) => String(i.sk).startsWith('CHANGE#')).map((i) => i.change as RegisterChange),
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
          gsi2pk: `VERIFIED#${semester}#${township}`,
          gsi2sk: studentId,
        },
      }),
    );
  }

  async allStudents(): Promise<Student[]> {
    const students: Student[] = [];
    for await (const item of byShards(this.client, this.table, 'gsi1', 'STUDENTS', TOWNSHIP_SHARDS))
      students.push(item.student as Student);
    return students;
  }

  async verifiedIds(semester: string): Promise<Set<string>> {
    const ids = new Set<string>();
    for await (const item of byShards(this.client, this.table, 'gsi2', `VERIFIED#${semester}`, TOWNSHIP_SHARDS))
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

  /**
   * The payment id and the entitlement's slot, both only if new, and the ledger count only if it is still
   * the count the decision read (so two payments for different years cannot both pass a cap sum), in one
   * transaction.
   */
  async recordPayment(entry: LedgerEntry, ledgerCount: number, actor: Actor = SYSTEM_ACTOR): Promise<void> {
    const payment = { pk: `EDUPAY#${entry.paymentId}`, sk: 'PAYMENT', entity: 'education-payment', entry };
    const slot = { pk: `STUDENT#${entry.studentId}`, sk: `SLOT#${entry.slot}`, entity: 'education-ledger', entry };
    // The count item holds only these attributes, so it is written whole (same condition) and hashed as stored.
    const count = {
      pk: `STUDENT#${entry.studentId}`,
      sk: 'LEDGER',
      entity: 'education-ledger-count',
      count: ledgerCount + 1,
    };
    try {
      await this.audit.transact(
        [
          { Put: { TableName: this.table, Item: payment, ConditionExpression: 'attribute_not_exists(pk)' } },
          { Put: { TableName: this.table, Item: slot, ConditionExpression: 'attribute_not_exists(pk)' } },
          {
            Put: {
              TableName: this.table,
              Item: count,
              ConditionExpression: ledgerCount === 0 ? 'attribute_not_exists(#c) OR #c = :n' : '#c = :n',
              ExpressionAttributeNames: { '#c': 'count' },
              ExpressionAttributeValues: { ':n': ledgerCount },
            },
          },
        ],
        {
          chain: studentChain(entry.studentId),
          entity: 'student',
          entityId: personRef(entry.studentId),
          action: entry.openingBalance ? 'education.opening-balance' : 'education.payment',
          actor,
          at: new Date().toISOString(),
          items: [payment, slot, count],
          summary: { paymentId: entry.paymentId, type: entry.type, amount: entry.amount, paidOn: entry.paidOn },
        },
      );
    } catch (error) {
      if (error instanceof TransactionCancelledError && error.failed(0)) throw new PaymentIdTakenError();
      if (error instanceof TransactionCancelledError && error.failed(1)) throw new SlotTakenError();
      if (error instanceof TransactionCancelledError && (error.failed(2) || error.conflict))
        throw new LedgerMovedError();
      throw error;
    }
  }
}

const sortKeys = (o: object): Record<string, unknown> =>
  Object.fromEntries(Object.entries(o).sort(([a], [b]) => a.localeCompare(b)));
