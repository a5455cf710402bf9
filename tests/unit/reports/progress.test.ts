import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Caller } from '../../../shared/auth/roles.js';
import { openCase } from '../../../shared/housing/eligibility.js';
import { HOUSING_2019 } from '../../../shared/housing/policy.js';
import type { CaseEvent, EventInput, HousingCase, PhotoKind, PhotoRecord } from '../../../shared/housing/types.js';
import { applyEvent, isLate, nextStep } from '../../../shared/housing/apply.js';
import type { Person } from '../../../shared/roster/types.js';
import { TOWNSHIPS } from '../../../shared/reference/townships.js';
import { toCsv } from '../../../shared/reports/formats.js';
import {
  budgetOf,
  foldTownship,
  foldTownshipCases,
  sumFigures,
  type HistoryItem,
} from '../../../shared/reports/progress.js';
import { PROGRESS_BASE, runProgressReport, type ProgressReportJson } from '../../../shared/reports/progress-run.js';
import { toXlsx } from '../../../shared/reports/xlsx.js';
import {
  ALL_PHOTOS,
  callers,
  defaultCaller,
  defaultEvent,
  person,
  request,
  welfarePerson,
} from '../housing/fixtures.js';
import { MemoryReportStore } from '../../../shared/reports/memory-report-store.js';
import { memoryHistory } from './fakes.js';

interface Walked {
  c: HousingCase;
  events: CaseEvent[];
  /** The case after each event, to ask workflow.ts `isLate` what it was at any date. */
  states: HousingCase[];
}

/** Opens a case and walks it with the default dated events until `status`, recording every event and state. */
function walk(
  caseId: string,
  req: Parameters<typeof request>[0],
  status: HousingCase['status'],
  householder: Person = person({ householdId: req?.householdId ?? 'HH-001' }),
): Walked {
  const opened = openCase(request(req), { caseId, householder, caller: callers.township });
  const w: Walked = { c: opened.case, events: [opened.event], states: [opened.case] };
  while (w.c.status !== status) {
    const type = nextStep(w.c)!;
    step(w, defaultEvent(w.c, type), defaultCaller(w.c, type));
  }
  return w;
}

function step(w: Walked, input: EventInput, caller: Caller): Walked {
  const next = applyEvent(w.c, input, caller, ALL_PHOTOS);
  w.c = next.case;
  w.events.push(next.event);
  w.states.push(next.case);
  return w;
}

const photo = (caseId: string, kind: 'before' | 'after', decidedOn: string): HistoryItem => ({
  kind: 'photo',
  photo: {
    caseId,
    photoId: `${caseId}-${kind}`,
    kind,
    contentType: 'image/jpeg',
    size: 100,
    status: 'accepted',
    key: 'k',
    decidedOn,
    requestedAt: '',
    requestedBy: { sub: 's', role: 'township' },
  } as PhotoRecord,
});
const itemsOf = (w: Walked): HistoryItem[] =>
  w.events.map((event) => ({ kind: 'event', event, programme: w.c.programme }));
const byDate = (items: HistoryItem[]): HistoryItem[] =>
  items.sort((x, y) =>
    (x.kind === 'event' ? x.event.on : x.photo.decidedOn!).localeCompare(
      y.kind === 'event' ? y.event.on : y.photo.decidedOn!,
    ),
  );

// ---- Township one (zhonghe): three R1 cases.
// A: D-grade self-build, walked to `paid` (approval 2019-03-05, construction 2019-04-01, final acceptance
//    2019-07-30, payment 2019-08-10); before/after photos accepted 2019-07-25.
const A = walk('HC-A', { householdId: 'HH-A' }, 'paid');
// B: C-grade repair estimated at 15,000, walked to `under-construction` (from 2019-04-01).
const B = walk(
  'HC-B',
  { householdId: 'HH-B', grade: 'C', mode: 'repair', repairCost: 1_500_000 },
  'under-construction',
);
// C: D-grade, still `applied` (2019-01-10), refused on 2019-09-01 — after the June cut-off.
const C = step(
  walk('HC-C', { householdId: 'HH-C' }, 'applied'),
  { type: 'refuse', on: '2019-09-01', evidence: '多次上门动员仍拒绝改造' },
  callers.township,
);

const history = (): HistoryItem[] =>
  byDate([
    ...itemsOf(A),
    ...itemsOf(B),
    ...itemsOf(C),
    photo('HC-A', 'before', '2019-07-25'),
    photo('HC-A', 'after', '2019-07-25'),
  ]);

// ---- Township two (chaihe in the report): returns, a no-house household and an R2 case.
// D: R1 no-house self-build (25,232, a decision [R1 五.(三)]), walked to `approved` on 2019-03-05 (no appraisal).
const D = walk('HC-D', { householdId: 'HH-D', grade: 'no-house' }, 'approved');
// E: R2 D-grade self-build of a 低保 household, walked to `approved`.
const E = walk('HC-E', { programme: 'R2', householdId: 'HH-E' }, 'approved', welfarePerson({ householdId: 'HH-E' }));
// F: R1 D-grade: the village review fails first (2019-01-11, 材料不全), then passes and walks to preliminary
//    acceptance (2019-07-20); the city returns it at final acceptance for rectification on 2019-07-25 with a
//    reason that quotes the householder's identity number.
const F0 = step(
  walk('HC-F', { householdId: 'HH-F' }, 'applied'),
  { type: 'village-review', on: '2019-01-11', passed: false, reason: '材料不全' },
  callers.township,
);
while (F0.c.status !== 'preliminary-accepted')
  step(F0, defaultEvent(F0.c, nextStep(F0.c)!), defaultCaller(F0.c, nextStep(F0.c)!));
const F = step(
  F0,
  { type: 'return', on: '2019-07-25', reason: '身份证号159999195001010011与户主不符,限期整改' },
  callers.housingOffice,
);

const more = (): HistoryItem[] => byDate([...itemsOf(D), ...itemsOf(E), ...itemsOf(F)]);

describe('progress report fold (docs/rules.md §7, R1 八.(二))', () => {
  it('at the 2019-06-15 cut-off: stages, grades, committed subsidies, nothing paid or late', async () => {
    const { R1, R2 } = await foldTownship(history(), '2019-06-15', HOUSING_2019);
    expect(R1.cases).toBe(3);
    expect(R1.stages).toMatchObject({ 'under-construction': 2, applied: 1, paid: 0, refused: 0 });
    expect(R1.grades).toEqual({ C: 1, D: 2, 'no-house': 0 });
    // A (D new build, 25,232) and B (C repair, actual 15,000) are approved; C is not: 25,232 + 15,000 = 40,232 yuan
    expect(R1.subsidyCommitted).toBe(4_023_200);
    expect(R1.subsidyPaid).toBe(0);
    expect([R1.late, R1.accepted, R1.acceptedWithPhotos, R1.refusals.count, R1.returns.count]).toEqual([0, 0, 0, 0, 0]);
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
    expect(R1.refusals).toEqual({ count: 1, reasons: [{ reason: '多次上门动员仍拒绝改造', count: 1 }] });
  });

  it('photos decided after the cut-off do not count: A accepted on 2019-07-30 but its photos were decided on 2019-08-05', async () => {
    const late = byDate([...itemsOf(A), photo('HC-A', 'before', '2019-07-25'), photo('HC-A', 'after', '2019-08-05')]);
    expect((await foldTownship(late, '2019-08-01', HOUSING_2019)).R1).toMatchObject({
      accepted: 1,
      acceptedWithPhotos: 0,
    });
    expect((await foldTownship(late, '2019-08-05', HOUSING_2019)).R1).toMatchObject({
      accepted: 1,
      acceptedWithPhotos: 1,
    });
  });

  it('names the cases late at the cut-off for the bulletin: B under construction after 2019-08-31, with its village, householder and agreement date', async () => {
    expect((await foldTownshipCases(history(), '2019-08-31', HOUSING_2019)).late).toEqual([]);
    const { late, figures } = await foldTownshipCases(history(), '2019-09-30', HOUSING_2019);
    expect(late).toEqual([
      {
        caseId: 'HC-B',
        programme: 'R1',
        village: B.c.village,
        householderId: B.c.householderId,
        status: 'under-construction',
        completionBy: B.c.completionBy,
      },
    ]);
    expect(figures.R1.late).toBe(late.length);
  });

  it('photos count by the date of their step, not the verdict: a back-dated acceptance photographed today is complete at the cut-off', async () => {
    // A's photos belong to its preliminary acceptance (2019-07-20) but the clerk uploaded them on 2026-11-30.
    const dated = (kind: 'before' | 'after'): HistoryItem => {
      const p = photo('HC-A', kind, '2026-11-30');
      return p.kind === 'photo' ? { kind: 'photo', photo: { ...p.photo, stepOn: '2019-07-20' } } : p;
    };
    const items = [...itemsOf(A), dated('before'), dated('after')];
    expect((await foldTownship(items, '2019-08-01', HOUSING_2019)).R1).toMatchObject({
      accepted: 1,
      acceptedWithPhotos: 1,
    });
    // Before its step's date the photo is not yet there (and A is not yet accepted either).
    expect((await foldTownship(items, '2019-07-19', HOUSING_2019)).R1.acceptedWithPhotos).toBe(0);
  });

  it('a past cut-off gives the same figures whatever happened since (C refused later does not change June)', async () => {
    const june = await foldTownship(
      history().filter((i) => !(i.kind === 'event' && i.event.type === 'refuse')),
      '2019-06-15',
      HOUSING_2019,
    );
    expect(await foldTownship(history(), '2019-06-15', HOUSING_2019)).toEqual(june);
  });

  it('counts every return with its step and reason (a failed review and a return for rectification), masking identity numbers', async () => {
    const { R1, R2 } = await foldTownship(more(), '2019-08-01', HOUSING_2019);
    expect(R1.stages).toMatchObject({ approved: 1, 'under-construction': 1 });
    expect(R1.returns).toEqual({
      count: 2,
      reasons: [
        { step: 'final-acceptance', reason: '身份证号159999********0011与户主不符,限期整改', count: 1 },
        { step: 'village-review', reason: '材料不全', count: 1 },
      ],
    });
    expect(JSON.stringify(R1)).not.toMatch(/\d{17}[\dX]/);
    expect(R2).toMatchObject({
      cases: 1,
      stages: { approved: 1 },
      grades: { C: 0, D: 1, 'no-house': 0 },
      subsidyCommitted: 2_523_200,
    });
  });

  it('keeps no-house subsidies apart: the planned investment excludes no-house households [R1 三]', async () => {
    const { R1 } = await foldTownship(more(), '2019-08-01', HOUSING_2019);
    expect(R1.grades).toEqual({ C: 0, D: 1, 'no-house': 1 });
    // D (no-house, 25,232) and F (D new build, 25,232) are approved: 50,464 committed, 25,232 of it no-house
    expect([R1.subsidyCommitted, R1.noHouseSubsidyCommitted]).toEqual([5_046_400, 2_523_200]);
    // against the plan's 6,406,400: 25,232 committed, 6,381,168 remaining
    expect(budgetOf('R1', R1, HOUSING_2019)).toMatchObject({
      planned: 6_406_400,
      committed: 25_232,
      paid: 0,
      remaining: 6_381_168,
    });
  });

  it.each(['2019-03-01', '2019-06-15', '2019-08-31', '2019-09-01', '2019-09-05', '2019-09-30', '2019-12-31'])(
    'late at %s is what workflow.ts isLate says of each case as it stood then',
    async (asOf) => {
      // G: finally accepted after the deadline (2019-09-10): open and late on 2019-09-05, accepted late after.
      const G = step(
        walk('HC-G', { householdId: 'HH-G' }, 'preliminary-accepted'),
        { type: 'final-acceptance', on: '2019-09-10', builtArea: 55 },
        callers.housingOffice,
      );
      const all = [A, B, C, D, F, G];
      const expected = all.filter((w) => {
        const at = w.states.filter((_s, i) => w.events[i]!.on <= asOf).at(-1);
        return at !== undefined && isLate(at, asOf, HOUSING_2019);
      }).length;
      const { R1 } = await foldTownship(byDate(all.flatMap(itemsOf)), asOf, HOUSING_2019);
      expect(R1.late).toBe(expected);
    },
  );

  it('a township with no cases gives zeros, not missing figures; city totals are the sum of townships', async () => {
    const empty = await foldTownship([], '2019-06-15', HOUSING_2019);
    expect(empty.R1).toMatchObject({
      cases: 0,
      grades: { C: 0, D: 0, 'no-house': 0 },
      subsidyCommitted: 0,
      late: 0,
      returns: { count: 0, reasons: [] },
    });
    expect(Object.values(empty.R1.stages).every((n) => n === 0)).toBe(true);
    const one = await foldTownship(history(), '2019-09-30', HOUSING_2019);
    const total = sumFigures([one.R1, empty.R1, one.R1]);
    expect(total.cases).toBe(6);
    expect(total.subsidyPaid).toBe(2 * one.R1.subsidyPaid);
    expect(total.refusals).toEqual({ count: 2, reasons: [{ reason: '多次上门动员仍拒绝改造', count: 2 }] });
  });
});

/** Every number in the figures, by path, so totals can be checked against the rows field by field. */
function numbers(f: object, prefix = ''): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(f)) {
    if (typeof v === 'number') out[`${prefix}${k}`] = v;
    else if (v && typeof v === 'object' && !Array.isArray(v)) Object.assign(out, numbers(v, `${prefix}${k}.`));
  }
  return out;
}

describe('the progress report (use case, in-memory ports)', () => {
  const source = () => memoryHistory({ zhonghe: history(), chaihe: more() });

  it('lists all 16 townships in the reference order, with zeros where there are no cases, and city totals equal to their sum', async () => {
    const reports = new MemoryReportStore();
    const report = await runProgressReport({ cases: source(), reports }, '2019-09-30');
    expect(report.townships.map((t) => t.township)).toEqual(TOWNSHIPS.map((t) => t.code));
    const hexi = report.townships.find((t) => t.township === 'hexi')!;
    expect(Object.values(numbers(hexi.R1)).every((n) => n === 0)).toBe(true);
    for (const p of report.programmes) {
      const sums: Record<string, number> = {};
      for (const t of report.townships)
        for (const [k, v] of Object.entries(numbers(t[p.programme]))) sums[k] = (sums[k] ?? 0) + v;
      expect(numbers(p.totals)).toEqual(sums);
    }
    const [r1, r2] = report.programmes;
    // zhonghe A, B, C + chaihe D, F; R2: E. Money in yuan.
    expect(r1!.totals).toMatchObject({
      cases: 5,
      subsidyCommitted: 90_696,
      subsidyPaid: 25_232,
      noHouseSubsidyCommitted: 25_232,
      late: 3,
    });
    expect(r1!.plan).toMatchObject({ C: 265, D: 28, 'no-house': 280, budget: 6_406_400 });
    expect(r1!.budget).toMatchObject({ planned: 6_406_400, committed: 65_464, paid: 25_232, remaining: 6_340_936 });
    expect(r2!).toMatchObject({ plan: { households: 123, budget: 3_342_000 }, totals: { cases: 1, late: 1 } });
  });

  it('stores JSON, CSV and xlsx under reports/progress/<asOf>/r1/; a rerun writes nothing; a back-dated case makes r2', async () => {
    const reports = new MemoryReportStore();
    const first = await runProgressReport({ cases: source(), reports }, '2019-06-15');
    expect(first).toMatchObject({ revision: 1, unchanged: false });
    expect([...reports.objects.keys()].sort()).toEqual(
      ['report.csv', 'report.json', 'report.xlsx'].map((n) => `${PROGRESS_BASE}/2019-06-15/r1/${n}`),
    );

    // B moves on after the cut-off (preliminary acceptance 2019-07-20): June is the same JSON, nothing written.
    const writes = reports.writes;
    const movedB = walk(
      'HC-B',
      { householdId: 'HH-B', grade: 'C', mode: 'repair', repairCost: 1_500_000 },
      'preliminary-accepted',
    );
    const zhongheLater = [
      ...history().filter((i) => i.kind !== 'event' || i.event.caseId !== 'HC-B'),
      ...itemsOf(movedB),
    ];
    const again = await runProgressReport(
      { cases: memoryHistory({ zhonghe: zhongheLater, chaihe: more() }), reports },
      '2019-06-15',
    );
    expect(again).toMatchObject({ revision: 1, unchanged: true });
    expect(again.townships).toEqual(first.townships);
    expect(reports.writes).toBe(writes);

    // A case recorded late but dated before the cut-off (applied 2019-01-10) changes the past: r2, r1 kept.
    const H = walk('HC-H', { householdId: 'HH-H' }, 'applied');
    const backdated = memoryHistory({ zhonghe: zhongheLater, chaihe: more(), hexi: itemsOf(H) });
    const third = await runProgressReport({ cases: backdated, reports }, '2019-06-15');
    expect(third).toMatchObject({ revision: 2, unchanged: false });
    expect(third.townships.find((t) => t.township === 'hexi')!.R1.cases).toBe(1);
    expect(reports.objects.has(`${PROGRESS_BASE}/2019-06-15/r1/report.json`)).toBe(true);
  });

  it('the files carry no identity number, the CSV starts with a BOM, and the workbook reads back cell by cell', async () => {
    const reports = new MemoryReportStore();
    await runProgressReport({ cases: source(), reports }, '2019-09-30');
    const json = String(reports.file(PROGRESS_BASE, '2019-09-30', 1, 'report.json'));
    const csv = String(reports.file(PROGRESS_BASE, '2019-09-30', 1, 'report.csv'));
    expect((JSON.parse(json) as ProgressReportJson).asOf).toBe('2019-09-30');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    for (const text of [json, csv]) expect(text).not.toMatch(/\d{17}[\dX]/);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(reports.file(PROGRESS_BASE, '2019-09-30', 1, 'report.xlsx') as unknown as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['R1 建档立卡危房改造', 'R2 五保低保残疾人危房改造']);
    const sheet = workbook.getWorksheet('R1 建档立卡危房改造')!;
    const headers = (sheet.getRow(1).values as unknown[]).slice(1) as string[];
    const col = (header: string) => headers.indexOf(header) + 1;
    expect(headers.slice(0, 5)).toEqual(['乡镇(街道)', '户数', 'C级', 'D级', '无房户']);
    // Township rows 2–17 in the reference order, the city totals on 18, the plan on 19.
    expect(TOWNSHIPS.map((_, i) => sheet.getCell(i + 2, 1).value)).toEqual(TOWNSHIPS.map((t) => t.name));
    const zhonghe = sheet.getRow(3);
    expect(zhonghe.getCell(1).value).toBe('中和镇');
    expect([
      zhonghe.getCell(col('户数')).value,
      zhonghe.getCell(col('已拨付')).value,
      zhonghe.getCell(col('拒绝改造')).value,
    ]).toEqual([3, 1, 1]);
    // `paid` the stage (households) and `paid` the money (yuan) are different columns.
    expect([zhonghe.getCell(col('已承诺补助(元)')).value, zhonghe.getCell(col('已拨付补助(元)')).value]).toEqual([
      40_232, 25_232,
    ]);
    const totals = sheet.getRow(18);
    expect(totals.getCell(1).value).toBe('全市合计');
    expect(totals.font?.bold).toBe(true);
    expect([
      totals.getCell(col('户数')).value,
      totals.getCell(col('已承诺补助(元)')).value,
      totals.getCell(col('其中无房户已承诺(元)')).value,
      totals.getCell(col('逾期未完成')).value,
    ]).toEqual([5, 90_696, 25_232, 3]);
    for (const header of headers.slice(1)) expect(typeof totals.getCell(col(header)).value, header).toBe('number');
    const plan = sheet.getRow(19);
    expect([
      plan.getCell(col('C级')).value,
      plan.getCell(col('D级')).value,
      plan.getCell(col('无房户')).value,
      // the planned investment sits in the budget column, which leaves no-house subsidies out [R1 三]
      plan.getCell(col('计划投资内已承诺(不含无房户,元)')).value,
    ]).toEqual([265, 28, 280, 6_406_400]);
    const r2 = workbook.getWorksheet('R2 五保低保残疾人危房改造')!;
    expect(r2.getCell(8, 1).value).toBe('柴河镇');
    expect(r2.getCell(8, 2).value).toBe(1);
    expect(r2.getCell(19, 2).value).toBe(123);
  });
});

describe('report files', () => {
  const tables = [
    {
      sheet: 'R1 建档立卡危房改造',
      columns: [
        { key: 'township', header: '乡镇(街道)' },
        { key: 'cases', header: '户数' },
        { key: 'paid', header: '已拨付补助(元)' },
      ],
      rows: [
        { township: '成吉思汗镇', cases: 2, paid: 25232 },
        { township: '中和镇', cases: 0, paid: 0 },
      ],
      totals: { township: '全市合计', cases: 2, paid: 25232 },
    },
  ];

  it('CSV is UTF-8 with a BOM so Excel opens Chinese names', () => {
    const csv = toCsv(tables);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toContain('乡镇(街道),户数,已拨付补助(元)');
    expect(csv).toContain('全市合计,2,25232');
  });

  it('the workbook opens back with Chinese headers, township rows in order, numbers as numbers and a totals row', async () => {
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

describe('issue 12 items 16 and 18: the one-household file and house sales in the progress report', () => {
  const upload = (caseId: string, kind: PhotoKind, stepOn: string): HistoryItem => {
    const base = photo(caseId, 'before', stepOn) as Extract<HistoryItem, { kind: 'photo' }>;
    return { kind: 'photo', photo: { ...base.photo, photoId: `${caseId}-${kind}`, kind, stepOn } };
  };
  // A (R1 D, paid) holds only before and after photos; B (R1 C repair, under construction since 2019-04-01)
  // holds nothing. Cut-off 2019-08-15.
  it('counts accepted files that are complete, and files missing a document already due, per kind', async () => {
    const f = (await foldTownship(history(), '2019-08-15', HOUSING_2019)).R1;
    expect(f.accepted).toBe(1);
    expect(f.acceptedWithPhotos).toBe(1);
    expect(f.acceptedWithDocuments).toBe(0); // A lacks seven of its nine documents
    // A: its seven overdue (every step done); B: application, householder, identity proof, income proof,
    // appraisal report, approval, agreement and the before photo due (its after photo follows preliminary
    // acceptance, not yet); C (still applied at the cut-off, refused later): the five due from application.
    expect(f.filesBehind).toBe(3);
    expect(f.documentsOverdue).toMatchObject({
      application: 3,
      before: 2,
      agreement: 2,
      approval: 2,
      after: 0,
      'welfare-certificate': 0,
    });
  });

  it('once A files the seven (dated by the steps before the cut-off), its file is complete', async () => {
    const seven: PhotoKind[] = [
      'application',
      'householder',
      'identity-proof',
      'income-proof',
      'appraisal-report',
      'approval',
      'agreement',
    ];
    const items = byDate([...history(), ...seven.map((k) => upload('HC-A', k, '2019-07-25'))]);
    const f = (await foldTownship(items, '2019-08-15', HOUSING_2019)).R1;
    expect(f.acceptedWithDocuments).toBe(1);
    expect(f.filesBehind).toBe(2); // B and C
    // Documents dated by a step after the cut-off do not count for it.
    const later = byDate([...history(), ...seven.map((k) => upload('HC-A', k, '2019-08-20'))]);
    expect((await foldTownship(later, '2019-08-15', HOUSING_2019)).R1.acceptedWithDocuments).toBe(0);
  });

  it('totals sales of government-backed houses: count, early, 20,000 yuan due back each [R2 八.(二)]', async () => {
    const G = walk('HC-G', { householdId: 'HH-G', mode: 'government-backed', plannedArea: 40 }, 'paid');
    step(G, { type: 'sale', on: '2019-09-01', evidence: '买卖合同' }, callers.township);
    const H = walk('HC-H', { householdId: 'HH-H', mode: 'government-backed', plannedArea: 40 }, 'paid');
    step(H, { type: 'sale', on: '2019-10-01', evidence: '买卖合同' }, callers.township);
    const items = byDate([...history(), ...itemsOf(G), ...itemsOf(H)]);
    const f = (await foldTownship(items, '2019-09-15', HOUSING_2019)).R1;
    // One sale by 15 September (G), before five years from acceptance: 45,232 − 25,232 = 20,000 yuan due back.
    expect(f.sales).toEqual({ count: 1, early: 1, amountDue: 2_000_000 });
    const all = (await foldTownship(items, '2019-12-31', HOUSING_2019)).R1;
    expect(all.sales).toEqual({ count: 2, early: 2, amountDue: 4_000_000 });
    expect(sumFigures([all, f]).sales).toEqual({ count: 3, early: 3, amountDue: 6_000_000 });
  });
});
