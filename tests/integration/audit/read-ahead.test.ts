import { randomInt } from 'node:crypto';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient } from '@aws-sdk/lib-dynamodb';
import { afterAll, describe, expect, inject, it } from 'vitest';
import { DynamoDbClaimStore } from '../../../shared/claims/dynamodb-claim-store.js';
import type { StoredClaim } from '../../../shared/claims/ports.js';
import { DynamoDbCaseStore } from '../../../shared/housing/dynamodb-case-store.js';
import { openCase } from '../../../shared/housing/eligibility.js';
import { tableName } from '../../support/api.js';
import { callers, person, request } from '../../unit/housing/fixtures.js';

/**
 * A settlement and a housing step read their audit chain's head beside their own reads (the store's
 * `readAhead`), so the write that follows needs no round trip of its own for it: one head read, sent before the
 * other read has answered, and nothing read again before the transaction. Recorded on a client of its own.
 */
const events: string[] = [];
const client = DynamoDBDocumentClient.from(
  new DynamoDBClient({
    endpoint: inject('dynamodbEndpoint'),
    region: 'cn-north-1',
    credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' },
  }),
);
client.middlewareStack.add(
  (next, context) => async (args) => {
    const name = (context.commandName ?? '').replace(/Command$/, '');
    events.push(`send ${name}`);
    const out = await next(args);
    events.push(`done ${name}`);
    return out;
  },
  { step: 'initialize', name: 'recordOrder' },
);
afterAll(() => client.destroy());

const suffix = () => `${Date.now().toString(36)}${randomInt(1e9).toString(36)}`;

/** The reads before the transaction: one head GetItem, sent before the partition's Query answered. */
function expectHeadReadAhead(read: 'Query') {
  const write = events.indexOf('send TransactWriteItems');
  expect(write).toBeGreaterThan(0);
  const before = events.slice(0, write);
  expect(before.filter((e) => e === 'send GetItem')).toHaveLength(1);
  expect(before.indexOf('send GetItem')).toBeLessThan(before.indexOf(`done ${read}`));
  expect(events.slice(write).filter((e) => e.startsWith('send') && e !== 'send TransactWriteItems')).toEqual([]);
}

describe('the audit head read ahead', () => {
  it('a settlement: the person-year head beside the person’s Query, none after', async () => {
    const store = new DynamoDbClaimStore<{ fen: number }, { paid: number }>(client, tableName());
    const personId = `11010519491231${String(randomInt(1000)).padStart(3, '0')}X`;
    const claim: StoredClaim<{ fen: number }> = {
      hospitalId: `H-${suffix()}`,
      claimId: `C-${suffix()}`,
      personId,
      year: 2019,
      requestHash: 'h',
      status: 'settled',
      settledAt: '2019-03-10T08:00:00.000Z',
      settlement: { fen: 100 },
      facts: {},
    };
    // A first settlement of this person-year and hospital (the chain may exist: person ids repeat across runs).
    const first = await store.load(personId, 2019);
    events.length = 0;
    const ctx = await store.load(personId, 2019);
    await store.saveSettlement(claim, '2019-03', ctx.year?.version, { paid: 100 }, {}, undefined, ctx.readAhead);
    expectHeadReadAhead('Query');
    expect(first.readAhead).toBeDefined();
    expect((await store.getClaim(claim.hospitalId, claim.claimId))?.settlement).toEqual({ fen: 100 });
  });

  it('a housing step: the case head beside the case file’s Query when the load is for a write, not otherwise', async () => {
    const store = new DynamoDbCaseStore(client, tableName());
    const householdId = `HH-${suffix()}`;
    const opened = openCase(request({ programme: 'R1', householdId }), {
      caseId: `HC-ahead-${suffix()}`,
      householder: person({ householdId }),
      caller: callers.township,
    });
    const township = `ahead-${suffix()}`;
    const c = { ...opened.case, township };
    await store.create(c, opened.event);
    events.length = 0;
    expect((await store.load(c.caseId))?.readAhead).toBeUndefined();
    expect(events.filter((e) => e === 'send GetItem')).toEqual([]);
    events.length = 0;
    const file = await store.load(c.caseId, { forWrite: true });
    if (!file) throw new Error('the case was not stored');
    const on = '2019-04-02';
    const next = { ...file.case, status: 'village-reviewed' as const, version: file.case.version + 1, lastEventOn: on };
    await store.append(
      next,
      {
        caseId: c.caseId,
        seq: next.version,
        type: 'village-review',
        on,
        actor: { sub: 'clerk', role: 'township', township },
        data: { passed: true },
        statusBefore: file.case.status,
        statusAfter: next.status,
      },
      file.case.version,
      file,
    );
    expectHeadReadAhead('Query');
    expect((await store.load(c.caseId))?.case.version).toBe(next.version);
  });
});
