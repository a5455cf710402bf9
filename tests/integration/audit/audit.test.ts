import { DeleteCommand, GetCommand, PutCommand, QueryCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { DynamoDbAuditTrail } from '../../../shared/audit/dynamodb-audit-trail.js';
import { GENESIS, personRef, recordHash } from '../../../shared/audit/hash.js';
import { S3DigestStore } from '../../../shared/audit/s3-digests.js';
import { SYSTEM_ACTOR, type AuditRecord } from '../../../shared/audit/types.js';
import { makeHandler as digestHandler } from '../../../functions/audit-digest-scheduled.js';
import { call, dynamo, personRow, s3, tableName, uniqueSuffix } from '../../support/api.js';

const peoples = { role: 'hospital', hospitalId: 'zlt-peoples', sub: 'his-peoples' } as const;
const auditor = { role: 'audit', sub: 'auditor-1' } as const;
const poverty = { role: 'poverty-office' } as const;
/** The local stack's digest bucket (infra/local/stack.ts). */
const AUDIT_BUCKET = 'zlt-local-audit';

async function registered(): Promise<string> {
  const row = personRow();
  const r = await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
  expect(r.body.accepted).toBe(1);
  return row.personId as string;
}

const claim = (personId: string, claimId: string, total: number) => ({
  claimId,
  personId,
  kind: 'inpatient',
  admittedOn: '2019-04-02',
  dischargedOn: '2019-04-10',
  diagnosis: { icd10: 'K35.9' },
  referral: { registered: false, emergency: false },
  costs: { total, outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
});

async function settled(personId: string, total = 8000): Promise<string> {
  const claimId = `C-AUD-${uniqueSuffix()}`;
  const r = await call('POST', '/v1/claims', { as: peoples, body: claim(personId, claimId, total) });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return claimId;
}

const verify = async () => {
  const r = await call('POST', '/v1/audit/verify', { as: auditor });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
  // ok is exactly "nothing broken", whatever else other test files are doing to the table.
  expect(r.body.ok).toBe(r.body.broken.length === 0);
  return r.body as {
    ok: boolean;
    chains: number;
    broken: { chain: string; entity: string; entityId: string; reason: string }[];
  };
};

const chainOf = (personId: string) => `person-year/${personRef(personId)}/2019`;
const trail = () => new DynamoDbAuditTrail(dynamo(), tableName());

async function chainRecords(chain: string): Promise<AuditRecord[]> {
  const out: AuditRecord[] = [];
  for await (const r of trail().records(chain)) out.push(r);
  return out;
}

describe('the audit trail of claims', () => {
  it('settling and voiding append linked records naming who, in the same chain; the history lists them', async () => {
    const personId = await registered();
    const claimId = await settled(personId);
    expect((await call('POST', `/v1/claims/${claimId}/void`, { as: peoples })).status).toBe(200);
    const records = await chainRecords(chainOf(personId));
    expect(records.map((r) => [r.seq, r.action])).toEqual([
      [1, 'claim.settled'],
      [2, 'claim.voided'],
    ]);
    expect(records[0]!.prevHash).toBe(GENESIS);
    expect(records[1]!.prevHash).toBe(records[0]!.hash);
    for (const r of records) {
      const { hash, ...body } = r;
      expect(recordHash(body)).toBe(hash);
      expect(r.actor).toEqual({ sub: 'his-peoples', role: 'hospital', hospitalId: 'zlt-peoples' });
    }
    // No identity number anywhere in a record: the person-year item is named by the person's reference.
    const raw = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        KeyConditionExpression: 'pk = :pk',
        ExpressionAttributeValues: { ':pk': `AUDIT#${chainOf(personId)}` },
      }),
    );
    expect(JSON.stringify(raw.Items)).not.toContain(personId);
    expect(records[0]!.items.map((i) => i.pk)).toContain(`PERSON#~${personRef(personId)}`);

    const history = await call('GET', `/v1/audit/records?entity=claim&entityId=zlt-peoples/${claimId}`, {
      as: auditor,
    });
    expect(history.status).toBe(200);
    expect(history.body.records.map((r: { action: string }) => r.action)).toEqual(['claim.settled', 'claim.voided']);
    expect(history.body.records[1].hash).toBe(records[1]!.hash);
    // Only the audit role reads the trail.
    expect(
      (await call('GET', `/v1/audit/records?entity=claim&entityId=zlt-peoples/${claimId}`, { as: peoples })).status,
    ).toBe(403);
    expect((await call('POST', '/v1/audit/verify', { as: poverty })).status).toBe(403);
    expect((await call('GET', '/v1/audit/records?entity=ledger&entityId=x', { as: auditor })).status).toBe(400);

    const report = await verify();
    expect(report.broken.filter((b) => b.chain === chainOf(personId))).toEqual([]);
    expect(report.chains).toBeGreaterThan(0);
  });

  it('an insider editing a settled claim in the table is named by verify', async () => {
    const personId = await registered();
    const claimId = await settled(personId, 9000);
    const key = { pk: `CLAIM#zlt-peoples#${claimId}`, sk: 'CLAIM' };
    // As someone with table access would: lower what the patient paid, directly in DynamoDB.
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: key,
        UpdateExpression: 'SET settledAt = :t',
        ExpressionAttributeValues: { ':t': '2019-04-11T00:00:00.000Z' },
      }),
    );
    const report = await verify();
    expect(report.ok).toBe(false);
    const mine = report.broken.filter((b) => b.chain === chainOf(personId));
    expect(mine).toEqual([
      {
        chain: chainOf(personId),
        entity: 'claim',
        entityId: `zlt-peoples/${claimId}`,
        reason: expect.stringMatching(/^CLAIM#zlt-peoples#.* \/ CLAIM no longer matches record 1 \(claim\.settled\)/),
      },
    ]);
  });

  it('a deleted claim, and a deleted audit record, are named the same way', async () => {
    const personId = await registered();
    const gone = await settled(personId, 3000);
    const kept = await settled(personId, 4000);
    await dynamo().send(
      new DeleteCommand({ TableName: tableName(), Key: { pk: `CLAIM#zlt-peoples#${gone}`, sk: 'CLAIM' } }),
    );
    let mine = (await verify()).broken.filter((b) => b.chain === chainOf(personId));
    expect(mine).toEqual([
      expect.objectContaining({
        entity: 'claim',
        entityId: `zlt-peoples/${gone}`,
        reason: expect.stringContaining('was deleted'),
      }),
    ]);

    // A second person's chain: the first record deleted (to hide that a claim was ever settled).
    const other = await registered();
    const first = await settled(other, 3000);
    await settled(other, 2000);
    await dynamo().send(
      new DeleteCommand({ TableName: tableName(), Key: { pk: `AUDIT#${chainOf(other)}`, sk: 'REC#0000000001' } }),
    );
    mine = (await verify()).broken.filter((b) => b.chain === chainOf(other));
    expect(mine).toEqual([
      expect.objectContaining({ entity: 'claim', reason: expect.stringContaining('record 1 missing before record 2') }),
    ]);
    expect(first).not.toBe(kept);
  });

  it('50 concurrent writers on one chain: no fork, no lost link', async () => {
    const chain = `test/${uniqueSuffix()}`;
    const t = trail();
    const at = new Date().toISOString();
    await Promise.all(
      Array.from({ length: 50 }, async (_, i) => {
        const item = { pk: `AUDITTEST#${chain}#${i}`, sk: 'ITEM', n: i };
        await t.transact(
          [{ Put: { TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' } }],
          {
            chain,
            entity: 'post',
            entityId: `post-${i}`,
            action: 'test.write',
            actor: SYSTEM_ACTOR,
            at,
            items: [item],
          },
        );
      }),
    );
    const records = await chainRecords(chain);
    expect(records.map((r) => r.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    // Every writer's record is there exactly once, and each links to the one before.
    expect(new Set(records.map((r) => r.entityId)).size).toBe(50);
    expect(records.map((r) => r.prevHash)).toEqual([GENESIS, ...records.slice(0, -1).map((r) => r.hash)]);
    expect(await t.head(chain)).toMatchObject({ seq: 50, hash: records[49]!.hash });
    expect((await verify()).broken.filter((b) => b.chain === chain)).toEqual([]);
  });

  it('a head read ahead by the writer that the chain has since passed: the write lands after the real head', async () => {
    const chain = `test/${uniqueSuffix()}`;
    const t = trail();
    const at = new Date().toISOString();
    const write = (i: number, known?: { head: Awaited<ReturnType<typeof t.head>> }) => {
      const item = { pk: `AUDITTEST#${chain}#${i}`, sk: 'ITEM', n: i };
      return t.transact(
        [{ Put: { TableName: tableName(), Item: item, ConditionExpression: 'attribute_not_exists(pk)' } }],
        { chain, entity: 'post', entityId: `post-${i}`, action: 'test.write', actor: SYSTEM_ACTOR, at, items: [item] },
        known,
      );
    };
    await write(1);
    const stale = await t.head(chain);
    await write(2);
    // Read ahead before write 2: the first attempt is cancelled on the head, the next reads it again.
    const third = await write(3, { head: stale });
    // A head read ahead that is still current is used as it is.
    const fourth = await write(4, { head: await t.head(chain) });
    const records = await chainRecords(chain);
    expect(records.map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    expect(records.map((r) => r.prevHash)).toEqual([GENESIS, ...records.slice(0, -1).map((r) => r.hash)]);
    expect([third.seq, fourth.seq]).toEqual([3, 4]);
    // A chain not written yet, read ahead as absent, starts at 1.
    const fresh = `test/${uniqueSuffix()}`;
    const item = { pk: `AUDITTEST#${fresh}`, sk: 'ITEM' };
    const first = await t.transact(
      [{ Put: { TableName: tableName(), Item: item } }],
      { chain: fresh, entity: 'post', entityId: 'p', action: 'test.write', actor: SYSTEM_ACTOR, at, items: [item] },
      { head: undefined },
    );
    expect(first).toMatchObject({ seq: 1, prevHash: GENESIS });
  });

  it('the daily digest locks the heads: rolling a chain back (last record and head rewritten) is caught', async () => {
    const personId = await registered();
    await settled(personId, 1000);
    const yearKey = { pk: `PERSON#${personId}`, sk: 'YEAR#2019' };
    const yearAfterFirst = (await dynamo().send(new GetCommand({ TableName: tableName(), Key: yearKey }))).Item!;
    const last = await settled(personId, 1500);
    const digests = new S3DigestStore(s3(), AUDIT_BUCKET);
    const run = digestHandler(() => ({ trail: trail(), digests }));
    const out = await run({
      source: 'zhalantun.scheduler',
      schedule: 'daily-audit-digest',
      scheduledTime: new Date().toISOString(),
    });
    const locked = await digests.latest();
    expect(locked?.key).toBe(out.key);
    expect(locked?.digest.heads.find((h) => h.chain === chainOf(personId))).toMatchObject({ seq: 2 });

    // The insider removes the second claim and its record, puts the person's year back as the first claim left
    // it and points the head back at record 1: the chain alone now looks whole, but the locked digest says it
    // had two records.
    const chain = chainOf(personId);
    const records = await chainRecords(chain);
    await dynamo().send(
      new DeleteCommand({ TableName: tableName(), Key: { pk: `CLAIM#zlt-peoples#${last}`, sk: 'CLAIM' } }),
    );
    await dynamo().send(
      new DeleteCommand({ TableName: tableName(), Key: { pk: `AUDIT#${chain}`, sk: 'REC#0000000002' } }),
    );
    const head = (
      await dynamo().send(new GetCommand({ TableName: tableName(), Key: { pk: `AUDIT#${chain}`, sk: 'HEAD' } }))
    ).Item!;
    await dynamo().send(new PutCommand({ TableName: tableName(), Item: { ...head, seq: 1, hash: records[0]!.hash } }));
    await dynamo().send(new PutCommand({ TableName: tableName(), Item: yearAfterFirst }));
    const report = await verify();
    expect(report.broken.filter((b) => b.chain === chain)).toEqual([
      expect.objectContaining({ reason: expect.stringContaining('record 2 of the locked digest is gone') }),
    ]);
    // The chain alone now links from genesis to its head: only the lock shows the rollback.
    expect(await chainRecords(chain)).toHaveLength(1);
  });
});
