import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { call, dynamo, personRow, tableName, uniqueSuffix } from '../../support/api.js';
import { tally } from '../../support/attack-tally.js';

const poverty = { role: 'poverty-office' } as const;
const peoples = { role: 'hospital', hospitalId: 'zlt-peoples' } as const;
const mongolian = { role: 'hospital', hospitalId: 'zlt-mongolian-chinese' } as const;

const flagItem = async (householdId: string) =>
  (
    await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: { pk: `HOUSEHOLD#${householdId}`, sk: 'ARREARS' } }),
    )
  ).Item;

const post = (householdId: string, as: object, body: object) =>
  call('POST', `/v1/households/${householdId}/arrears-flag`, { as: as as never, body });

describe('arrears-flag ownership (finding 3)', () => {
  it('another hospital can neither take over a set flag by re-flagging it nor clear it afterwards', async () => {
    const householdId = `HH-SEC-${uniqueSuffix()}`;
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [personRow({ householdId })] } });
    expect((await post(householdId, peoples, { flagged: true, reason: '恶意拖欠' })).status).toBe(200);
    const before = await flagItem(householdId);
    expect(before).toMatchObject({ flagged: true, flaggedByHospital: 'zlt-peoples' });

    const takeover = await post(householdId, mongolian, { flagged: true, reason: 'mine now' });
    const clear = await post(householdId, mongolian, { flagged: false, reason: 'cleared' });
    tally('scope: another hospital changes an arrears flag', 2);
    expect(takeover.status).toBe(403);
    expect(takeover.body.error.code).toBe('forbidden');
    expect(clear.status).toBe(403);
    expect(await flagItem(householdId)).toEqual(before);

    // The flagging hospital may still change its own flag; the bureau may take it over.
    expect((await post(householdId, peoples, { flagged: true, reason: '恶意拖欠 (补充)' })).status).toBe(200);
    expect(
      (await post(householdId, { role: 'insurance-bureau' }, { flagged: true, reason: '医保局认定' })).status,
    ).toBe(200);
    expect(await flagItem(householdId)).toMatchObject({ flaggedByHospital: 'insurance-bureau', reason: '医保局认定' });
    // Now neither hospital owns it.
    expect((await post(householdId, peoples, { flagged: false, reason: 'paid' })).status).toBe(403);
  });

  it('a cleared flag can be set by any hospital', async () => {
    const householdId = `HH-SEC-${uniqueSuffix()}`;
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [personRow({ householdId })] } });
    expect((await post(householdId, peoples, { flagged: true, reason: 'a' })).status).toBe(200);
    expect((await post(householdId, peoples, { flagged: false, reason: 'paid' })).status).toBe(200);
    expect((await post(householdId, mongolian, { flagged: true, reason: 'b' })).status).toBe(200);
    expect(await flagItem(householdId)).toMatchObject({ flagged: true, flaggedByHospital: 'zlt-mongolian-chinese' });
  });
});
