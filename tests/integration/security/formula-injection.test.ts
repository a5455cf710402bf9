import { describe, expect, it } from 'vitest';
import { call, personRow, uniqueSuffix } from '../../support/api.js';
import { tally } from '../../support/attack-tally.js';

const bureau = { role: 'insurance-bureau' } as const;
const FORMULAS = ['=HYPERLINK("http://evil.example/x","点我")', '+1+cmd|calc', '-2+3', '@SUM(A1:A9)'];

describe('spreadsheet formula injection (finding 7)', () => {
  it('a hospital named like a formula lands in the health report CSV as inert text', async () => {
    const month = '2019-12';
    const hospitals: string[] = [];
    for (const name of FORMULAS) {
      const hospitalId = `sec-formula-${uniqueSuffix()}`;
      const put = await call('PUT', `/v1/hospitals/${hospitalId}`, {
        as: bureau,
        body: {
          hospitalId,
          name,
          level: 'county',
          grade: 'secondary',
          secondaryOutOfCatalogueLimit: false,
          majorDiseaseDesignated: false,
          cataractProgramme: false,
          inCounty: true,
        },
      });
      expect(put.status, JSON.stringify(put.body)).toBeLessThan(300);
      const row = personRow();
      await call('PUT', '/v1/roster/persons', { as: { role: 'poverty-office' }, body: { persons: [row] } });
      const claim = await call('POST', '/v1/claims', {
        as: { role: 'hospital', hospitalId },
        body: {
          claimId: `C-F-${uniqueSuffix()}`,
          personId: row.personId,
          kind: 'inpatient',
          admittedOn: '2019-12-02',
          dischargedOn: '2019-12-06',
          costs: { total: 1000 },
        },
      });
      expect(claim.status, JSON.stringify(claim.body)).toBe(201);
      hospitals.push(hospitalId);
    }
    expect((await call('POST', `/v1/reports/health/${month}`, { as: bureau })).status).toBeLessThan(300);
    const read = await call('GET', `/v1/reports/health/${month}`, { as: bureau });
    const csv = await (await fetch(read.body.files.csv)).text();
    for (const [i, hospitalId] of hospitals.entries()) {
      const line = csv.split('\r\n').find((l) => l.includes(hospitalId));
      expect(line, hospitalId).toBeDefined();
      const cells = line!.match(/("([^"]|"")*"|[^,]*)(,|$)/g)!.map((c) => c.replace(/,$/, ''));
      const nameCell = cells.find((c) => c.includes(FORMULAS[i]!.replace(/"/g, '""')) || c.includes(FORMULAS[i]!));
      expect(nameCell, line).toBeDefined();
      // The cell's text starts with an apostrophe: a spreadsheet shows it, never evaluates it.
      expect(nameCell!.replace(/^"/, '').startsWith("'")).toBe(true);
      // No cell of the line starts with a formula character.
      for (const c of cells) expect(c.replace(/^"/, ''), line).not.toMatch(/^[=+@\t\r]/);
    }
    tally('injection: spreadsheet formulas in names', FORMULAS.length);
  });
});
