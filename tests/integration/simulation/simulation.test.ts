import { ListObjectsV2Command } from '@aws-sdk/client-s3';
import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { bucketName, call, dynamo, newPersonId, personRow, s3, tableName, uniqueSuffix } from '../../support/api.js';

/**
 * The what-if through the local gateway against DynamoDB Local and s3rver. Other test files post 2019
 * claims at the same time, so year totals are not asserted absolutely here (the unit tests do that on a
 * ledger of their own); what is asserted holds whatever else is in the year.
 */
const bureau = { role: 'insurance-bureau', sub: 'bureau-analyst-1' } as const;
const peoples = { role: 'hospital', hospitalId: 'zlt-peoples' } as const;
const poverty = { role: 'poverty-office' } as const;

async function registered(): Promise<string> {
  const row = personRow();
  const r = await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
  expect(r.body.accepted).toBe(1);
  return row.personId as string;
}

async function inpatient(personId: string, totalYuan: number): Promise<string> {
  const claimId = `SIMIT-${uniqueSuffix()}`;
  const r = await call('POST', '/v1/claims', {
    as: peoples,
    body: {
      claimId,
      personId,
      kind: 'inpatient',
      admittedOn: '2019-05-01',
      dischargedOn: '2019-05-10',
      diagnosis: { icd10: 'K35.9' },
      costs: { total: totalYuan },
    },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  return claimId;
}

async function simulationCount(): Promise<number> {
  const out = await s3().send(new ListObjectsV2Command({ Bucket: bucketName(), Prefix: 'simulations/' }));
  return (out.Contents ?? []).filter((o) => o.Key?.endsWith('/simulation.json')).length;
}

const claimKey = (claimId: string) => ({ pk: `CLAIM#zlt-peoples#${claimId}`, sk: 'CLAIM' });

describe('POST /v1/simulations, GET /v1/simulations/{id}', () => {
  let raised: string;
  beforeAll(async () => {
    // 20,000 yuan at the county hospital: patient 2,347 today, 3,247 with a county cap of 3,000
    // (hand-worked in tests/unit/simulation/health.test.ts).
    raised = await inpatient(await registered(), 20_000);
  });

  it('simulates the year under a variant: stored with who and why, figures per payer and group, files by link', async () => {
    const claimBefore = await dynamo().send(new GetCommand({ TableName: tableName(), Key: claimKey(raised) }));
    const body = {
      programme: 'health',
      year: 2019,
      variant: {
        name: '县级封顶线3000',
        reason: '测算县级医院自付封顶线由2000元提高到3000元的影响',
        overrides: { 'targets.selfPayCap.county': 3000 },
      },
    };
    const r = await call('POST', '/v1/simulations', { as: bureau, body });
    expect(r.status, JSON.stringify(r.body).slice(0, 500)).toBe(201);
    const sim = r.body;
    expect(sim).toMatchObject({
      programme: 'health',
      year: 2019,
      status: 'done',
      policyIds: ['zhalantun-2019'],
      createdBy: { sub: 'bureau-analyst-1', role: 'insurance-bureau' },
      variant: { name: body.variant.name, reason: body.variant.reason, overrides: body.variant.overrides },
      applied: [{ name: 'targets.selfPayCap.county', unit: 'fen', from: 200_000, to: 300_000 }],
    });
    expect(sim.applied[0].citation).toContain('H 三.(二).5.6)');
    // Our claim is in the year: at least one person's self-pay rises by at least its 900 yuan, and a
    // higher cap lowers nobody's self-pay.
    expect(sim.variant.payers.patient - sim.baseline.payers.patient).toBeGreaterThanOrEqual(900);
    expect(sim.selfPayChange.rises.largestYuan).toBeGreaterThanOrEqual(900);
    expect(sim.selfPayChange.falls.persons).toBe(0);
    // The seven parts add up to the total in every scenario; groups partition the city.
    for (const s of [sim.recorded, sim.baseline, sim.variant]) {
      const parts = ['basicInsurance', 'criticalIllnessInsurance', 'medicalAssistance', 'commercialInsurance'];
      const seven = [...parts, 'safetyNetFund', 'hospital', 'patient'].reduce(
        (t, p) => t + Math.round(s.payers[p] * 100),
        0,
      );
      expect(seven).toBe(Math.round(s.payers.total * 100));
      expect(s.byTownship.reduce((t: number, g: { claims: number }) => t + g.claims, 0)).toBe(s.claims);
      expect(s.byHospitalLevel.find((g: { key: string }) => g.key === 'county').claims).toBeGreaterThan(0);
    }
    // The total cost is the ledger's in every scenario: only who pays moves.
    expect(sim.variant.payers.total).toBe(sim.recorded.payers.total);
    // Whatever the baseline does not reproduce is listed, and the listed differences are the difference.
    const inc = sim.inconsistencies;
    expect(inc.items.map((i: { claimId: string }) => i.claimId)).not.toContain(raised);
    if (inc.claims <= inc.items.length) {
      const listed = inc.items.reduce(
        (t: number, i: { recorded: { patient: number }; baseline: { patient: number } }) =>
          t + Math.round(i.baseline.patient * 100) - Math.round(i.recorded.patient * 100),
        0,
      );
      expect(Math.round(inc.difference.patient * 100)).toBe(listed);
    }

    const read = await call('GET', `/v1/simulations/${sim.simulationId}`, { as: { role: 'audit' } });
    expect(read.status).toBe(200);
    const { files: _a, ...stored } = read.body;
    const { files: _b, ...posted } = sim;
    expect(stored).toEqual(posted);
    const json = await fetch(read.body.files.json);
    expect(await json.json()).toMatchObject({ variant: { payers: sim.variant.payers } });
    const csv = await (await fetch(read.body.files.csv)).text();
    expect(csv).toContain('个人自付');
    expect(csv).not.toMatch(/\d{17}[\dX]/);
    const xlsx = Buffer.from(await (await fetch(read.body.files.xlsx)).arrayBuffer());
    expect(xlsx.subarray(0, 2).toString()).toBe('PK');

    // The ledger was only read.
    const claimAfter = await dynamo().send(new GetCommand({ TableName: tableName(), Key: claimKey(raised) }));
    expect(claimAfter.Item).toEqual(claimBefore.Item);
  });

  it('an edited settled claim shows up as an unexplained ledger inconsistency naming it', async () => {
    const edited = await inpatient(await registered(), 20_000);
    // An insider with table access moves 1 yuan of the patient's share to medical assistance.
    await dynamo().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: claimKey(edited),
        UpdateExpression: 'SET settlement.amounts.patient = :p, settlement.amounts.medicalAssistance = :m',
        ExpressionAttributeValues: { ':p': 234_600, ':m': 124_210 },
      }),
    );
    const r = await call('POST', '/v1/simulations', {
      as: { role: 'finance' },
      body: { programme: 'health', year: 2019, variant: { name: 'baseline', reason: '核对账目', overrides: {} } },
    });
    expect(r.status).toBe(201);
    expect(r.body.inconsistencies.baselineEqualsRecorded).toBe(false);
    const item = r.body.inconsistencies.items.find((i: { claimId: string }) => i.claimId === edited);
    expect(item).toMatchObject({
      hospitalId: 'zlt-peoples',
      reason: 'unexplained',
      recorded: { patient: 2346, medicalAssistance: 1242.1 },
      baseline: { patient: 2347, medicalAssistance: 1241.1 },
    });
    expect(item.personId).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    // No overrides: the variant is the baseline.
    expect(r.body.variant.payers).toEqual(r.body.baseline.payers);
  });

  it('refuses bad variants naming the field and stores nothing; audit reads but does not run', async () => {
    const before = await simulationCount();
    const bad = async (overrides: Record<string, unknown>) =>
      call('POST', '/v1/simulations', {
        as: bureau,
        body: { programme: 'health', year: 2019, variant: { name: 'x', reason: 'y', overrides } },
      });
    const unknown = await bad({ 'targets.selfPayCap.moon': 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.details[0]).toMatchObject({
      path: 'body.variant.overrides.targets.selfPayCap.moon',
      code: 'unknown-parameter',
    });
    const percent = await bad({ 'topUp.shareOfRemainder.commercialInsurance': 140 });
    expect(percent.status).toBe(400);
    expect(percent.body.error.details[0].path).toBe(
      'body.variant.overrides.topUp.shareOfRemainder.commercialInsurance',
    );
    const structure = await bad({ 'topUp.order': 1 });
    expect(structure.status).toBe(400);
    const chronic = await bad({ 'chronic.shares.insurance-bureau.patient': 5 });
    expect(chronic.status).toBe(400);
    const contribution = await bad({ 'contribution.adult': 300 });
    expect(contribution.body.error.details[0].code).toBe('unknown-parameter');
    const noPolicy = await call('POST', '/v1/simulations', {
      as: bureau,
      body: { programme: 'health', year: 2018, variant: { name: 'x', reason: 'y', overrides: {} } },
    });
    expect([noPolicy.status, noPolicy.body.error.code]).toEqual([400, 'no-policy']);
    const noReason = await call('POST', '/v1/simulations', {
      as: bureau,
      body: { programme: 'health', year: 2019, variant: { name: 'x', reason: ' ', overrides: {} } },
    });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.details[0].path).toBe('body.variant.reason');
    expect(await simulationCount()).toBe(before);

    const audit = await call('POST', '/v1/simulations', {
      as: { role: 'audit' },
      body: { programme: 'health', year: 2019, variant: { name: 'x', reason: 'y', overrides: {} } },
    });
    expect(audit.status).toBe(403);
    expect((await call('GET', '/v1/simulations/00000000-0000-4000-8000-000000000000', { as: peoples })).status).toBe(
      403,
    );
    const missing = await call('GET', '/v1/simulations/00000000-0000-4000-8000-000000000000', { as: bureau });
    expect([missing.status, missing.body.error.code]).toEqual([404, 'simulation-not-found']);
  });

  it('housing: the budget effect of a changed subsidy table over the year’s cases', async () => {
    const r = await call('POST', '/v1/simulations', {
      as: { role: 'poverty-office', sub: 'poverty-analyst' },
      body: {
        programme: 'housing',
        year: 2019,
        variant: {
          name: 'D级30000',
          reason: '测算D级新建补助提高到3万元',
          overrides: { 'subsidy.dGradeNewBuild': 30_000 },
        },
      },
    });
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(201);
    expect(r.body).toMatchObject({
      programme: 'housing',
      status: 'done',
      policyIds: ['housing-2019'],
      applied: [{ name: 'subsidy.dGradeNewBuild', unit: 'fen', from: 2_523_200, to: 3_000_000 }],
    });
    const b = r.body.budget;
    const cents = (y: number) => Math.round(y * 100);
    // Townships and programmes partition the cases and the money.
    for (const rows of [b.byTownship, b.byProgramme, b.byRule]) {
      expect(rows.reduce((t: number, x: { cases: number }) => t + x.cases, 0)).toBe(b.totals.cases);
      expect(rows.reduce((t: number, x: { variant: number }) => t + cents(x.variant), 0)).toBe(cents(b.totals.variant));
    }
    // Only D new builds move, each (not cancelled) by 30,000 − 25,232 = 4,768: change × 25,232 = baseline × 4,768.
    for (const row of b.byRule)
      if (row.key === 'subsidy.dGradeNewBuild') expect(cents(row.change) * 25_232).toBe(cents(row.baseline) * 4_768);
      else expect(row.change).toBe(0);
    expect(cents(b.totals.change)).toBe(cents(b.totals.variant) - cents(b.totals.baseline));
    const area = await call('POST', '/v1/simulations', {
      as: bureau,
      body: {
        programme: 'housing',
        year: 2019,
        variant: { name: 'x', reason: 'y', overrides: { 'area.selfBuildMax': 2000 } },
      },
    });
    expect(area.status).toBe(400);
    expect(area.body.error.details[0].path).toBe('body.variant.overrides.area.selfBuildMax');
  });

  it('education: the budget effect of a changed milk subsidy and cap over the year’s payments, the ledger untouched', async () => {
    const edu = { role: 'education-bureau' } as const;
    const studentId = newPersonId();
    await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [personRow({ personId: studentId })] } });
    const registered = await call('POST', '/v1/education/students', {
      as: edu,
      body: {
        studentId,
        name: '示例学生',
        householdId: `HH-SIM-${uniqueSuffix()}`,
        township: 'zhonghe',
        family: 'registered-poor',
        stage: 'high-school',
        school: '示例高中',
        admissionYear: 2018,
      },
    });
    expect(registered.status).toBe(201);
    const verified = await call('POST', `/v1/education/students/${studentId}/verifications`, {
      as: edu,
      body: { semester: '2019-autumn', on: '2019-09-02' },
    });
    expect(verified.status).toBeLessThan(300);
    const milk = await call('POST', '/v1/education/payments', {
      as: edu,
      body: {
        paymentId: `SIM-MILK-${uniqueSuffix()}`,
        studentId,
        type: 'milk-subsidy',
        academicYear: 2019,
        paidOn: '2019-09-20',
      },
    });
    expect(milk.status, JSON.stringify(milk.body)).toBe(201);
    const before = await call('GET', `/v1/education/students/${studentId}`, { as: edu });

    const r = await call('POST', '/v1/simulations', {
      as: { role: 'finance', sub: 'finance-analyst' },
      body: {
        programme: 'education',
        year: 2019,
        variant: {
          name: '一杯奶800',
          reason: '测算一杯奶补助提高到每年800元',
          overrides: { 'milkSubsidy.perYear': 800, 'universityAid.capJuniorCollege': 35_000 },
        },
      },
    });
    expect(r.status, JSON.stringify(r.body).slice(0, 300)).toBe(201);
    expect(r.body).toMatchObject({
      programme: 'education',
      status: 'done',
      policyIds: ['education-2019'],
      applied: [
        { name: 'milkSubsidy.perYear', unit: 'fen', from: 50_000, to: 80_000 },
        { name: 'universityAid.capJuniorCollege', unit: 'fen', from: 3_000_000, to: 3_500_000 },
      ],
    });
    const e = r.body.education;
    const cents = (y: number) => Math.round(y * 100);
    // Types and townships partition the payments and the money (other tests pay in 2019 too).
    for (const rows of [e.byType, e.byTownship]) {
      expect(rows.reduce((t: number, x: { payments: number }) => t + x.payments, 0)).toBe(e.totals.payments);
      expect(rows.reduce((t: number, x: { variant: number }) => t + cents(x.variant), 0)).toBe(cents(e.totals.variant));
    }
    // Each milk payment moves from 500 to 800: change × 500 = baseline × 300. A higher cap pays no more
    // university aid than a year's 10,000 did: that row does not move.
    const row = (key: string) => e.byType.find((x: { key: string }) => x.key === key);
    expect(row('milk-subsidy').payments).toBeGreaterThanOrEqual(1);
    expect(cents(row('milk-subsidy').change) * 500).toBe(cents(row('milk-subsidy').baseline) * 300);
    expect(row('university-aid')?.change ?? 0).toBe(0);
    // Read-only: the student's ledger is as it was.
    const after = await call('GET', `/v1/education/students/${studentId}`, { as: edu });
    expect(after.body).toEqual(before.body);
    // Files by short-lived link.
    expect(r.body.files.xlsx).toMatch(/X-Amz-Expires=/);
  });
});
