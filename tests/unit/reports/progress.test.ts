import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { openCase } from '../../../shared/housing/eligibility.js';
import { HOUSING_2019 } from '../../../shared/housing/policy.js';
import type { CaseEvent, HousingCase, PhotoRecord } from '../../../shared/housing/types.js';
import { applyEvent, nextStep } from '../../../shared/housing/workflow.js';
import { toCsv } from '../../../shared/reports/formats.js';
import { foldTownship, sumFigures, type HistoryItem } from '../../../shared/reports/progress.js';
import { toXlsx } from '../../../shared/reports/xlsx.js';
import { ALL_PHOTOS, callers, defaultCaller, defaultEvent, person, request } from '../housing/fixtures.js';

/** Opens a case and walks it with the default dated events until `status`, returning every event. */
function walk(caseId: string, req: Parameters<typeof request>[0], status: HousingCase['status']): { c: HousingCase; events: CaseEvent[] } {
  const opened = openCase(request(req), { caseId, householder: person({ householdId: req?.householdId ?? 'HH-001' }), caller: callers.township });
  let c = opened.case;
  const events = [opened.event];
  while (c.status !== status) {
    const type = nextStep(c)!;
    const next = applyEvent(c, defaultEvent(c, type), defaultCaller(c, type), ALL_PHOTOS);
    c = next.case;
    events.push(next.event);
  }
  return { c, events };
}

const photo = (caseId: string, kind: 'before' | 'after', decidedOn: string): HistoryItem => ({
  kind: 'photo',
  photo: { caseId, photoId: `${caseId}-${kind}`, kind, contentType: 'image/jpeg', size: 100, status: 'accepted', key: 'k', decidedOn, requestedAt: '', requestedBy: { sub: 's', role: 'township' } } as PhotoRecord,
});

// Case A: R1, D-grade self-build, walked to `paid` (approval 2019-03-05, construction 2019-04-01,
// final acceptance 2019-07-30, payment 2019-08-10), before/after photos accepted 2019-07-25.
const A = walk('HC-A', { householdId: 'HH-A' }, 'paid');
// Case B: R1, C-grade repair estimated at 15,000, walked to `under-construction` (from 2019-04-01).
const B = walk('HC-B', { householdId: 'HH-B', grade: 'C', mode: 'repair', repairCost: 1_500_000 }, 'under-construction');
// Case C: R1, D-grade, still at `applied` on 2019-01-10, refused on 2019-09-01 (after the June cut-off).
const C0 = walk('HC-C', { householdId: 'HH-C' }, 'applied');
const refusal = applyEvent(C0.c, { type: 'refuse', on: '2019-09-01', evidence: '多次上门动员仍拒绝改造' }, callers.township).event;

function history(): HistoryItem[] {
  const items: HistoryItem[] = [...A.events, ...B.events, ...C0.events, refusal].map((event) => ({ kind: 'event', event, programme: 'R1' }));
  items.push(photo('HC-A', 'before', '2019-07-25'), photo('HC-A', 'after', '2019-07-25'));
  // The store streams by date; the fold must not depend on anything else.
  return items.sort((x, y) => (x.kind === 'event' ? x.event.on : x.photo.decidedOn!).localeCompare(y.kind === 'event' ? y.event.on : y.photo.decidedOn!));
}

describe('progress report fold (SPEC §7, R1 八.(二))', () => {
  it('at the 2019-06-15 cut-off: stages, grades, committed subsidies, nothing paid or late', async () => {
    const { R1, R2 } = await foldTownship(history(), '2019-06-15', HOUSING_2019);
    expect(R1.cases).toBe(3);
    expect(R1.stages).toMatchObject({ 'under-construction': 2, applied: 1, paid: 0, refused: 0 });
    expect(R1.grades).toEqual({ C: 1, D: 2, 'no-house': 0 });
    // A (D new build, 25,232) and B (C repair, actual 15,000) are approved; C is not: 25,232 + 15,000 = 40,232 yuan
    expect(R1.subsidyCommitted).toBe(4_023_200);
    expect(R1.subsidyPaid).toBe(0);
    expect([R1.late, R1.accepted, R1.acceptedWithPhotos, R1.refusals.count]).toEqual([0, 0, 0, 0]);
    expect(R2.cases).toBe(0);
  });

  it('at the 2019-09-30 cut-off: A paid with photos, B late against 2019-08-31, C refused and out of the grade counts', async () => {
    const { R1 } = await foldTownship(history(), '2019-09-30', HOUSING_2019);
    expect(R1.stages).toMatchObject({ paid: 1, 'under-construction': 1, refused: 1 });
    expect(R1.grades).toEqual({ C: 1, D: 1, 'no-house': 0 });
    expect(R1.subsidyCommitted).toBe(4_023_200);
    expect(R1.subsidyPaid).toBe(2_523_200); // A's 25,232 [R1 四.(三)]
    expect(R1.late).toBe(1); // B is not finished after the deadline
    expect([R1.accepted, R1.acceptedWithPhotos]).toEqual([1, 1]);
    expect(R1.refusals).toEqual({ count: 1, reasons: ['多次上门动员仍拒绝改造'] });
  });

  it('a past cut-off gives the same figures whatever happened since (C refused later does not change June)', async () => {
    const june = await foldTownship(history().filter((i) => !(i.kind === 'event' && i.event.type === 'refuse')), '2019-06-15', HOUSING_2019);
    expect(await foldTownship(history(), '2019-06-15', HOUSING_2019)).toEqual(june);
  });

  it('a township with no cases gives zeros, not missing figures; city totals are the sum of townships', async () => {
    const empty = await foldTownship([], '2019-06-15', HOUSING_2019);
    expect(empty.R1).toMatchObject({ cases: 0, grades: { C: 0, D: 0, 'no-house': 0 }, subsidyCommitted: 0, late: 0 });
    const one = await foldTownship(history(), '2019-09-30', HOUSING_2019);
    const total = sumFigures([one.R1, empty.R1, one.R1]);
    expect(total.cases).toBe(6);
    expect(total.subsidyPaid).toBe(2 * one.R1.subsidyPaid);
  });
});

describe('report files', () => {
  const tables = [
    {
      sheet: 'R1 建档立卡危房改造',
      columns: [{ key: 'township', header: '乡镇(街道)' }, { key: 'cases', header: '户数' }, { key: 'paid', header: '已拨付补助(元)' }],
      rows: [{ township: '成吉思汗镇', cases: 2, paid: 25232 }, { township: '中和镇', cases: 0, paid: 0 }],
      totals: { township: '全市合计', cases: 2, paid: 25232 },
    },
  ];

  it('CSV is UTF-8 with a BOM so Excel opens Chinese names', () => {
    const csv = toCsv(tables);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('乡镇(街道),户数,已拨付补助(元)');
    expect(csv).toContain('全市合计,2,25232');
  });

  it('the workbook opens back with one sheet per programme, Chinese headers, township rows in order, numbers as numbers and a totals row', async () => {
    const buffer = await toXlsx(tables, new Date('2019-06-15T00:00:00Z'));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
    const sheet = workbook.getWorksheet('R1 建档立卡危房改造')!;
    expect(sheet.getRow(1).values).toEqual([undefined, '乡镇(街道)', '户数', '已拨付补助(元)']);
    expect(sheet.getCell('A2').value).toBe('成吉思汗镇');
    expect(sheet.getCell('A3').value).toBe('中和镇');
    expect(sheet.getCell('C2').value).toBe(25232);
    expect(typeof sheet.getCell('B2').value).toBe('number');
    expect(sheet.getCell('A4').value).toBe('全市合计');
    expect(sheet.getRow(4).font?.bold).toBe(true);
  });
});
