import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { maskIdentity } from '../../../shared/identity/mask.js';
import { call, dynamo, newPersonId, personRow, stackLog, tableName, uniqueSuffix } from '../../support/api.js';

const poverty = { role: 'poverty-office' } as const;
const civil = { role: 'civil-affairs' } as const;
const disabled = { role: 'disabled-federation' } as const;
const peoples = { role: 'hospital', hospitalId: 'zlt-peoples' } as const;
const mongolian = { role: 'hospital', hospitalId: 'zlt-mongolian-chinese' } as const;

const stored = async (personId: string) =>
  (await dynamo().send(new GetCommand({ TableName: tableName(), Key: { pk: `PERSON#${personId}`, sk: 'PROFILE' } })))
    .Item;

const eligibility = (personId: string, on: string, as: object = peoples, extra = '') =>
  call('GET', `/v1/persons/${personId}/eligibility?on=${on}${extra}`, { as: as as never });

describe('PUT /v1/roster/persons', () => {
  it('stores the good rows and rejects a bad check character by index, with the reason', async () => {
    const good = personRow();
    const id = newPersonId();
    const badId = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    const bad = personRow({ personId: badId });
    const r = await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [good, bad] } });
    expect(r.status).toBe(200);
    expect(r.body.accepted).toBe(1);
    expect(r.body.rejected).toEqual([
      expect.objectContaining({
        index: 1,
        personId: badId,
        error: expect.objectContaining({
          details: [
            expect.objectContaining({ path: 'persons.1.personId', message: expect.stringMatching(/check character/) }),
          ],
        }),
      }),
    ]);
    expect(await stored(good.personId as string)).toMatchObject({ name: good.name, registeredFrom: '2016-01-01' });
    expect(await stored(badId)).toBeUndefined();
  });

  it('loading the same batch twice leaves the same state', async () => {
    const rows = [personRow(), personRow({ flags: { stableExit: true } })];
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: rows } });
    const first = await Promise.all(rows.map((r) => stored(r.personId as string)));
    const again = await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: rows } });
    expect(again.body).toEqual({ accepted: 2, rejected: [] });
    const second = await Promise.all(rows.map((r) => stored(r.personId as string)));
    expect(second).toEqual(first);
  });

  it("each body writes only its own fields and never clears another body's", async () => {
    const row = personRow({ flags: { stableExit: true } });
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
    const { registeredFrom: _f, flags: _x, ...shared } = row;
    await call('PUT', '/v1/roster/persons', {
      as: civil,
      body: { persons: [{ ...shared, flags: { minimumLivingAllowance: true } }] },
    });
    await call('PUT', '/v1/roster/persons', {
      as: disabled,
      body: { persons: [{ ...shared, flags: { severelyDisabled: true } }] },
    });
    expect(await stored(row.personId as string)).toMatchObject({
      registeredFrom: '2016-01-01',
      stableExit: true,
      minimumLivingAllowance: true,
      severelyDisabled: true,
    });
  });

  it("a row setting another body's field is rejected by index and not stored", async () => {
    const mine = personRow({ registeredFrom: undefined, flags: { extremelyPoor: true } });
    const foreign = personRow({ registeredFrom: undefined, flags: { extremelyPoor: true, severelyDisabled: true } });
    const datesToo = personRow();
    const r = await call('PUT', '/v1/roster/persons', { as: civil, body: { persons: [mine, foreign, datesToo] } });
    expect(r.body.accepted).toBe(1);
    expect(r.body.rejected.map((x: { index: number; error: { code: string } }) => [x.index, x.error.code])).toEqual([
      [1, 'field-not-owned'],
      [2, 'field-not-owned'],
    ]);
    expect(r.body.rejected[0].error.details[0].path).toBe('persons.1.flags.severelyDisabled');
    expect(await stored(foreign.personId as string)).toBeUndefined();
    expect(await stored(mine.personId as string)).toMatchObject({ extremelyPoor: true });
  });

  it('masks identity numbers in every log line while the caller gets them back', async () => {
    const id = newPersonId();
    const badId = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    const r = await call('PUT', '/v1/roster/persons', {
      as: poverty,
      body: { persons: [personRow({ personId: badId })] },
    });
    expect(r.body.rejected[0].personId).toBe(badId);
    await new Promise((ok) => setTimeout(ok, 200));
    const log = stackLog();
    expect(log).toContain(maskIdentity(badId));
    expect(log).not.toContain(badId);
  });
});

describe('GET /v1/persons/{personId}/eligibility', () => {
  it('follows registeredFrom and registeredUntil, both inclusive', async () => {
    const row = personRow({ registeredFrom: '2019-03-01', registeredUntil: '2019-09-30' });
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
    const id = row.personId as string;
    const cases: [string, boolean][] = [
      ['2019-02-28', false],
      ['2019-03-01', true],
      ['2019-09-30', true],
      ['2019-10-01', false],
    ];
    for (const [on, expected] of cases) {
      const r = await eligibility(id, on);
      expect([on, r.body.registeredPoor, r.body.payAfterTreatment]).toEqual([on, expected, expected]);
    }
  });

  it('a person loaded only by civil affairs is not registered poor', async () => {
    const row = personRow({ registeredFrom: undefined, flags: { minimumLivingAllowance: true } });
    await call('PUT', '/v1/roster/persons', { as: civil, body: { persons: [row] } });
    const r = await eligibility(row.personId as string, '2019-05-01');
    expect(r.body).toMatchObject({ registeredPoor: false, payAfterTreatment: false });
  });

  it('an unknown person is 404 person-not-found', async () => {
    const r = await eligibility(newPersonId(), '2019-05-01');
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('person-not-found');
  });

  it('the arrears flag removes pay-after-treatment for the whole household except emergencies; only the flagging hospital or the bureau clears it', async () => {
    const householdId = `HH-ARR-${uniqueSuffix()}`;
    const a = personRow({ householdId });
    const b = personRow({ householdId });
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [a, b] } });
    const flag = await call('POST', `/v1/households/${householdId}/arrears-flag`, {
      as: peoples,
      body: { flagged: true, reason: '恶意拖欠住院费用' },
    });
    expect(flag.status).toBe(200);
    expect((await eligibility(b.personId as string, '2019-05-01')).body).toMatchObject({
      registeredPoor: true,
      payAfterTreatment: false,
    });
    expect(
      (await eligibility(b.personId as string, '2019-05-01', peoples, '&emergency=true')).body.payAfterTreatment,
    ).toBe(true);

    const otherClears = await call('POST', `/v1/households/${householdId}/arrears-flag`, {
      as: mongolian,
      body: { flagged: false, reason: 'paid' },
    });
    expect(otherClears.status).toBe(403);
    expect((await eligibility(a.personId as string, '2019-05-01')).body.payAfterTreatment).toBe(false);

    const cleared = await call('POST', `/v1/households/${householdId}/arrears-flag`, {
      as: peoples,
      body: { flagged: false, reason: 'paid' },
    });
    expect(cleared.status).toBe(200);
    expect((await eligibility(a.personId as string, '2019-05-01')).body.payAfterTreatment).toBe(true);

    await call('POST', `/v1/households/${householdId}/arrears-flag`, {
      as: peoples,
      body: { flagged: true, reason: 'again' },
    });
    const bureau = await call('POST', `/v1/households/${householdId}/arrears-flag`, {
      as: { role: 'insurance-bureau' },
      body: { flagged: false, reason: 'settled by the bureau' },
    });
    expect(bureau.status).toBe(200);
    expect((await eligibility(a.personId as string, '2019-05-01')).body.payAfterTreatment).toBe(true);
  });

  it('pay-after-treatment only at hospitals inside the county; the bureau names the hospital by query', async () => {
    const row = personRow();
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
    const hospitalId = `demo-outside-${uniqueSuffix()}`;
    await call('PUT', `/v1/hospitals/${hospitalId}`, {
      as: { role: 'insurance-bureau' },
      body: {
        hospitalId,
        name: '示例区外医院',
        level: 'outside',
        grade: 'tertiary',
        secondaryOutOfCatalogueLimit: false,
        majorDiseaseDesignated: false,
        cataractProgramme: false,
        inCounty: false,
      },
    });
    const outside = await eligibility(
      row.personId as string,
      '2019-05-01',
      { role: 'insurance-bureau' },
      `&hospitalId=${hospitalId}`,
    );
    expect(outside.body).toMatchObject({ registeredPoor: true, payAfterTreatment: false, hospitalId });
    const inside = await eligibility(
      row.personId as string,
      '2019-05-01',
      { role: 'audit' },
      '&hospitalId=clinic-wadi',
    );
    expect(inside.body.payAfterTreatment).toBe(true);
    const spoof = await eligibility(row.personId as string, '2019-05-01', peoples, `&hospitalId=${hospitalId}`);
    expect(spoof.status).toBe(403);
  });

  it('lists chronic certifications in force on the date', async () => {
    const row = personRow();
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
    const id = row.personId as string;
    const cert = await call('POST', `/v1/persons/${id}/chronic-certifications`, {
      as: { role: 'health-commission' },
      body: { disease: 'diabetes', certifiedBy: 'health-commission', from: '2019-04-01' },
    });
    expect(cert.status).toBe(201);
    expect(
      (
        await call('POST', `/v1/persons/${id}/chronic-certifications`, {
          as: peoples,
          body: { disease: 'diabetes', certifiedBy: 'health-commission', from: '2019-04-01' },
        })
      ).status,
    ).toBe(403);
    expect((await eligibility(id, '2019-03-31')).body.chronicDiseases).toEqual([]);
    expect((await eligibility(id, '2019-04-01')).body.chronicDiseases).toEqual([
      { disease: 'diabetes', certifiedBy: 'health-commission', from: '2019-04-01' },
    ]);
  });
});
