import { DeleteCommand, GetCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../shared/auth/roles.js';
import { DynamoDbAuditTrail } from '../../../shared/audit/dynamodb-audit-trail.js';
import { GENESIS, itemHash, personRef, recordHash } from '../../../shared/audit/hash.js';
import type { AuditRecord } from '../../../shared/audit/types.js';
import { diffRow } from '../../../shared/roster/diff.js';
import { DynamoDbRosterStore } from '../../../shared/roster/dynamodb-roster-store.js';
import type { PersonRow } from '../../../shared/roster/schemas.js';
import { call, dynamo, personRow, tableName, type TokenClaims, uniqueSuffix } from '../../support/api.js';

/**
 * Roster changes on the audit trail (docs/audit.md, "Roster changes"): a load (PUT /v1/roster/persons) and an
 * import write each person's whole merged item on its version, with one record per transaction listing every
 * person's item and hash, on the operation's own lane chains. An insider who edits a person's item in the
 * table (a 低保 flag flipped, which changes benefits) is named by verify, as an edited claim is.
 */
const auditor = { role: 'audit', sub: 'auditor-roster' } as const;
const poverty = { role: 'poverty-office', sub: 'poverty-clerk-9' } as const;
const civil = { role: 'civil-affairs', sub: 'civil-clerk-3', township: 'zhonghe' } as const;

const profileKey = (personId: string) => ({ pk: `PERSON#${personId}`, sk: 'PROFILE' });
const profile = async (personId: string) =>
  (await dynamo().send(new GetCommand({ TableName: tableName(), Key: profileKey(personId), ConsistentRead: true })))
    .Item as Record<string, unknown>;

const trail = () => new DynamoDbAuditTrail(dynamo(), tableName());
async function chainRecords(chain: string): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const r of trail().records(chain)) out.push(r);
  return out;
}

type Broken = { chain: string; entity: string; entityId: string; reason: string };
const verify = async () => {
  const r = await call('POST', '/v1/audit/verify', { as: auditor });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  return r.body as { ok: boolean; broken: Broken[] };
};
/** What verify says of these persons' items or of these chains (other test files write the same table). */
const brokenFor = (report: { broken: Broken[] }, personIds: string[], chains: string[] = []) =>
  report.broken.filter(
    (b) =>
      personIds.some((id) => b.entityId === personRef(id) || b.reason.includes(personRef(id))) ||
      chains.includes(b.chain),
  );

async function load(as: TokenClaims, persons: Record<string, unknown>[]) {
  const r = await call('PUT', '/v1/roster/persons', { as, body: { persons } });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  expect(r.body.accepted).toBe(persons.length);
}

describe('roster changes on the audit trail', () => {
  it('a load appends one record naming who, the item as stored (hash and version) and no identity number', async () => {
    const row = personRow();
    const personId = row.personId as string;
    await load(poverty, [row]);
    const stored = await profile(personId);
    expect(stored).toMatchObject({ version: 1, changedIn: expect.stringMatching(/^load\//) });
    const operation = stored.changedIn as string;
    const records = await chainRecords(`roster/${operation}/0`);
    expect(records).toHaveLength(1);
    const [record] = records as [AuditRecord];
    expect(record).toMatchObject({
      seq: 1,
      prevHash: GENESIS,
      entity: 'roster',
      entityId: operation,
      action: 'roster.loaded',
      actor: { sub: 'poverty-clerk-9', role: 'poverty-office' },
      items: [{ pk: `PERSON#~${personRef(personId)}`, sk: 'PROFILE', hash: itemHash(stored), v: 1 }],
      summary: { office: 'poverty-office', persons: 1, created: 1, changed: 0 },
    });
    const { hash, ...body } = record;
    expect(recordHash(body)).toBe(hash);
    const raw = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `AUDIT#roster/${operation}/0` },
      }),
    );
    expect(JSON.stringify(raw.Items)).not.toContain(personId);

    // The history of the load, as the console's audit page reads it.
    const history = await call('GET', `/v1/audit/records?entity=roster&entityId=${encodeURIComponent(operation)}`, {
      as: auditor,
    });
    expect(history.status).toBe(200);
    expect(history.body.records.map((r: { hash: string }) => r.hash)).toEqual([record.hash]);
    expect(brokenFor(await verify(), [personId], [`roster/${operation}/0`])).toEqual([]);
  });

  it('an insider flipping a 低保 flag after a load is named by verify; a person changed by a later load is not', async () => {
    const edited = personRow();
    const reloaded = personRow();
    await load(poverty, [edited, reloaded]);
    const { registeredFrom: _r, ...civilRow } = reloaded;
    // Civil affairs sets its own flag on the second person: a later load on another chain, version 2.
    await load(civil, [{ ...civilRow, flags: { minimumLivingAllowance: true } }]);
    expect(await profile(reloaded.personId as string)).toMatchObject({
      version: 2,
      minimumLivingAllowance: true,
      registeredFrom: reloaded.registeredFrom,
    });
    // As someone with table access would: make the first person a 低保 recipient, directly in DynamoDB.
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: profileKey(edited.personId as string),
        UpdateExpression: 'SET minimumLivingAllowance = :t',
        ExpressionAttributeValues: { ':t': true },
      }),
    );
    const report = await verify();
    expect(report.ok).toBe(false);
    const operation = (await profile(edited.personId as string)).changedIn as string;
    expect(brokenFor(report, [edited.personId as string, reloaded.personId as string])).toEqual([
      {
        chain: `roster/${operation}/0`,
        entity: 'person',
        entityId: personRef(edited.personId as string),
        reason: expect.stringMatching(
          new RegExp(
            `^PERSON#~${personRef(edited.personId as string)} / PROFILE no longer matches record 1 \\(roster\\.loaded\\)`,
          ),
        ),
      },
    ]);
  });

  it('an edited field after an import is named; a deleted audit record breaks the import lane', async () => {
    const store = new DynamoDbRosterStore(dynamo(), tableName());
    const importId = `RI-AUD-${uniqueSuffix()}`;
    const stamp = { at: new Date().toISOString(), via: `import ${importId}` };
    const clerk: Caller = { sub: 'poverty-importer', role: 'poverty-office' };
    const plan = async (rows: PersonRow[]) => {
      const current = await store.getPersons(rows.map((r) => r.personId));
      return rows.map((row) => ({ row, diff: diffRow(current.get(row.personId), row, 'poverty-office') }));
    };
    // Two chunks of the same import: lane 0 of the import gets a record from each.
    const first = Array.from({ length: 3 }, () => personRow() as unknown as PersonRow);
    const second = Array.from({ length: 2 }, () => personRow() as unknown as PersonRow);
    await store.importRows(await plan(first), 'poverty-office', clerk, stamp);
    await store.importRows(await plan(second), 'poverty-office', clerk, stamp);
    const chain = `roster/import/${importId}/0`;
    const records = await chainRecords(chain);
    expect(records.map((r) => [r.seq, r.action, r.items.length])).toEqual([
      [1, 'roster.imported', 3],
      [2, 'roster.imported', 2],
    ]);
    expect(records[1]?.prevHash).toBe(records[0]?.hash);
    const ids = [...first, ...second].map((r) => r.personId);
    expect(brokenFor(await verify(), ids, [chain])).toEqual([]);

    // The registration date of a person of the second chunk moved back a year (a longer entitlement).
    const victim = second[0]!.personId;
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: profileKey(victim),
        UpdateExpression: 'SET registeredFrom = :d',
        ExpressionAttributeValues: { ':d': '2015-01-01' },
      }),
    );
    expect(brokenFor(await verify(), ids, [chain])).toEqual([
      expect.objectContaining({
        chain,
        entity: 'person',
        entityId: personRef(victim),
        reason: expect.stringContaining('no longer matches record 2 (roster.imported)'),
      }),
    ]);

    // The first chunk's record deleted (to hide that those persons were ever imported): the chain breaks there.
    await dynamo().send(
      new DeleteCommand({ TableName: tableName(), Key: { pk: `AUDIT#${chain}`, sk: 'REC#0000000001' } }),
    );
    expect(brokenFor(await verify(), [], [chain])).toEqual([
      expect.objectContaining({
        chain,
        entity: 'roster',
        reason: expect.stringContaining('record 1 missing before record 2'),
      }),
    ]);
  });

  it('concurrent loads of the same persons by three offices lose nothing, and every version is on the trail', async () => {
    const rows = Array.from({ length: 4 }, () => personRow());
    await load(poverty, rows);
    const strip = (r: Record<string, unknown>) => {
      const { registeredFrom: _f, ...rest } = r;
      return rest;
    };
    const disabled = { role: 'disabled-federation', sub: 'dpf-clerk-1' } as const;
    await Promise.all([
      load(
        civil,
        rows.map((r) => ({ ...strip(r), flags: { minimumLivingAllowance: true } })),
      ),
      load(
        disabled,
        rows.map((r) => ({ ...strip(r), flags: { severelyDisabled: true } })),
      ),
      load(
        poverty,
        rows.map((r) => ({ ...r, flags: { stableExit: true } })),
      ),
      load(
        civil,
        rows.map((r) => ({ ...strip(r), flags: { orphan: false } })),
      ),
    ]);
    for (const r of rows)
      expect(await profile(r.personId as string)).toMatchObject({
        version: 5,
        minimumLivingAllowance: true,
        severelyDisabled: true,
        stableExit: true,
        orphan: false,
      });
    expect(
      brokenFor(
        await verify(),
        rows.map((r) => r.personId as string),
      ),
    ).toEqual([]);
  });
});
