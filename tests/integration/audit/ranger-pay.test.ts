import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { postChain } from '../../../shared/audit/chains.js';
import { itemHash } from '../../../shared/audit/hash.js';
import type { AuditRecord } from '../../../shared/audit/types.js';
import { brokenIn as brokenInChain, chainRecords } from '../../support/audit.js';
import { call, dynamo, personRow, tableName, uniqueSuffix } from '../../support/api.js';

/**
 * A monthly ranger pay run on the audit trail (docs/audit.md): each post-month paid appends `ranger.paid` to
 * the post's chain in the same transaction as the pay item, a rerun of the month appends nothing, and an
 * insider raising a paid amount in the table is named by verify as the post.
 */
const auditor = { role: 'audit', sub: 'auditor-ranger' } as const;
const poverty = { role: 'poverty-office' } as const;
const forestry = { role: 'forestry-bureau', sub: 'forestry-pay-1' } as const;
const haduohe = { role: 'township', township: 'haduohe', sub: 'clerk-haduohe' } as const;

const records = chainRecords;
const brokenIn = (chain: string) => brokenInChain(chain, auditor);
const payKey = (month: string, postNo: number) => ({
  pk: `RANGERPAY#${month}`,
  sk: `haduohe#${String(postNo).padStart(3, '0')}`,
});

describe('the ranger pay run on the audit trail', () => {
  it('each month paid appends ranger.paid with the pay item’s hash; a rerun appends nothing; an edited pay names the post', async () => {
    const row = personRow({ township: 'haduohe', householdId: `HH-AUD-PAY-${uniqueSuffix()}` });
    expect((await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } })).status).toBe(200);
    const hired = await call('POST', '/v1/ecology/rangers', {
      as: haduohe,
      body: { personId: row.personId, township: 'haduohe', from: '2019-07-01' },
    });
    expect(hired.status, JSON.stringify(hired.body)).toBe(201);
    const postNo = hired.body.postNo as number;
    const chain = postChain('haduohe', postNo);
    for (const month of ['2019-07', '2019-08', '2019-08'])
      expect((await call('POST', `/v1/ecology/pay-runs/${month}`, { as: forestry })).status).toBe(200);

    const list = await records(chain);
    const mine = list.slice(list.findIndex((r) => r.action === 'ranger.hired' && r.actor.sub === 'clerk-haduohe'));
    // Hired, then July and August paid once each: the rerun of August added no record.
    expect(mine.map((r) => [r.action, r.summary?.month ?? null])).toEqual([
      ['ranger.hired', null],
      ['ranger.paid', '2019-07'],
      ['ranger.paid', '2019-08'],
    ]);
    for (const [i, month] of ['2019-07', '2019-08'].entries()) {
      const record = mine[i + 1] as AuditRecord;
      const item = (
        await dynamo().send(
          new GetCommand({ TableName: tableName(), Key: payKey(month, postNo), ConsistentRead: true }),
        )
      ).Item as Record<string, unknown>;
      // The record carries the hash of the pay item exactly as stored, and the amount it paid (fen).
      expect(record.items).toEqual([{ ...payKey(month, postNo), hash: itemHash(item) }]);
      expect(record.summary?.amount).toBe((item.entry as { amount: number }).amount);
      expect(record.prevHash).toBe(mine[i]?.hash);
      expect(record.actor).toMatchObject({ role: 'forestry-bureau' });
    }
    expect(JSON.stringify(mine)).not.toContain(row.personId as string);
    expect(await brokenIn(chain)).toEqual([]);

    // An insider doubles August's pay in the table.
    const august = payKey('2019-08', postNo);
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: august,
        UpdateExpression: 'SET entry.amount = entry.amount + entry.amount',
      }),
    );
    const seq = (mine[2] as AuditRecord).seq;
    expect(await brokenIn(chain)).toEqual([
      {
        chain,
        entity: 'post',
        entityId: `haduohe/${postNo}`,
        reason: expect.stringContaining(`${august.pk} / ${august.sk} no longer matches record ${seq} (ranger.paid)`),
      },
    ]);
  });
});
