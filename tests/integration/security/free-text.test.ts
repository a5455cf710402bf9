import { describe, expect, it } from 'vitest';
import { call, personRow, uniqueSuffix } from '../../support/api.js';
import { tally } from '../../support/attack-tally.js';

const poverty = { role: 'poverty-office' } as const;
const bureau = { role: 'insurance-bureau' } as const;
const peoples = { role: 'hospital', hospitalId: 'zlt-peoples' } as const;

/** NUL, BEL, ESC, DEL, C1, right-to-left override, LRI, BOM, a lone high and a lone low surrogate. */
const BAD = ['\u0000', '\u0007', '\u001b[31m', '\u007f', '\u0085', '\u202e', '\u2066', '\ufeff', '\ud800', '\udc00'];

describe('free text holds no control, bidi or lone-surrogate character (finding 6)', () => {
  it('names, villages, hospital names and reasons are refused with 400 naming the field; nothing is stored', async () => {
    let tries = 0;
    for (const bad of BAD) {
      for (const field of ['name', 'village'] as const) {
        const row = personRow({ [field]: `测试${bad}甲` });
        const r = await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
        tries += 1;
        expect(r.status, JSON.stringify(bad)).toBe(200);
        expect(r.body.accepted, `${field} ${JSON.stringify(bad)}`).toBe(0);
        expect(r.body.rejected[0].error.details.map((d: { path: string }) => d.path)).toContain(`persons.0.${field}`);
      }
      const hospitalId = `sec-text-${uniqueSuffix()}`;
      const h = await call('PUT', `/v1/hospitals/${hospitalId}`, {
        as: bureau,
        body: {
          hospitalId,
          name: `医院${bad}`,
          level: 'county',
          grade: 'secondary',
          secondaryOutOfCatalogueLimit: false,
          majorDiseaseDesignated: false,
          cataractProgramme: false,
          inCounty: true,
        },
      });
      expect(h.status).toBe(400);
      expect(h.body.error.details.map((d: { path: string }) => d.path)).toContain('body.name');
      expect(
        (await call('GET', '/v1/hospitals', { as: bureau })).body.hospitals?.some?.(
          (x: { hospitalId: string }) => x.hospitalId === hospitalId,
        ) ?? false,
      ).toBe(false);
      const flag = await call('POST', `/v1/households/HH-T-${uniqueSuffix()}/arrears-flag`, {
        as: peoples,
        body: { flagged: true, reason: `拖欠${bad}` },
      });
      expect(flag.status).toBe(400);
      expect(flag.body.error.details.map((d: { path: string }) => d.path)).toContain('body.reason');
      tries += 2;
    }
    tally('injection: control, bidi and surrogate characters', tries);
  });

  it('ordinary Chinese and Mongolian text (with zero-width joiners) still passes', async () => {
    const row = personRow({ name: '巴特尔', village: '哈拉苏\u200d村' });
    const r = await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
    expect(r.body.accepted).toBe(1);
  });

  it('a body that is not valid UTF-8 is a 400, never decoded leniently', async () => {
    const bodies = [
      Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d]), // {"n":"\xff\xfe"}
      Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xc3, 0x22, 0x7d]), // truncated 2-byte sequence
      Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xed, 0xa0, 0x80, 0x22, 0x7d]), // an encoded surrogate
      Buffer.from([0x7b, 0x22, 0x6e, 0x22, 0x3a, 0x22, 0xc0, 0xaf, 0x22, 0x7d]), // overlong '/'
    ];
    for (const raw of bodies) {
      const r = await call('PUT', '/v1/roster/persons', { as: poverty, rawBody: raw });
      expect(r.status).toBe(400);
      expect(r.body.error.code).toBe('invalid-encoding');
    }
    tally('malformed bodies: invalid UTF-8', bodies.length);
  });
});
