import { HeadObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { bucketName, call, personRow, s3, uniqueSuffix } from '../../support/api.js';
import {
  caseApplication,
  caseFileVerdict,
  completeCaseFile,
  openCase as openHousingCase,
  uploadCaseFile,
} from '../../support/housing-files.js';
import { tinyJpeg } from '../../support/images.js';

const township = { role: 'township', township: 'zhonghe' } as const;
const otherTownship = { role: 'township', township: 'chaihe' } as const;
const housingOffice = { role: 'housing-office' } as const;
const povertyOffice = { role: 'poverty-office' } as const;
const finance = { role: 'finance' } as const;

async function registeredHouseholder() {
  const row = personRow({ householdId: `HH-HC-${uniqueSuffix()}`, township: 'zhonghe' });
  const r = await call('PUT', '/v1/roster/persons', { as: povertyOffice, body: { persons: [row] } });
  expect(r.body.accepted).toBe(1);
  return row as { personId: string; householdId: string };
}

const openCase = (application: Record<string, unknown> = {}) =>
  openHousingCase('zhonghe', { prefix: 'HC', application });

const upload = (caseId: string, kind: string, bytes: Buffer, contentType = 'image/jpeg') =>
  uploadCaseFile(caseId, kind, township, bytes, contentType);
const photoVerdict = (caseId: string, photoId: string) => caseFileVerdict(caseId, photoId, township);

const step = (caseId: string, as: object, body: Record<string, unknown>) =>
  call('POST', `/v1/housing/cases/${caseId}/events`, { as: as as never, body });

describe('a housing case from application to payment', () => {
  it('walks every step with real photo uploads, and pays the D-grade subsidy once', async () => {
    const { caseId } = await openCase();
    const walk: [object, Record<string, unknown>][] = [
      [township, { type: 'village-review', on: '2019-01-12', passed: true }],
      [
        township,
        { type: 'village-notice', on: '2019-01-18', from: '2019-01-13', to: '2019-01-17', objections: 'none' },
      ],
      [
        township,
        { type: 'township-review', on: '2019-01-25', passed: true, homeVisitOn: '2019-01-20', meetingOn: '2019-01-24' },
      ],
      [
        township,
        { type: 'township-notice', on: '2019-02-01', from: '2019-01-26', to: '2019-01-30', objections: 'none' },
      ],
      [povertyOffice, { type: 'identity-check', on: '2019-02-05', passed: true }],
      [housingOffice, { type: 'appraisal', on: '2019-02-20', grade: 'D', appraiser: '示例鉴定所' }],
      [
        housingOffice,
        { type: 'approval', on: '2019-03-05', noticeFrom: '2019-02-25', noticeTo: '2019-03-01', objections: 'none' },
      ],
      [township, { type: 'agreement', on: '2019-03-10', completionBy: '2019-08-15' }],
      [township, { type: 'moved-out', on: '2019-03-20', arrangement: '借住亲属家' }],
      [township, { type: 'construction-start', on: '2019-04-01' }],
      [township, { type: 'preliminary-acceptance', on: '2019-07-20', builtArea: 55, oldHouse: 'demolished' }],
    ];
    for (const [as, body] of walk) {
      const r = await step(caseId, as, body);
      expect(r.status, `${body.type}: ${JSON.stringify(r.body)}`).toBe(201);
    }

    // The one-household file [R1 九.(五)]: an R1 registered-poor D-grade case needs nine documents; none yet.
    const nine = [
      'application',
      'householder',
      'identity-proof',
      'income-proof',
      'appraisal-report',
      'approval',
      'agreement',
      'before',
      'after',
    ];
    const empty = await call('GET', `/v1/housing/cases/${caseId}`, { as: township });
    expect(empty.body.documents).toMatchObject({ complete: false, required: 9, present: 0, missing: nine });
    // Preliminary acceptance is done, so every one of them, the after photo included, is overdue.
    expect(empty.body.documents.overdue).toEqual(nine);

    const early = await step(caseId, housingOffice, { type: 'final-acceptance', on: '2019-07-30', builtArea: 55 });
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('invalid-transition');
    expect(early.body.error.details.map((d: { code: string; path: string }) => `${d.code} ${d.path}`)).toEqual(
      nine.map((k) => `documents-missing documents.${k}`),
    );

    const before = await upload(caseId, 'before', tinyJpeg(640, 480));
    const after = await upload(caseId, 'after', tinyJpeg(800, 600));
    expect((await photoVerdict(caseId, before)).status).toBe('accepted');
    const afterVerdict = await photoVerdict(caseId, after);
    expect(afterVerdict.status).toBe('accepted');
    const link = await fetch(afterVerdict.url);
    expect(Buffer.from(await link.arrayBuffer()).equals(tinyJpeg(800, 600))).toBe(true);
    // Six of the seven documents as phone photos of the paper, through the same upload; the agreement left out.
    expect(await completeCaseFile(caseId, township, ['agreement'])).toHaveLength(6);
    const short = await step(caseId, housingOffice, { type: 'final-acceptance', on: '2019-07-30', builtArea: 55 });
    expect(short.status).toBe(409);
    expect(short.body.error.details).toEqual([
      expect.objectContaining({ path: 'documents.agreement', code: 'documents-missing' }),
    ]);
    expect(short.body.error.message).toMatch(/R1 九.\(二\), 九.\(五\)/);
    // The agreement as a scanned PDF: accepted by content, served as a download.
    const scan = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n', 'latin1');
    const agreement = await upload(caseId, 'agreement', scan, 'application/pdf');
    const agreementVerdict = await photoVerdict(caseId, agreement);
    expect(agreementVerdict.status).toBe('accepted');
    const pdfLink = await fetch(agreementVerdict.url);
    expect(pdfLink.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await pdfLink.arrayBuffer()).equals(scan)).toBe(true);
    const full = await call('GET', `/v1/housing/cases/${caseId}`, { as: township });
    expect(full.body.documents).toMatchObject({ complete: true, required: 9, present: 9, missing: [], overdue: [] });

    expect((await step(caseId, township, { type: 'final-acceptance', on: '2019-07-30', builtArea: 55 })).status).toBe(
      403,
    );
    const accepted = await step(caseId, housingOffice, { type: 'final-acceptance', on: '2019-07-30', builtArea: 55 });
    expect(accepted.status, JSON.stringify(accepted.body)).toBe(201);
    const paid = await step(caseId, finance, { type: 'payment', on: '2019-08-10', account: '6217000000000000001' });
    expect(paid.status, JSON.stringify(paid.body)).toBe(201);
    expect(paid.body).toMatchObject({ status: 'paid', subsidy: { paid: 25232 } });
    const again = await step(caseId, finance, { type: 'payment', on: '2019-08-11', account: '6217000000000000001' });
    expect(again.status).toBe(409);

    const file = await call('GET', `/v1/housing/cases/${caseId}`, { as: { role: 'audit' } });
    expect(file.body.history.map((e: { type: string }) => e.type)).toEqual([
      'applied',
      ...walk.map(([, b]) => b.type),
      'final-acceptance',
      'payment',
    ]);
    expect(file.body.photoList.map((p: { kind: string; status: string }) => `${p.kind}:${p.status}`).sort()).toEqual(
      nine.map((k) => `${k}:accepted`).sort(),
    );
  });
});

describe('photo checks', () => {
  it('a PDF is for scanned documents: declared for a photo of the house it is 400 naming contentType, nothing stored', async () => {
    const { caseId } = await openCase();
    const r = await call('POST', `/v1/housing/cases/${caseId}/photos`, {
      as: township,
      body: { kind: 'before', contentType: 'application/pdf', size: 1000 },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('body.contentType');
    const file = await call('GET', `/v1/housing/cases/${caseId}`, { as: township });
    expect(file.body.photoList).toEqual([]);
  });

  it('a text file sent as image/jpeg is rejected with the reason and removed from storage', async () => {
    const { caseId } = await openCase();
    const photoId = await upload(caseId, 'before', Buffer.from('这不是照片, just text\n', 'utf8'));
    const verdict = await photoVerdict(caseId, photoId);
    expect(verdict).toMatchObject({ status: 'rejected', reason: expect.any(String) });
    expect(verdict.url).toBeUndefined();
    await expect(
      s3().send(new HeadObjectCommand({ Bucket: bucketName(), Key: `housing/${caseId}/photos/${photoId}` })),
    ).rejects.toMatchObject({ name: 'NotFound' });
  });

  it('refuses a declared size over 10 MiB before any upload', async () => {
    const { caseId } = await openCase();
    const r = await call('POST', `/v1/housing/cases/${caseId}/photos`, {
      as: township,
      body: { kind: 'before', contentType: 'image/jpeg', size: 10 * 1024 * 1024 + 1 },
    });
    expect(r.status).toBe(400);
    expect(r.body.error.details[0].path).toBe('body.size');
  });
});

describe('scope and concurrency', () => {
  it('lists cases by township, programme and status, page by page; city-wide callers name the township', async () => {
    const { caseId } = await openCase();
    const seen: string[] = [];
    let nextToken: string | undefined;
    do {
      const query = `township=zhonghe&programme=R1&status=applied&limit=20${nextToken ? `&nextToken=${encodeURIComponent(nextToken)}` : ''}`;
      const page = await call('GET', `/v1/housing/cases?${query}`, { as: housingOffice });
      expect(page.status, JSON.stringify(page.body)).toBe(200);
      expect(page.body.cases.length).toBeLessThanOrEqual(20);
      for (const c of page.body.cases) {
        expect(c).toMatchObject({ township: 'zhonghe', programme: 'R1', status: 'applied' });
        seen.push(c.caseId);
      }
      nextToken = page.body.nextToken;
    } while (nextToken && !seen.includes(caseId));
    expect(seen).toContain(caseId);

    // Township staff default to their own township and are refused another one.
    const own = await call('GET', '/v1/housing/cases?limit=1', { as: township });
    expect(own.status).toBe(200);
    expect(own.body.cases.every((c: { township: string }) => c.township === 'zhonghe')).toBe(true);
    const other = await call('GET', '/v1/housing/cases?township=chaihe', { as: township });
    expect(other.status).toBe(403);
    // A city-wide caller without a township is told which field is missing.
    const unnamed = await call('GET', '/v1/housing/cases', { as: housingOffice });
    expect(unnamed.status).toBe(400);
    expect(unnamed.body.error.details).toEqual([expect.objectContaining({ path: 'query.township' })]);
  });

  it("township A staff are refused on township B's case, and nothing is written", async () => {
    const { caseId } = await openCase();
    const r = await step(caseId, otherTownship, { type: 'village-review', on: '2019-01-12', passed: true });
    expect(r.status).toBe(403);
    expect((await call('GET', `/v1/housing/cases/${caseId}`, { as: otherTownship })).status).toBe(403);
    const photo = await call('POST', `/v1/housing/cases/${caseId}/photos`, {
      as: otherTownship,
      body: { kind: 'before', contentType: 'image/jpeg', size: 100 },
    });
    expect(photo.status).toBe(403);
    const file = await call('GET', `/v1/housing/cases/${caseId}`, { as: township });
    expect(file.body.history).toHaveLength(1);
    expect(file.body.photoList).toHaveLength(0);
  });

  it('two concurrent transitions on one case: one wins, the other is 409', async () => {
    const { caseId } = await openCase();
    const [a, b] = await Promise.all([
      step(caseId, township, { type: 'village-review', on: '2019-01-12', passed: true }),
      step(caseId, { ...township, sub: 'clerk-2' }, { type: 'village-review', on: '2019-01-13', passed: true }),
    ]);
    expect([a.status, b.status].sort()).toEqual([201, 409]);
    const file = await call('GET', `/v1/housing/cases/${caseId}`, { as: township });
    expect(file.body.history).toHaveLength(2);
    expect(file.body.version).toBe(2);
  });

  it('an R1 case for a householder not registered poor is 409 not-eligible; a retried application answers the same case', async () => {
    const row = personRow({ registeredFrom: '2019-06-01', householdId: `HH-HC-${uniqueSuffix()}` });
    await call('PUT', '/v1/roster/persons', { as: povertyOffice, body: { persons: [row] } });
    const body = caseApplication(row);
    const refused = await call('POST', '/v1/housing/cases', { as: township, body });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('not-eligible');

    const { body: ok } = await openCase();
    const retry = await call('POST', '/v1/housing/cases', { as: township, body: ok });
    expect(retry.status).toBe(200);
    const different = await call('POST', '/v1/housing/cases', { as: township, body: { ...ok, plannedArea: 50 } });
    expect(different.status).toBe(409);
    expect(different.body.error.code).toBe('case-exists');
  });
});

describe('item 15: a new case after a closure [R2 三]', () => {
  it('an open case blocks a second; once refused, the household gets HC-<household>-2 linked to it; a retry answers it', async () => {
    const { caseId, body } = await openCase();
    const again = await call('POST', '/v1/housing/cases', { as: township, body: { ...body, appliedOn: '2019-01-11' } });
    expect([again.status, again.body.error.code]).toEqual([409, 'case-exists']);
    expect(
      (await step(caseId, township, { type: 'refuse', on: '2019-01-15', evidence: '多次做工作仍拒绝改造,村委会记录' }))
        .status,
    ).toBe(201);
    const second = await call('POST', '/v1/housing/cases', {
      as: township,
      body: { ...body, appliedOn: '2019-01-20' },
    });
    expect(second.status, JSON.stringify(second.body)).toBe(201);
    expect(second.body).toMatchObject({ caseId: `${caseId}-2`, previousCaseId: caseId, status: 'applied' });
    const retry = await call('POST', '/v1/housing/cases', { as: township, body: { ...body, appliedOn: '2019-01-20' } });
    expect([retry.status, retry.body.caseId]).toEqual([200, `${caseId}-2`]);
    const third = await call('POST', '/v1/housing/cases', { as: township, body: { ...body, appliedOn: '2019-01-21' } });
    expect([third.status, third.body.error.code]).toEqual([409, 'case-exists']);
    // the closed case is unchanged
    expect((await call('GET', `/v1/housing/cases/${caseId}`, { as: township })).body.status).toBe('refused');
  });
});

describe('item 17: attested eligibility facts', () => {
  it('a case without attestations is 400 naming the field and nothing is stored; with them the case records who and when', async () => {
    const householder = await registeredHouseholder();
    const { attestations: _none, ...body } = caseApplication(householder);
    const bad = await call('POST', '/v1/housing/cases', { as: township, body });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body.error.details)).toContain('attestations');
    expect((await call('GET', `/v1/housing/cases/HC-${householder.householdId}`, { as: township })).status).toBe(404);
    const attestations = {
      agriculturalRegistration: { by: '派出所户籍室 李某', on: '2019-01-08' },
      livesInVillage: { by: '村委会 王某', on: '2019-01-08' },
      housing: { by: '村委会 王某', on: '2019-01-09' },
    };
    const ok = await call('POST', '/v1/housing/cases', { as: township, body: { ...body, attestations } });
    expect(ok.status, JSON.stringify(ok.body)).toBe(201);
    expect(ok.body.attestations).toEqual(attestations);
  });
});
