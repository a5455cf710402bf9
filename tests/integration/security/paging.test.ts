import { describe, expect, it } from 'vitest';
import { call } from '../../support/api.js';
import { openCase as openHousingCase } from '../../support/housing-files.js';
import { tally } from '../../support/attack-tally.js';

const township = { role: 'township', township: 'zhonghe' } as const;
const housingOffice = { role: 'housing-office' } as const;

const openCase = () => openHousingCase('zhonghe', { prefix: 'PG' });

const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
const list = (query: string, as: object = township) => call('GET', `/v1/housing/cases?${query}`, { as: as as never });

describe('paging tokens are opaque and bound to the query (finding 4)', () => {
  it('continues the same list, reveals no table keys, and refuses anything else with 400 invalid-token', async () => {
    await openCase();
    await openCase();
    const first = await list('limit=1');
    expect(first.status).toBe(200);
    const token = first.body.nextToken as string;
    expect(token).toMatch(/^[A-Za-z0-9_-]+$/);
    const decoded = Buffer.from(token, 'base64url').toString('latin1');
    for (const leak of ['HCASE', 'gsi1', 'zhonghe']) expect(decoded).not.toContain(leak);

    const second = await list(`limit=1&nextToken=${token}`);
    expect(second.status).toBe(200);
    expect(second.body.cases[0].caseId).not.toBe(first.body.cases[0].caseId);

    const flipped = `${token.slice(0, 20)}${token[20] === 'A' ? 'B' : 'A'}${token.slice(21)}`;
    const attempts: [string, string, object?][] = [
      ['empty object', b64({})],
      ['raw DynamoDB key', b64({ pk: 'HCASE#HC-x', sk: 'CASE', gsi1pk: 'HCASES#zhonghe', gsi1sk: 'R1#applied#HC-x' })],
      ['raw key of another township', b64({ pk: 'HCASE#HC-x', sk: 'CASE', gsi1pk: 'HCASES#chaihe', gsi1sk: 'R1#' })],
      ['one character changed', flipped],
      ['truncated', token.slice(0, token.length - 4)],
      ['not base64url', 'a.b+c/d='],
      ['another filter', `${token}`, { query: 'programme=R2' }],
      ['another township', `${token}`, { query: 'township=chaihe', as: housingOffice }],
      ['json array', b64([1, 2])],
      ['long garbage', 'A'.repeat(1900)],
    ];
    for (const [name, bad, how] of attempts) {
      const extra = (how as { query?: string } | undefined)?.query;
      const as = (how as { as?: object } | undefined)?.as ?? township;
      const r = await list(`limit=1${extra ? `&${extra}` : ''}&nextToken=${encodeURIComponent(bad)}`, as);
      expect(r.status, name).toBe(400);
      expect(r.body.error.code, name).toBe('invalid-token');
      expect(r.body.error.details[0].path, name).toBe('query.nextToken');
    }
    tally('paging: forged or altered tokens', attempts.length);
  });
});
