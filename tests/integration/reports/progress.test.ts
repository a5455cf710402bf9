import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call, personRow, uniqueSuffix } from '../../support/api.js';

const housingOffice = { role: 'housing-office' } as const;
const poverty = { role: 'poverty-office' } as const;
// Cases here live in 浩饶山镇, which no other test uses, so the township row is this file's alone.
const township = { role: 'township', township: 'haoraoshan' } as const;

async function openCase(appliedOn: string) {
  const row = personRow({ township: 'haoraoshan', householdId: `HH-P-${uniqueSuffix()}`, registeredFrom: '2016-01-01' });
  await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
  const r = await call('POST', '/v1/housing/cases', {
    as: township,
    body: { programme: 'R1', householdId: row.householdId, householderId: row.personId, township: 'haoraoshan', village: '示例村', grade: 'D', mode: 'self-build', plannedArea: 50, appliedOn },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return r.body.caseId as string;
}

describe('progress report through the API', () => {
  it('reports a past cut-off the same way before and after the cases move on, and a rerun writes nothing new', async () => {
    const a = await openCase('2019-01-10');
    const b = await openCase('2019-01-11');
    const reviewed = await call('POST', `/v1/housing/cases/${a}/events`, { as: township, body: { type: 'village-review', on: '2019-01-12', passed: true } });
    expect(reviewed.status).toBe(201);

    const first = await call('POST', '/v1/reports/progress', { as: housingOffice, body: { asOf: '2019-01-12' } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const row = first.body.townships.find((t: { township: string }) => t.township === 'haoraoshan');
    expect(row.R1.stages).toMatchObject({ applied: 1, 'village-reviewed': 1 });
    expect(first.body.townships).toHaveLength(16);
    expect(first.body.townships.map((t: { township: string }) => t.township)[0]).toBe('chengjisihan');
    expect(first.body.programmes[0].plan).toMatchObject({ C: 265, D: 28, 'no-house': 280, budget: 6406400 });

    // Later events (after the cut-off) do not change the past report: same figures, same revision.
    await call('POST', `/v1/housing/cases/${b}/events`, { as: township, body: { type: 'village-review', on: '2019-01-13', passed: true } });
    const again = await call('POST', '/v1/reports/progress', { as: housingOffice, body: { asOf: '2019-01-12' } });
    expect(again.body).toMatchObject({ revision: first.body.revision, unchanged: true });
    expect(again.body.townships).toEqual(first.body.townships);

    const read = await call('GET', '/v1/reports/progress/2019-01-12', { as: { role: 'audit' } });
    expect(read.body.townships).toEqual(first.body.townships);
    const csv = new Uint8Array(await (await fetch(read.body.files.csv)).arrayBuffer());
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await fetch(read.body.files.xlsx)).arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('乡镇(街道)');
    expect(sheet.getCell('A9').value).toBe('浩饶山镇'); // 8th township in the reference order
    expect(sheet.getCell('B9').value).toBeGreaterThanOrEqual(2);
    const json = await (await fetch(read.body.files.json)).text();
    expect(json).not.toMatch(/\d{17}[\dX]/); // no identity numbers in any report

    const list = await call('GET', '/v1/reports/progress', { as: { role: 'finance' } });
    expect(list.body.reports).toContainEqual({ asOf: '2019-01-12' });
    const mine = await call('GET', '/v1/reports/progress/2019-01-12', { as: township });
    expect(mine.body.townships.map((t: { township: string }) => t.township)).toEqual(['haoraoshan']);
    expect(mine.body.files).toBeUndefined();
    expect((await call('POST', '/v1/reports/progress', { as: township, body: { asOf: '2019-01-12' } })).status).toBe(403);
  });
});
