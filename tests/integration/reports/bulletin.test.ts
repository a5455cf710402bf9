import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { call } from '../../support/api.js';
import { acceptedPhoto, completeCaseFile, openCase as openHousingCase, takeStep } from '../../support/housing-files.js';

// Cases here live in 蘑菇气镇 (moguqi) and 大河湾镇 (dahewan), which no other test uses, so their rows are this
// file's alone; the city totals hold every file's cases and are checked as sums, never as fixed numbers.
// Each test uses its own cut-off date (bulletins are per cut-off: the 1st or the 15th of a month).
const office = { role: 'housing-office' } as const;
const poverty = { role: 'poverty-office' } as const;
const moguqi = { role: 'township', township: 'moguqi' } as const;
const dahewan = { role: 'township', township: 'dahewan' } as const;

const R1_TITLE = (date: string) => `扎兰屯市建档立卡贫困户农村危房改造工作进度通报（截至${date}）`;

async function openCase(township: 'moguqi' | 'dahewan', appliedOn: string, name: string) {
  const { caseId, householder } = await openHousingCase(township, {
    prefix: 'B',
    person: { name },
    application: { village: '示例村', plannedArea: 50, appliedOn },
  });
  return { caseId, identity: householder.personId };
}

const step = (caseId: string, as: object, body: Record<string, unknown>) => takeStep(caseId, as as never, body);

const photo = (caseId: string, kind: 'before' | 'after') => acceptedPhoto(caseId, kind, moguqi);

/** A case taken to the city's final acceptance on 2019-07-30, back-dated, with its photos uploaded today. */
async function finishedCase(name: string) {
  const { caseId } = await openCase('moguqi', '2019-04-01', name);
  const walk: [object, Record<string, unknown>][] = [
    [moguqi, { type: 'village-review', on: '2019-04-02', passed: true }],
    [moguqi, { type: 'village-notice', on: '2019-04-08', from: '2019-04-03', to: '2019-04-07', objections: 'none' }],
    [
      moguqi,
      { type: 'township-review', on: '2019-04-12', passed: true, homeVisitOn: '2019-04-09', meetingOn: '2019-04-11' },
    ],
    [moguqi, { type: 'township-notice', on: '2019-04-18', from: '2019-04-13', to: '2019-04-17', objections: 'none' }],
    [poverty, { type: 'identity-check', on: '2019-04-19', passed: true }],
    [office, { type: 'appraisal', on: '2019-04-20', grade: 'D', appraiser: '示例鉴定所' }],
    [
      office,
      { type: 'approval', on: '2019-04-26', noticeFrom: '2019-04-21', noticeTo: '2019-04-25', objections: 'none' },
    ],
    [moguqi, { type: 'agreement', on: '2019-04-27', completionBy: '2019-08-15' }],
    [moguqi, { type: 'moved-out', on: '2019-04-28', arrangement: '借住亲属家' }],
    [moguqi, { type: 'construction-start', on: '2019-05-01' }],
    [moguqi, { type: 'preliminary-acceptance', on: '2019-07-20', builtArea: 50, oldHouse: 'demolished' }],
  ];
  for (const [as, body] of walk) await step(caseId, as, body);
  await photo(caseId, 'before');
  await photo(caseId, 'after');
  await completeCaseFile(caseId, moguqi);
  await step(caseId, office, { type: 'final-acceptance', on: '2019-07-30', builtArea: 50 });
  return caseId;
}

const narrative = (township: string, progress: string) => ({
  township,
  progress,
  problems: '个别农户自筹资金不足',
  measures: '乡镇包联干部逐户督促',
});
const submit = (as: object, asOf: string, body: unknown) =>
  call('POST', `/v1/bulletins/${asOf}/submissions`, { as: as as never, body });
const rowOf = (bulletin: any, township: string) =>
  bulletin.programmes[0].rows.find((r: { township: string }) => r.township === township);

describe('the 1st/15th bulletin (通报) through the API [R1/R2 八.(二)]', () => {
  it('townships submit for themselves, the office publishes a ranked bulletin naming laggards, late cases and non-submitters; published is closed and immutable', async () => {
    const asOf = '2019-09-15';
    await finishedCase('王建国'); // accepted on 2019-07-30: done before the deadline
    const lateOne = await openCase('moguqi', '2019-05-01', '李秀英'); // only applied: late after 2019-08-31
    await step(lateOne.caseId, moguqi, { type: 'village-review', on: '2019-05-03', passed: true });
    await openCase('dahewan', '2019-05-02', '赵大山'); // late too, in a township that does not submit

    // The township reviews its own figures at the cut-off before submitting: 1 of 2 accepted, 1 late; the
    // photos were uploaded today but belong to the preliminary acceptance of 2019-07-20, so they count.
    const mine = await call('GET', `/v1/bulletins/${asOf}/submissions`, { as: moguqi });
    expect(mine.status, JSON.stringify(mine.body)).toBe(200);
    expect(mine.body.townships).toHaveLength(1);
    expect(mine.body.townships[0]).toMatchObject({
      township: 'moguqi',
      name: '蘑菇气镇',
      submitted: false,
      figures: { R1: { tasks: 2, started: 1, accepted: 1, completionRate: 0.5, late: 1, withPhotos: 1 } },
    });
    expect(mine.body.townships[0].figures.R1.committed).toBeGreaterThan(0);

    // A township submits only for itself; bad input names the field; a future cut-off is refused; nothing stored.
    expect((await submit(moguqi, asOf, narrative('dahewan', '代报'))).status).toBe(403);
    const bad = await submit(moguqi, asOf, { township: 'moguqi', progress: '进展', problems: '无' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.details.map((d: { path: string }) => d.path)).toContain('body.measures');
    expect((await submit(moguqi, '2099-01-15', narrative('moguqi', '进展'))).status).toBe(400);
    const notCutOff = await submit(moguqi, '2019-09-14', narrative('moguqi', '进展'));
    expect(notCutOff.status).toBe(400);
    expect(notCutOff.body.error).toMatchObject({ code: 'not-a-cut-off', details: [{ path: 'params.asOf' }] });
    expect((await submit(office, asOf, narrative('moguqi', '进展'))).status).toBe(403);

    const first = await submit(moguqi, asOf, narrative('moguqi', '完成竣工验收1户'));
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ township: 'moguqi', version: 1, submittedBy: { role: 'township' } });
    // The same report again (a retry): nothing new.
    const replay = await submit(moguqi, asOf, narrative('moguqi', '完成竣工验收1户'));
    expect(replay.status).toBe(200);
    expect(replay.body.version).toBe(1);
    // A resubmission before publication replaces it; the first is kept in the history.
    const second = await submit(moguqi, asOf, narrative('moguqi', '完成竣工验收1户,1户正在村评议后推进'));
    expect(second.status).toBe(201);
    expect(second.body.version).toBe(2);
    const after = await call('GET', `/v1/bulletins/${asOf}/submissions`, { as: moguqi });
    expect(after.body.townships[0].submission).toMatchObject({
      version: 2,
      progress: '完成竣工验收1户,1户正在村评议后推进',
    });
    expect(after.body.townships[0].history).toMatchObject([{ version: 1, progress: '完成竣工验收1户' }]);

    // The office sees who has submitted: all 16 townships, 蘑菇气镇 yes, 大河湾镇 not (the 403 stored nothing).
    const seen = await call('GET', `/v1/bulletins/${asOf}/submissions`, { as: office });
    expect(seen.body.townships).toHaveLength(16);
    const line = (code: string) => seen.body.townships.find((t: { township: string }) => t.township === code);
    expect(line('moguqi')).toMatchObject({ submitted: true, submission: { version: 2 } });
    expect(line('dahewan')).toEqual({ township: 'dahewan', name: '大河湾镇', submitted: false });

    // Before publication, township staff find no bulletin (the draft is the office's).
    const draft = await call('POST', `/v1/bulletins/${asOf}/draft`, { as: office });
    expect(draft.status, JSON.stringify(draft.body)).toBe(201);
    expect(draft.body).toMatchObject({ status: 'draft', asOf });
    expect((await call('GET', `/v1/bulletins/${asOf}`, { as: moguqi })).status).toBe(404);
    expect((await call('POST', `/v1/bulletins/${asOf}/publish`, { as: moguqi, body: {} })).status).toBe(403);

    const published = await call('POST', `/v1/bulletins/${asOf}/publish`, { as: office, body: {} });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const b = published.body;
    expect(b).toMatchObject({ status: 'published', revision: 1, dateText: '2019年9月15日', deadline: '2019-08-31' });
    expect(b.programmes[0].title).toBe(R1_TITLE('2019年9月15日'));
    expect(rowOf(b, 'moguqi')).toMatchObject({ tasks: 2, accepted: 1, completionRate: 0.5, late: 1, withPhotos: 1 });
    expect(rowOf(b, 'dahewan')).toMatchObject({ tasks: 1, accepted: 0, completionRate: 0, late: 1 });
    // Ranked by completion rate, highest first; townships without a task last and unranked.
    const rows = b.programmes[0].rows as { rank: number | null; completionRate: number | null; tasks: number }[];
    const ranked = rows.filter((r) => r.rank !== null);
    for (let i = 1; i < ranked.length; i += 1) {
      expect(ranked[i]!.completionRate!).toBeLessThanOrEqual(ranked[i - 1]!.completionRate!);
      expect(ranked[i]!.rank!).toBeGreaterThanOrEqual(ranked[i - 1]!.rank!);
    }
    expect(rows.slice(ranked.length).every((r) => r.tasks === 0 && r.rank === null)).toBe(true);
    expect(rowOf(b, 'moguqi').rank).toBeLessThan(rowOf(b, 'dahewan').rank);
    // Totals are the sum of the rows; 大河湾镇 (0%) is below the city's rate and is named a laggard.
    const totals = b.programmes[0].totals;
    expect(totals.tasks).toBe(rows.reduce((n, r) => n + r.tasks, 0));
    expect(b.programmes[0].laggards).toContainEqual({ township: 'dahewan', name: '大河湾镇', completionRate: 0 });
    // 蘑菇气镇 (50%) is a laggard exactly when it is below the city's rate, which other files' cases on this
    // shared stack move (the small year of tests/integration/year completes its own township's cases).
    expect(b.programmes[0].laggards.some((l: { township: string }) => l.township === 'moguqi')).toBe(
      1 / 2 < totals.accepted / totals.tasks,
    );
    // Late cases named, masked: surname and stars, identity 6 + 8 stars + 4.
    const late = b.programmes[0].lateCases as { township: string; householder: string; identity: string }[];
    expect(late).toContainEqual(
      expect.objectContaining({
        township: 'moguqi',
        townshipName: '蘑菇气镇',
        householder: '李**',
        identity: `${lateOne.identity.slice(0, 6)}********${lateOne.identity.slice(14)}`,
        status: 'village-reviewed',
      }),
    );
    expect(late).toContainEqual(expect.objectContaining({ township: 'dahewan', householder: '赵**' }));
    expect(JSON.stringify(b)).not.toMatch(/\d{17}[\dXx]/);
    expect(JSON.stringify(b)).not.toContain('李秀英');
    // Non-submitters named; narratives carried.
    expect(b.missing).toContainEqual({ township: 'dahewan', name: '大河湾镇' });
    expect(b.missing).not.toContainEqual(expect.objectContaining({ township: 'moguqi' }));
    expect(b.narratives).toContainEqual(
      expect.objectContaining({
        township: 'moguqi',
        version: 2,
        measures: '乡镇包联干部逐户督促',
        figuresChanged: false,
      }),
    );
    expect(b.files.xlsx).toMatch(/X-Amz-Expires=300/);

    // Closed: no submission for a published cut-off, first or again (409), and nothing changes.
    const lateSubmit = await submit(dahewan, asOf, narrative('dahewan', '迟报'));
    expect(lateSubmit.status).toBe(409);
    expect(lateSubmit.body.error.code).toBe('bulletin-published');
    expect((await submit(moguqi, asOf, narrative('moguqi', '再改'))).status).toBe(409);

    // Publishing again is a replay of revision 1; a correction is revision 2; revision 1 stays as it was.
    const again = await call('POST', `/v1/bulletins/${asOf}/publish`, { as: office, body: {} });
    expect(again.status).toBe(200);
    expect(again.body).toMatchObject({ revision: 1, publishedAt: b.publishedAt });
    const corrected = await call('POST', `/v1/bulletins/${asOf}/publish`, {
      as: office,
      body: { correction: '更正大河湾镇逾期户数' },
    });
    expect(corrected.status).toBe(201);
    expect(corrected.body).toMatchObject({ revision: 2, correction: { reason: '更正大河湾镇逾期户数', replaces: 1 } });
    const r1 = await call('GET', `/v1/bulletins/${asOf}?revision=1`, { as: moguqi });
    expect(r1.status).toBe(200);
    const { files: _f1, revisions: _r1, ...r1Body } = r1.body;
    const { files: _f0, ...firstBody } = b;
    expect(r1Body).toEqual(firstBody);
    const latest = await call('GET', `/v1/bulletins/${asOf}`, { as: { role: 'audit' } });
    expect(latest.body).toMatchObject({ revision: 2, revisions: [{ revision: 1 }, { revision: 2 }] });
    expect((await call('GET', `/v1/bulletins/${asOf}`, { as: { role: 'education-bureau' } })).status).toBe(403);
    expect((await call('GET', `/v1/bulletins/${asOf}?revision=9`, { as: office })).status).toBe(404);
    const list = await call('GET', '/v1/bulletins', { as: moguqi });
    expect(list.body.bulletins).toContainEqual(expect.objectContaining({ asOf, status: 'published', revisions: 2 }));
  });

  it('the xlsx prints readably: A4 landscape one page wide, repeated header rows and township columns, title and cut-off in the page header, page numbers, frozen panes, separators and (元)', async () => {
    const asOf = '2019-10-01';
    await openCase('dahewan', '2019-06-01', '钱多多');
    await submit(dahewan, asOf, narrative('dahewan', '入户核查完毕'));
    const published = await call('POST', `/v1/bulletins/${asOf}/publish`, { as: office, body: {} });
    expect(published.status, JSON.stringify(published.body)).toBe(201);
    const response = await fetch(published.body.files.xlsx);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toContain(`bulletin-${asOf}-r1.xlsx`);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await response.arrayBuffer());
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['R1进度', 'R2进度', '逾期案件', '乡镇报告']);
    const sheet = workbook.getWorksheet('R1进度')!;
    expect(sheet.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
      printTitlesColumn: 'A:B',
    });
    expect(sheet.headerFooter.oddHeader).toContain(R1_TITLE('2019年10月1日'));
    expect(sheet.headerFooter.oddFooter).toMatch(/&P.*&N/);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, ySplit: 2 });
    expect(sheet.getCell('B2').value).toBe('乡镇(街道)');
    expect(sheet.getCell('F2').value).toBe('完成率');
    expect(sheet.getCell('I2').value).toBe('已承诺补助(元)');
    // 16 townships in rows 3–18, then the city totals and the plan.
    const totalsRow = sheet.getRow(19);
    expect(totalsRow.getCell(2).value).toBe('全市合计');
    const t = published.body.programmes[0].totals;
    expect(totalsRow.getCell(3).value).toBe(t.tasks);
    expect(totalsRow.getCell(5).value).toBe(t.accepted);
    expect(totalsRow.getCell(9).value).toBe(t.committed);
    expect(totalsRow.getCell(9).numFmt).toBe('#,##0.00');
    expect(totalsRow.getCell(6).numFmt).toBe('0.0%');
    const plan = sheet.getRow(20);
    expect(plan.getCell(2).value).toBe('2019年计划(投资不含无房户)');
    expect(plan.getCell(3).value).toBe(573); // 265 C + 28 D + 280 no-house [R1 三]
    expect(plan.getCell(9).value).toBe(6_406_400);
    const dahewanRow = sheet.getRows(3, 16)!.find((r) => r.getCell(2).value === '大河湾镇')!;
    expect(dahewanRow.getCell(3).value).toBe(rowOf(published.body, 'dahewan').tasks);
    const reports = workbook.getWorksheet('乡镇报告')!;
    expect(reports.getCell('A2').value).toBe('大河湾镇');
    expect(reports.getCell('D2').value).toBe('入户核查完毕');
    const lastLine = String(reports.getRow(reports.rowCount).getCell(1).value);
    expect(lastLine).toContain('蘑菇气镇');
    expect(lastLine).not.toContain('大河湾镇');
    for (const s of workbook.worksheets) {
      expect(s.pageSetup.orientation).toBe('landscape');
      expect(s.headerFooter.oddHeader).toContain('2019年10月1日');
    }
  });

  it('two submissions of one township at the same moment: both kept, one current and one in the history', async () => {
    const asOf = '2019-09-01';
    const [a, b] = await Promise.all([
      submit(moguqi, asOf, narrative('moguqi', '甲稿')),
      submit(moguqi, asOf, narrative('moguqi', '乙稿')),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 201]);
    const view = await call('GET', `/v1/bulletins/${asOf}/submissions`, { as: moguqi });
    const t = view.body.townships[0];
    expect(t.submission.version).toBe(2);
    expect([t.submission.progress, t.history[0].progress].sort()).toEqual(['乙稿', '甲稿']);
  });
});
