import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { call, dynamo, newPersonId, personRow, tableName } from '../../support/api.js';

const poverty = { role: 'poverty-office' } as const;
const hospital = { role: 'hospital', hospitalId: 'zlt-peoples' } as const;

async function storedPerson(personId: string) {
  return (
    await dynamo().send(new GetCommand({ TableName: tableName(), Key: { pk: `PERSON#${personId}`, sk: 'PROFILE' } }))
  ).Item;
}

describe('HTTP conventions of docs/rules.md §9', () => {
  it('GET /v1/health answers 200 without a token', async () => {
    const r = await call('GET', '/v1/health');
    expect(r).toMatchObject({ status: 200, body: { status: 'ok' } });
  });

  it('serves the OpenAPI 3.1 description without a token', async () => {
    const r = await call('GET', '/v1/openapi.json');
    expect(r.status).toBe(200);
    expect(r.body.openapi).toBe('3.1.0');
    expect(r.body.paths['/v1/roster/persons'].put).toBeDefined();
  });

  it('a request without a token is 401 in the error shape', async () => {
    const r = await call('GET', '/v1/reference/townships');
    expect(r.status).toBe(401);
    expect(r.body.error.code).toBe('unauthorized');
  });

  it('a forged or garbled token is 401', async () => {
    const r = await call('GET', '/v1/reference/townships', {
      authorization: 'Bearer eyJhbGciOiJub25lIn0.eyJyb2xlIjoiYXVkaXQifQ.',
    });
    expect(r.status).toBe(401);
  });

  it('a hospital loading the roster is 403 and nothing is stored', async () => {
    const row = personRow();
    const r = await call('PUT', '/v1/roster/persons', { as: hospital, body: { persons: [row] } });
    expect(r.status).toBe(403);
    expect(r.body.error.code).toBe('forbidden');
    expect(await storedPerson(row.personId as string)).toBeUndefined();
  });

  it('an unknown route is 404', async () => {
    const r = await call('GET', '/v1/nothing-here', { as: poverty });
    expect(r.status).toBe(404);
    expect(r.body.error.code).toBe('not-found');
  });

  it('a body over 1 MiB is 413 and nothing is stored', async () => {
    const row = personRow({ village: 'x'.repeat(1024 * 1024) });
    const r = await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe('payload-too-large');
    expect(await storedPerson(row.personId as string)).toBeUndefined();
  });

  it('a body that is not JSON is 415 (wrong content type, and malformed JSON)', async () => {
    const wrongType = await call('PUT', '/v1/roster/persons', {
      as: poverty,
      rawBody: 'persons=1',
      contentType: 'text/plain',
    });
    expect(wrongType.status).toBe(415);
    expect(wrongType.body.error.code).toBe('unsupported-media-type');
    expect(wrongType.body.error.message).toMatch(/must be JSON/);
    const malformed = await call('PUT', '/v1/roster/persons', {
      as: poverty,
      rawBody: '{"persons": [',
      contentType: 'application/json',
    });
    expect(malformed.status).toBe(415);
    expect(malformed.body.error.message).toMatch(/not valid JSON/);
  });

  it('bad input is 400 with each bad field named by its path', async () => {
    const r = await call('GET', `/v1/persons/${newPersonId()}/eligibility?on=2019-02-30`, { as: hospital });
    expect(r.status).toBe(400);
    expect(r.body.error.details).toEqual([expect.objectContaining({ path: 'query.on' })]);
    const put = await call('PUT', '/v1/hospitals/demo-x', {
      as: { role: 'insurance-bureau' },
      body: { hospitalId: 'demo-x', name: 'X', level: 'moon', grade: 'primary' },
    });
    expect(put.status).toBe(400);
    const paths = put.body.error.details.map((d: { path: string }) => d.path);
    expect(paths).toEqual(expect.arrayContaining(['body.level', 'body.secondaryOutOfCatalogueLimit', 'body.inCounty']));
  });

  it('an identity number with a wrong check character is 400 naming the field', async () => {
    const good = newPersonId();
    const bad = good.slice(0, 17) + (good[17] === '0' ? '1' : '0');
    const r = await call('GET', `/v1/persons/${bad}/eligibility?on=2019-05-01`, { as: hospital });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0]).toMatchObject({
      path: 'params.personId',
      message: expect.stringMatching(/check character/),
    });
  });
});

describe('reference data', () => {
  it('lists the 16 townships in the reference order with Chinese names', async () => {
    const r = await call('GET', '/v1/reference/townships', { as: { role: 'audit' } });
    expect(r.status).toBe(200);
    expect(r.body.townships).toHaveLength(16);
    expect(r.body.townships[0]).toEqual({ code: 'chengjisihan', name: '成吉思汗镇' });
    expect(r.body.townships[15]).toEqual({ code: 'xiangyang', name: '向阳街道' });
  });

  it('lists 23 major and 30 chronic diseases; 血友病 once per list', async () => {
    const r = await call('GET', '/v1/reference/diseases', { as: hospital });
    const major = r.body.diseases.filter((d: { list: string }) => d.list === 'major');
    const chronic = r.body.diseases.filter((d: { list: string }) => d.list === 'chronic');
    expect([major.length, chronic.length]).toEqual([23, 30]);
    expect(r.body.diseases.filter((d: { name: string }) => d.name === '血友病')).toHaveLength(2);
  });

  it('ships the named hospitals and a clinic per township; the insurance bureau replaces one', async () => {
    const list = await call('GET', '/v1/hospitals', { as: hospital });
    const ids = list.body.hospitals.map((h: { hospitalId: string }) => h.hospitalId);
    expect(ids).toEqual(
      expect.arrayContaining([
        'zlt-peoples',
        'zlt-mongolian-chinese',
        'hlbe-second-peoples',
        'hlbe-infectious',
        'clinic-chaihe',
      ]),
    );
    expect(ids.filter((id: string) => id.startsWith('clinic-'))).toHaveLength(16);
    const hospitalId = `demo-region-${Date.now()}`;
    const body = {
      hospitalId,
      name: '示例自治区医院',
      level: 'region',
      grade: 'tertiary',
      secondaryOutOfCatalogueLimit: false,
      majorDiseaseDesignated: false,
      cataractProgramme: false,
      inCounty: false,
    };
    expect((await call('PUT', `/v1/hospitals/${hospitalId}`, { as: hospital, body })).status).toBe(403);
    expect((await call('PUT', `/v1/hospitals/${hospitalId}`, { as: { role: 'insurance-bureau' }, body })).status).toBe(
      200,
    );
    const again = await call('GET', '/v1/hospitals', { as: { role: 'audit' } });
    expect(again.body.hospitals).toContainEqual(body);
  });
});
