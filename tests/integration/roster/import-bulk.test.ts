import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { BatchGetCommand, DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { describe, expect, inject, it } from 'vitest';
import type { Caller } from '../../../shared/auth/roles.js';
import { diffRow } from '../../../shared/roster/diff.js';
import { DynamoDbRosterStore } from '../../../shared/roster/dynamodb-roster-store.js';
import type { LoadingRole } from '../../../shared/roster/ownership.js';
import type { PersonRow } from '../../../shared/roster/schemas.js';
import { personRow, tableName } from '../../support/api.js';

/**
 * The import's bulk write (DynamoDbRosterStore.importRows) against DynamoDB Local: transactions of up to 100
 * rows instead of one UpdateItem per row. The store gets its own client so the calls it makes can be counted.
 */
function countingStore() {
  const calls = new Map<string, number>();
  const client = DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: inject('dynamodbEndpoint'),
      region: 'cn-north-1',
      credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
    }),
  );
  client.middlewareStack.add(
    (next, context) => async (args) => {
      const name = context.commandName ?? '?';
      calls.set(name, (calls.get(name) ?? 0) + 1);
      return next(args);
    },
    { step: 'initialize', name: 'countCalls' },
  );
  return { store: new DynamoDbRosterStore(client, tableName()), calls, client };
}

const poverty: Caller = { sub: 'bulk-test-poverty', role: 'poverty-office' };
const civil: Caller = { sub: 'bulk-test-civil', role: 'civil-affairs' };
const stamp = { at: '2026-11-30T12:00:00.000Z', via: 'import RI-BULK' };

async function plan(store: DynamoDbRosterStore, rows: PersonRow[], role: LoadingRole) {
  const current = await store.getPersons(rows.map((r) => r.personId));
  return rows.map((row) => ({ row, diff: diffRow(current.get(row.personId), row, role) }));
}

async function items(client: DynamoDBDocumentClient, ids: string[]) {
  const out = new Map<string, Record<string, unknown>>();
  for (let i = 0; i < ids.length; i += 100) {
    const r = await client.send(
      new BatchGetCommand({
        RequestItems: {
          [tableName()]: {
            Keys: ids.slice(i, i + 100).map((id) => ({ pk: `PERSON#${id}`, sk: 'PROFILE' })),
            ConsistentRead: true,
          },
        },
      }),
    );
    for (const item of r.Responses?.[tableName()] ?? []) out.set(item.personId as string, item);
  }
  return out;
}

const row = (overrides: Record<string, unknown> = {}) =>
  personRow({ flags: { stableExit: true }, ...overrides }) as unknown as PersonRow;

describe('the bulk write of a roster import', () => {
  it('writes 250 new persons in 3 transactions, exactly as the row-by-row write would; the same rows again write nothing', async () => {
    const { store, calls, client } = countingStore();
    const rows = Array.from({ length: 250 }, () => row());
    await store.importRows(await plan(store, rows, 'poverty-office'), 'poverty-office', poverty, stamp);
    expect(calls.get('TransactWriteItemsCommand')).toBe(3); // 100 + 100 + 50
    expect(calls.get('UpdateItemCommand')).toBeUndefined();

    // The same person content written by the row-by-row path gives the same item, key and identity aside.
    const twin = { ...rows[0], personId: row().personId } as PersonRow;
    await store.applyRows(await plan(store, [twin], 'poverty-office'), 'poverty-office', poverty, stamp);
    const stored = await items(client, [...rows.map((r) => r.personId), twin.personId]);
    expect(stored.size).toBe(251);
    const strip = (i: Record<string, unknown> | undefined) => {
      const { pk: _p, personId: _id, gsi1sk: _g1, gsi2sk: _g2, ...rest } = i ?? {};
      return rest;
    };
    expect(strip(stored.get(rows[0]?.personId as string))).toEqual(strip(stored.get(twin.personId)));
    expect(stored.get(rows[0]?.personId as string)).toMatchObject({
      name: rows[0]?.name,
      stableExit: true,
      flagSet_stableExit: { by: poverty.sub, role: 'poverty-office', at: stamp.at, via: stamp.via },
      'loadedBy_poverty-office': poverty.sub,
      gsi2pk: `PERSONS#${rows[0]?.township}`,
    });

    calls.clear();
    const again = await plan(store, rows, 'poverty-office');
    expect(again.every((p) => p.diff.change === 'unchanged')).toBe(true);
    await store.importRows(again, 'poverty-office', poverty, stamp);
    expect(calls.get('TransactWriteItemsCommand')).toBeUndefined();
    expect(calls.get('UpdateItemCommand')).toBeUndefined();
  });

  it("a person another office created after the read is merged, not overwritten: that office's flag survives", async () => {
    const { store, client } = countingStore();
    const rows = Array.from({ length: 5 }, () => row());
    const planned = await plan(store, rows, 'poverty-office'); // all five read as new
    // Between the read and the write, civil affairs loads the third person with its own flag.
    const raced = rows[2] as PersonRow;
    await store.upsertRows(
      [{ ...raced, registeredFrom: undefined, flags: { minimumLivingAllowance: true } } as PersonRow],
      'civil-affairs',
      civil,
      { at: stamp.at, via: 'load' },
    );
    await store.importRows(planned, 'poverty-office', poverty, stamp);
    const stored = await items(
      client,
      rows.map((r) => r.personId),
    );
    expect(stored.size).toBe(5);
    expect(stored.get(raced.personId)).toMatchObject({
      minimumLivingAllowance: true,
      flagSet_minimumLivingAllowance: { by: civil.sub, role: 'civil-affairs' },
      stableExit: true,
      registeredFrom: raced.registeredFrom,
      'loadedBy_civil-affairs': civil.sub,
      'loadedBy_poverty-office': poverty.sub,
    });
    for (const r of rows) expect(stored.get(r.personId)).toMatchObject({ name: r.name, stableExit: true });
  });

  it('a changed person keeps the fields of other offices (update, not replace)', async () => {
    const { store, client } = countingStore();
    const person = row();
    await store.upsertRows(
      [{ ...person, registeredFrom: undefined, flags: { extremelyPoor: true } } as PersonRow],
      'civil-affairs',
      civil,
    );
    const planned = await plan(store, [{ ...person, name: '改名后' }], 'poverty-office');
    expect(planned[0]?.diff.change).toBe('changed');
    await store.importRows(planned, 'poverty-office', poverty, stamp);
    expect((await items(client, [person.personId])).get(person.personId)).toMatchObject({
      name: '改名后',
      extremelyPoor: true,
      stableExit: true,
    });
  });
});
