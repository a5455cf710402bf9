import { HeadObjectCommand } from '@aws-sdk/client-s3';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { shanghaiDate } from '../../../shared/dates.js';
import { bucketName, call, s3 } from '../../support/api.js';
import { acceptedPhoto, completeCaseFile, openCase as openHousingCase, takeStep } from '../../support/housing-files.js';

const housingOffice = { role: 'housing-office' } as const;
const poverty = { role: 'poverty-office' } as const;
const finance = { role: 'finance' } as const;
// Cases here live in 浩饶山镇, which no other test uses, so the township row is this file's alone. Other files
// date their housing events from 2019-01-10 on, so the city-wide report for 2019-01-05 is this file's too.
const township = { role: 'township', township: 'haoraoshan' } as const;
const CUT_OFF = '2019-01-05';

const identities: string[] = [];

async function openCase(appliedOn: string) {
  const { caseId, householder } = await openHousingCase('haoraoshan', {
    prefix: 'P',
    application: { village: '示例村', plannedArea: 50, appliedOn },
  });
  identities.push(householder.personId);
  return caseId;
}

const step = (caseId: string, as: object, body: Record<string, unknown>) => takeStep(caseId, as as never, body);

/** A before or after photo through the presigned POST, waited for until the storage event has checked it. */
const photo = (caseId: string, kind: 'before' | 'after') => acceptedPhoto(caseId, kind, township);

const report = (asOf: string) => call('POST', '/v1/reports/progress', { as: housingOffice, body: { asOf } });
const row = (body: { townships: { township: string }[] }, code = 'haoraoshan') =>
  body.townships.find((t) => t.township === code) as any;

describe('progress report through the API', () => {
  it('reports a cut-off, reruns it unchanged, keeps the past when cases move on, and makes a revision for back-dated records', async () => {
    const a = await openCase('2019-01-01');
    const b = await openCase('2019-01-02');
    const c = await openCase('2019-01-03');
    await step(a, township, { type: 'village-review', on: '2019-01-02', passed: true });
    await step(b, township, { type: 'village-review', on: '2019-01-03', passed: false, reason: '申请材料不全' });

    const first = await report(CUT_OFF);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body).toMatchObject({ asOf: CUT_OFF, revision: 1, unchanged: false, deadline: '2019-08-31' });
    expect(row(first.body).R1).toMatchObject({
      cases: 3,
      stages: { applied: 1, 'village-reviewed': 1, returned: 1 },
      grades: { C: 0, D: 3, 'no-house': 0 },
      subsidyCommitted: 0, // none approved yet [R1 七.(四)]
      subsidyPaid: 0,
      late: 0,
      returns: { count: 1, reasons: [{ step: 'village-review', reason: '申请材料不全', count: 1 }] },
    });
    // 16 townships in the reference order; the others are zeros; the city totals are the sum (ours alone here).
    expect(first.body.townships.map((t: { township: string }) => t.township)).toEqual(
      (await call('GET', '/v1/reference/townships', { as: housingOffice })).body.townships.map(
        (t: { code: string }) => t.code,
      ),
    );
    expect(row(first.body, 'xiangyang').R1).toMatchObject({
      cases: 0,
      grades: { C: 0, D: 0, 'no-house': 0 },
      subsidyCommitted: 0,
      late: 0,
    });
    expect(first.body.programmes[0]).toMatchObject({
      plan: { C: 265, D: 28, 'no-house': 280, budget: 6_406_400 },
      totals: row(first.body).R1,
      budget: { planned: 6_406_400, committed: 0 },
    });
    expect(first.body.programmes[1]).toMatchObject({
      plan: { households: 123, budget: 3_342_000 },
      totals: { cases: 0 },
    });

    // The same cut-off again: identical, nothing rewritten, the same revision.
    const again = await report(CUT_OFF);
    expect(again.body).toMatchObject({ revision: 1, unchanged: true });
    expect(again.body.townships).toEqual(first.body.townships);

    // a walks all the way to payment (every event dated after the cut-off); c is refused.
    const walk: [object, Record<string, unknown>][] = [
      [
        township,
        { type: 'village-notice', on: '2019-01-08', from: '2019-01-03', to: '2019-01-07', objections: 'none' },
      ],
      [
        township,
        { type: 'township-review', on: '2019-01-12', passed: true, homeVisitOn: '2019-01-09', meetingOn: '2019-01-11' },
      ],
      [
        township,
        { type: 'township-notice', on: '2019-01-18', from: '2019-01-13', to: '2019-01-17', objections: 'none' },
      ],
      [poverty, { type: 'identity-check', on: '2019-01-19', passed: true }],
      [housingOffice, { type: 'appraisal', on: '2019-01-20', grade: 'D', appraiser: '示例鉴定所' }],
      [
        housingOffice,
        { type: 'approval', on: '2019-01-26', noticeFrom: '2019-01-21', noticeTo: '2019-01-25', objections: 'none' },
      ],
      [township, { type: 'agreement', on: '2019-01-27', completionBy: '2019-08-15' }],
      [township, { type: 'moved-out', on: '2019-01-28', arrangement: '借住亲属家' }],
      [township, { type: 'construction-start', on: '2019-04-01' }],
      [township, { type: 'preliminary-acceptance', on: '2019-07-20', builtArea: 50, oldHouse: 'demolished' }],
    ];
    for (const [as, body] of walk) await step(a, as, body);
    await photo(a, 'before');
    await photo(a, 'after');
    await completeCaseFile(a, township);
    await step(a, housingOffice, { type: 'final-acceptance', on: '2019-07-30', builtArea: 50 });
    await step(a, finance, { type: 'payment', on: '2019-08-10', account: '6217000000000000001' });
    await step(c, township, { type: 'refuse', on: '2019-09-05', evidence: '多次上门动员仍拒绝改造' });

    // The old cut-off is untouched by all of that: same figures, same revision, nothing rewritten.
    const past = await report(CUT_OFF);
    expect(past.body).toMatchObject({ revision: 1, unchanged: true });
    expect(past.body.townships).toEqual(first.body.townships);

    // At the end of September: a paid (25,232), b still returned and so late, c refused; a's photos were
    // judged today but belong to its preliminary acceptance (2019-07-20): complete as of then.
    const september = await report('2019-09-30');
    expect(row(september.body).R1).toMatchObject({
      cases: 3,
      stages: { paid: 1, returned: 1, refused: 1 },
      grades: { C: 0, D: 2, 'no-house': 0 },
      subsidyCommitted: 25_232,
      subsidyPaid: 25_232,
      late: 1,
      accepted: 1,
      acceptedWithPhotos: 1,
      refusals: { count: 1, reasons: [{ reason: '多次上门动员仍拒绝改造', count: 1 }] },
    });
    const today = await report(shanghaiDate(new Date()));
    expect(row(today.body).R1).toMatchObject({ accepted: 1, acceptedWithPhotos: 1 });

    // A household recorded now but applied before the cut-off changes that past: a new revision; r1 stays.
    await openCase('2019-01-04');
    const revised = await report(CUT_OFF);
    expect(revised.body).toMatchObject({ revision: 2, unchanged: false });
    expect(row(revised.body).R1.cases).toBe(4);
    await s3().send(new HeadObjectCommand({ Bucket: bucketName(), Key: `reports/progress/${CUT_OFF}/r1/report.json` }));
    expect((await call('GET', `/v1/reports/progress/${CUT_OFF}`, { as: { role: 'audit' } })).body).toMatchObject({
      revision: 2,
    });
  });

  it('serves the files through short-lived links: JSON without identity numbers, CSV with a BOM, an xlsx that reads back', async () => {
    const caseId = await openCase('2019-01-01');
    expect(caseId).toBeTruthy();
    await report('2019-01-04');
    const read = await call('GET', '/v1/reports/progress/2019-01-04', { as: { role: 'audit' } });
    expect(read.status).toBe(200);
    expect(read.body.files.xlsx).toMatch(/X-Amz-Expires=300/);

    const csv = new Uint8Array(await (await fetch(read.body.files.csv)).arrayBuffer());
    expect([...csv.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const json = await (await fetch(read.body.files.json)).text();
    expect(JSON.parse(json).townships).toEqual(read.body.townships);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await (await fetch(read.body.files.xlsx)).arrayBuffer());
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getCell('A1').value).toBe('乡镇(街道)');
    expect(sheet.getCell('A9').value).toBe('浩饶山镇'); // 8th township in the reference order
    expect(sheet.getCell('B9').value).toBe(row(read.body).R1.cases);
    expect(sheet.getCell('A18').value).toBe('全市合计');
    expect(sheet.getCell('B18').value).toBe(read.body.programmes[0].totals.cases);
    const text = `${json}${new TextDecoder().decode(csv)}`;
    for (const id of identities) expect(text).not.toContain(id);
    expect(text).not.toMatch(/\d{17}[\dX]/);
  });

  it('audit and finance read and list; township staff see their own row without links; only the housing office builds', async () => {
    await report('2019-01-03');
    const list = await call('GET', '/v1/reports/progress', { as: finance });
    expect(list.status).toBe(200);
    expect(list.body.reports).toContainEqual({ asOf: '2019-01-03' });
    const mine = await call('GET', '/v1/reports/progress/2019-01-03', { as: township });
    expect(mine.body.townships.map((t: { township: string }) => t.township)).toEqual(['haoraoshan']);
    expect(mine.body.files).toBeUndefined();
    expect(mine.body.programmes[0].totals.returns.reasons).toBeUndefined();
    expect((await call('POST', '/v1/reports/progress', { as: township, body: { asOf: '2019-01-03' } })).status).toBe(
      403,
    );
    expect(
      (await call('POST', '/v1/reports/progress', { as: housingOffice, body: { asOf: '2019-02-30' } })).status,
    ).toBe(400);
    expect((await call('GET', '/v1/reports/progress/2018-12-31', { as: { role: 'audit' } })).status).toBe(404);
    expect((await call('GET', '/v1/reports/progress/2019-01-03')).status).toBe(401);
  });
});
