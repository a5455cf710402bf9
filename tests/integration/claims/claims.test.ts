import { GetCommand, QueryCommand } from '@aws-sdk/lib-dynamodb';
import { describe, expect, it } from 'vitest';
import { settle } from '../../../shared/claims/engine/index.js';
import { emptyPersonYear } from '../../../shared/claims/engine/index.js';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/index.js';
import type { ClaimFacts, PersonYear, Settlement } from '../../../shared/claims/types.js';
import { SHIPPED_HOSPITALS } from '../../../shared/reference/hospitals.js';
import { call, dynamo, newPersonId, personRow, tableName, uniqueSuffix } from '../../support/api.js';
import { PAYER_NAMES } from '../../../shared/claims/payer-names.js';

const peoples = { role: 'hospital', hospitalId: 'zlt-peoples' } as const;
const mongolian = { role: 'hospital', hospitalId: 'zlt-mongolian-chinese' } as const;
const poverty = { role: 'poverty-office' } as const;

async function registered(overrides: Record<string, unknown> = {}) {
  const row = personRow(overrides);
  const r = await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
  expect(r.body.accepted).toBe(1);
  return row.personId as string;
}

const inpatient = (personId: string, claimId: string, total: number, extra: Record<string, unknown> = {}) => ({
  claimId,
  personId,
  kind: 'inpatient',
  admittedOn: '2019-03-02',
  dischargedOn: '2019-03-10',
  diagnosis: { icd10: 'K35.9' },
  referral: { registered: false, emergency: false },
  costs: { total, outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
  ...extra,
});

const PAYERS = [
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'safetyNetFund',
  'hospital',
  'patient',
] as const;
const fen = (yuan: number) => Math.round(yuan * 100);

describe('POST /v1/claims', () => {
  it('settles a claim whose parts add up to the total to the fen, and a replay returns the first settlement with 200', async () => {
    const personId = await registered();
    const body = inpatient(personId, `C-${uniqueSuffix()}`, 23456.78, {
      costs: { total: 23456.78, outOfCatalogue: 1000, patientExcess: 0, hospitalExcess: 0 },
    });
    const first = await call('POST', '/v1/claims', { as: peoples, body });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const a = first.body.amounts;
    expect(PAYERS.reduce((s, p) => s + fen(a[p]), 0)).toBe(fen(23456.78));
    expect(first.body).toMatchObject({
      status: 'settled',
      policyId: 'zhalantun-2019',
      tilt: true,
      hospitalId: 'zlt-peoples',
    });
    expect(first.body.steps.every((s: { rule: string; clause: string }) => s.rule && s.clause)).toBe(true);

    const again = await call('POST', '/v1/claims', { as: peoples, body });
    expect(again.status).toBe(200);
    expect(again.body).toEqual(first.body);

    const changed = await call('POST', '/v1/claims', {
      as: peoples,
      body: { ...body, costs: { ...body.costs, total: 23456.79 } },
    });
    expect(changed.status).toBe(409);
    expect(changed.body.error.code).toBe('claim-conflict');

    const read = await call('GET', `/v1/claims/${body.claimId}`, { as: peoples });
    expect(read.body).toEqual(first.body);
    expect((await call('GET', `/v1/claims/${body.claimId}`, { as: mongolian })).status).toBe(404);
    expect(
      (await call('GET', `/v1/claims/${body.claimId}?hospitalId=zlt-peoples`, { as: { role: 'audit' } })).body,
    ).toEqual(first.body);
  });

  it('refuses what it must, and stores nothing', async () => {
    const personId = await registered();
    const unknown = await call('POST', '/v1/claims', {
      as: peoples,
      body: inpatient(newPersonId(), `C-${uniqueSuffix()}`, 100),
    });
    expect([unknown.status, unknown.body.error.code]).toEqual([404, 'person-not-found']);
    const noPolicy = await call('POST', '/v1/claims', {
      as: peoples,
      body: inpatient(personId, `C-${uniqueSuffix()}`, 100, { admittedOn: '2018-12-01', dischargedOn: '2018-12-05' }),
    });
    expect([noPolicy.status, noPolicy.body.error.code]).toEqual([400, 'no-policy']);
    expect(noPolicy.body.error.details[0].path).toBe('body.dischargedOn');
    const otherHospital = await call('POST', '/v1/claims', {
      as: peoples,
      body: { ...inpatient(personId, `C-${uniqueSuffix()}`, 100), hospitalId: 'zlt-mongolian-chinese' },
    });
    expect(otherHospital.status).toBe(403);
    const notHospital = await call('POST', '/v1/claims', {
      as: { role: 'insurance-bureau' },
      body: inpatient(personId, `C-${uniqueSuffix()}`, 100),
    });
    expect(notHospital.status).toBe(403);
    const badMoney = await call('POST', '/v1/claims', {
      as: peoples,
      body: inpatient(personId, `C-${uniqueSuffix()}`, 100.005),
    });
    expect(badMoney.status).toBe(400);
    expect(badMoney.body.error.details[0].path).toBe('body.costs.total');
    const year = await dynamo().send(
      new GetCommand({ TableName: tableName(), Key: { pk: `PERSON#${personId}`, sk: 'YEAR#2019' } }),
    );
    expect(year.Item).toBeUndefined();
  });

  it('a chronic second delivery in a month is settled without the fee', async () => {
    const personId = await registered();
    await call('POST', `/v1/persons/${personId}/chronic-certifications`, {
      as: { role: 'insurance-bureau' },
      body: { disease: 'diabetes', certifiedBy: 'insurance-bureau', from: '2019-01-01' },
    });
    const delivery = (n: number, day: string) => ({
      claimId: `D-${uniqueSuffix()}-${n}`,
      personId,
      kind: 'chronic-outpatient',
      servedOn: day,
      diagnosis: { chronicDisease: 'diabetes' },
      costs: { total: 300 },
      deliveries: 1,
    });
    const first = await call('POST', '/v1/claims', {
      as: { role: 'hospital', hospitalId: 'clinic-zhonghe' },
      body: delivery(1, '2019-04-03'),
    });
    const second = await call('POST', '/v1/claims', {
      as: { role: 'hospital', hospitalId: 'clinic-zhonghe' },
      body: delivery(2, '2019-04-20'),
    });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.amounts).toMatchObject({
      basicInsurance: 210,
      safetyNetFund: 30,
      patient: 60,
      financeDeliveryFee: 8,
    }); // 70/10/20 of 300 [H 三.(二).4]
    expect(second.body.amounts.financeDeliveryFee).toBe(0);
  });
});

describe('exactly once under concurrency', () => {
  it('50 concurrent different claims for one person give exactly the sequential result', async () => {
    const personId = await registered();
    const bodies = Array.from({ length: 50 }, (_, i) =>
      inpatient(personId, `P-${uniqueSuffix()}-${i}`, (300000 + i * 13741) / 100, {
        dischargedOn: '2019-05-10',
        admittedOn: '2019-05-01',
      }),
    );
    const results = await Promise.all(bodies.map((body) => call('POST', '/v1/claims', { as: peoples, body })));
    expect(results.filter((r) => r.status !== 201).map((r) => [r.status, JSON.stringify(r.body)])).toEqual([]);

    // The order in which the claims took effect is the person-year version each produced.
    const stored = await dynamo().send(
      new QueryCommand({
        TableName: tableName(),
        IndexName: 'gsi1',
        KeyConditionExpression: 'gsi1pk = :p',
        ExpressionAttributeValues: { ':p': 'CLAIMS#2019-05' },
      }),
    );
    const mine = (stored.Items ?? [])
      .filter((i) => i.personId === personId)
      .sort((a, b) => a.yearVersion - b.yearVersion);
    expect(mine.map((i) => i.yearVersion)).toEqual(bodies.map((_, i) => i + 1));

    // Settle the same claims one after another with the pure engine, in that order: identical figures.
    const hospital = SHIPPED_HOSPITALS.find((h) => h.hospitalId === 'zlt-peoples')!;
    const person = {
      personId,
      name: 'x',
      householdId: 'h',
      township: 'zhonghe',
      village: 'v',
      registeredFrom: '2016-01-01',
      flags: {},
      insuredYears: [2019],
    };
    let year: PersonYear = emptyPersonYear(personId, 2019);
    for (const item of mine) {
      const settlement = item.settlement as Settlement;
      const body = bodies.find((b) => b.claimId === item.claimId)!;
      const facts: ClaimFacts = {
        ...body,
        hospitalId: 'zlt-peoples',
        kind: 'inpatient',
        diagnosis: { icd10: 'K35.9', majorDisease: null, chronicDisease: null, cataractEyes: null },
        costs: { total: fen(body.costs.total), outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
        deliveries: 0,
      };
      const sequential = settle(facts, year, person, hospital, ZHALANTUN_2019);
      expect(sequential.settlement.amounts).toEqual(settlement.amounts);
      year = sequential.nextPersonYear;
    }
    const stored2019 = await dynamo().send(
      new GetCommand({
        TableName: tableName(),
        Key: { pk: `PERSON#${personId}`, sk: 'YEAR#2019' },
        ConsistentRead: true,
      }),
    );
    expect(stored2019.Item!.state).toEqual(year);
    expect(stored2019.Item!.version).toBe(50);
  });

  it('50 concurrent replays of one claim settle it once: one 201, the rest 200 with the same body', async () => {
    const personId = await registered();
    const body = inpatient(personId, `R-${uniqueSuffix()}`, 8888.88);
    const results = await Promise.all(
      Array.from({ length: 50 }, () => call('POST', '/v1/claims', { as: peoples, body })),
    );
    expect(results.filter((r) => r.status === 201)).toHaveLength(1);
    expect(results.filter((r) => r.status === 200)).toHaveLength(49);
    for (const r of results) expect(r.body).toEqual(results[0]!.body);
    const year = await dynamo().send(
      new GetCommand({
        TableName: tableName(),
        Key: { pk: `PERSON#${personId}`, sk: 'YEAR#2019' },
        ConsistentRead: true,
      }),
    );
    expect(year.Item!.version).toBe(1);
  });
});

describe('voids', () => {
  it('a void reverses the claim, is idempotent, and the claim can be re-posted under a new id', async () => {
    const personId = await registered();
    const body = inpatient(personId, `V-${uniqueSuffix()}`, 5000);
    const settled = await call('POST', '/v1/claims', { as: peoples, body });
    const before = await call('GET', `/v1/persons/${personId}/eligibility?on=2019-03-10`, { as: peoples });
    expect(before.body.year.admissions.county).toBe(1);

    expect((await call('POST', `/v1/claims/${body.claimId}/void`, { as: mongolian })).status).toBe(404);
    const voided = await call('POST', `/v1/claims/${body.claimId}/void`, { as: peoples });
    expect(voided.status).toBe(200);
    expect(voided.body).toMatchObject({ status: 'voided', amounts: settled.body.amounts });
    const twice = await call('POST', `/v1/claims/${body.claimId}/void`, { as: peoples });
    expect(twice.body).toEqual(voided.body);
    const after = await call('GET', `/v1/persons/${personId}/eligibility?on=2019-03-10`, { as: peoples });
    expect(after.body.year.admissions.county).toBe(0);
    expect(after.body.year.basicInsurance).toBe(0);

    const again = await call('POST', '/v1/claims', { as: peoples, body: { ...body, claimId: `${body.claimId}-2` } });
    expect(again.status).toBe(201);
    expect(again.body.amounts).toEqual(settled.body.amounts); // the year was back to empty, so the same figures
  });
});

describe('reconciliation and contributions', () => {
  it('runs the yearly reconciliation twice without paying anything twice', async () => {
    const url = `/v1/reconciliations/2019?reason=${encodeURIComponent('测试:逾期补结算')}`;
    const first = await call('POST', url, { as: { role: 'insurance-bureau' } });
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    const second = await call('POST', url, { as: { role: 'insurance-bureau' } });
    expect(second.body.paidThisRun).toBe(0);
    expect(second.body.refundTotal).toBe(first.body.refundTotal);
    const read = await call('GET', '/v1/reconciliations/2019', { as: { role: 'audit' } });
    expect(read.status).toBe(200);
    for (const row of read.body.rows as { personId: string }[]) expect(row.personId).toMatch(/^\d{6}\*{8}[\dX]{4}$/);
    expect((await call('POST', '/v1/reconciliations/2019', { as: peoples })).status).toBe(403);
  });

  it('items 6–7: after the window a run needs a reason; a void after a paying run is recorded as recoverable, not kept', async () => {
    // Today (the test machine's clock) is after March 2020, so a run for 2019 is `late`.
    const late = await call('POST', '/v1/reconciliations/2019', { as: { role: 'insurance-bureau' } });
    expect([late.status, late.body.error.code]).toEqual([400, 'reason-required']);
    const personId = await registered();
    // Person A of tests/unit/claims/reconcile.test.ts [H 三.(二).5.6)]: 中和镇卫生院 15,000 (d 50, beyond d 1,495,
    // paid 1,049.50), 中和镇卫生院 12,000 repeat (d 0, beyond 1,200, paid 1,020), 扎兰屯市人民医院 12,000 (d 150, beyond
    // 2,370, paid 2,037). Year: beyond 5,065, county cap 2,000 → due 2,000 + 306.50 = 2,306.50; paid 4,106.50 → refund 1,800.
    const clinic = { role: 'hospital', hospitalId: 'clinic-zhonghe' } as const;
    const ids = ['A1', 'A2', 'A3'].map((n) => `RC-${n}-${uniqueSuffix()}`);
    const posts = [
      [clinic, 15000, '2019-02-01'],
      [clinic, 12000, '2019-05-01'],
      [peoples, 12000, '2019-09-01'],
    ] as const;
    for (const [i, claimId] of ids.entries()) {
      const [as, total, on] = posts[i]!;
      const r = await call('POST', '/v1/claims', {
        as,
        body: inpatient(personId, claimId, total, { admittedOn: on, dischargedOn: on }),
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
    }
    const reason = `?reason=${encodeURIComponent('医保局:补结算')}`;
    const masked = `${personId.slice(0, 6)}********${personId.slice(-4)}`;
    const rowOf = async () =>
      (await call('GET', '/v1/reconciliations/2019', { as: { role: 'audit' } })).body.rows.find(
        (r: { personId: string }) => r.personId === masked,
      );
    const run1 = await call('POST', `/v1/reconciliations/2019${reason}`, { as: { role: 'insurance-bureau' } });
    expect(run1.body).toMatchObject({ mode: 'late', reason: '医保局:补结算' });
    const first = await rowOf();
    expect(first).toMatchObject({
      due: 2306.5,
      paidBeyondDeductibles: 4106.5,
      refund: 1800,
      paidBefore: 0,
      adjustment: 1800,
    });

    // Void the second admission: admissions 1 and 3 remain, beyond 1,495 + 2,370 = 3,865 → due 2,000 + 186.50 = 2,186.50;
    // paid 1,049.50 + 2,037 = 3,086.50 → refund owed 900. 1,800 was paid: adjustment −900, recoverable 900
    // (before: refunds only went up, and the 900 was kept).
    expect((await call('POST', `/v1/claims/${ids[1]}/void`, { as: clinic })).status).toBe(200);
    const run2 = await call('POST', `/v1/reconciliations/2019${reason}`, { as: { role: 'insurance-bureau' } });
    expect(run2.body.recoverableThisRun).toBeGreaterThanOrEqual(900);
    const second = await rowOf();
    expect(second).toMatchObject({ refund: 900, paidBefore: 1800, adjustment: -900, recoverable: 900 });
    expect(second.changes).toContain('claims +0 −1');
    // A rerun with nothing changed: nothing paid, nothing new recoverable, this person unchanged.
    const run3 = await call('POST', `/v1/reconciliations/2019${reason}`, { as: { role: 'insurance-bureau' } });
    expect([run3.body.paidThisRun, run3.body.recoverableThisRun]).toEqual([0, 0]);
    expect((await rowOf()).changes).toBe('unchanged');
  });

  it('a registered poor adult pays nothing: finance pays the 270 [H 三.(二).1.1)]', async () => {
    const personId = await registered({ birthDate: '1960-05-01' });
    const r = await call('GET', `/v1/contributions/${personId}?year=2019`, { as: { role: 'insurance-bureau' } });
    expect(r.body).toMatchObject({ standard: 270, personal: 0, finance: 270 });
  });
});

describe('monthly health report', () => {
  it('builds the month from settled claims, stores JSON and CSV, and a rerun changes nothing', async () => {
    const personId = await registered();
    const body = inpatient(personId, `HR-${uniqueSuffix()}`, 4321, {
      admittedOn: '2019-10-02',
      dischargedOn: '2019-10-09',
    });
    expect((await call('POST', '/v1/claims', { as: peoples, body })).status).toBe(201);
    const first = await call('POST', '/v1/reports/health/2019-10', { as: { role: 'insurance-bureau' } });
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    expect(first.body.claims).toBeGreaterThanOrEqual(1);
    expect(first.body.indicators.participation.registered).toBeGreaterThanOrEqual(
      first.body.indicators.participation.insured,
    );
    const again = await call('POST', '/v1/reports/health/2019-10', { as: { role: 'insurance-bureau' } });
    expect(again.body).toMatchObject({ revision: first.body.revision, unchanged: true });
    const read = await call('GET', '/v1/reports/health/2019-10', { as: { role: 'audit' } });
    expect(
      read.body.hospitals.find((h: { hospitalId: string }) => h.hospitalId === 'zlt-peoples').claims,
    ).toBeGreaterThanOrEqual(1);
    const csv = await fetch(read.body.files.csv);
    expect([...new Uint8Array(await csv.arrayBuffer()).slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM for Excel
    expect(JSON.stringify(read.body)).not.toContain(personId);
    // Issue 12 item 10: an xlsx beside the JSON and CSV (a zip: "PK"), with the indicators and the uninsured list.
    const xlsx = new Uint8Array(await (await fetch(read.body.files.xlsx)).arrayBuffer());
    expect([...xlsx.slice(0, 2)]).toEqual([0x50, 0x4b]);
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.buffer as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toEqual([
      '2019-10 健康扶贫',
      '2019-10 指标',
      '2019-10 未参保建档立卡人员',
    ]);
    expect(book.worksheets[1]!.getRow(3).getCell(1).value).toBe('重特大疾病实际报销比例');
    // The payers' columns carry the plan's names (H 三.(二).5.3), the same names the console shows.
    const header = [1, 2, 3]
      .map((r) => (book.worksheets[0]!.getRow(r).values as unknown[]).filter(Boolean).map(String))
      .find((cells) => cells.includes('医疗机构'));
    const names = Object.values(PAYER_NAMES) as string[];
    expect(header?.filter((cell) => names.includes(cell))).toEqual(names);
    expect(Array.isArray(read.body.indicators.participation.uninsured)).toBe(true);
    expect((await call('POST', '/v1/reports/health/2019-10', { as: peoples })).status).toBe(403);
  });
});
