import { describe, expect, it } from 'vitest';
import { call, newPersonId, personRow, uniqueSuffix } from '../../support/api.js';

const poverty = { role: 'poverty-office' } as const;
const civil = { role: 'civil-affairs', sub: 'civil-clerk-7' } as const;
const hospital = { role: 'hospital', hospitalId: 'zlt-peoples' } as const;
const ownTownship = { role: 'township', township: 'zhonghe' } as const;
const otherTownship = { role: 'township', township: 'chaihe' } as const;

const PAYERS = [
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'safetyNetFund',
  'hospital',
  'patient',
] as const;
const fen = (y: number) => Math.round(y * 100);

const inpatient = (personId: string, claimId: string, total: number, dischargedOn = '2019-03-10') => ({
  claimId,
  personId,
  kind: 'inpatient',
  admittedOn: '2019-03-02',
  dischargedOn,
  diagnosis: { icd10: 'K35.9' },
  referral: { registered: false, emergency: false },
  costs: { total, outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
});

async function household() {
  const householdId = `HH-GL-${uniqueSuffix()}`;
  const a = personRow({ householdId, township: 'zhonghe', name: '户主甲' });
  const b = personRow({ householdId, township: 'zhonghe', name: '成员乙' });
  expect((await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [a, b] } })).body.accepted).toBe(2);
  const { registeredFrom: _r, ...shared } = b;
  await call('PUT', '/v1/roster/persons', {
    as: civil,
    body: { persons: [{ ...shared, flags: { minimumLivingAllowance: true } }] },
  });
  return { householdId, a: a as { personId: string }, b: b as { personId: string } };
}

describe('one household at a glance', () => {
  it('shows members with who set each flag, claims with each payer, the housing case, and totals per programme and year', async () => {
    const { householdId, a, b } = await household();
    const c1 = await call('POST', '/v1/claims', {
      as: hospital,
      body: inpatient(a.personId, `GL-${uniqueSuffix()}`, 12345.67),
    });
    expect(c1.status, JSON.stringify(c1.body)).toBe(201);
    const c2 = await call('POST', '/v1/claims', {
      as: hospital,
      body: inpatient(b.personId, `GL-${uniqueSuffix()}`, 5000),
    });
    expect(c2.status).toBe(201);
    const voided = await call('POST', '/v1/claims', {
      as: hospital,
      body: inpatient(b.personId, `GL-${uniqueSuffix()}`, 800, '2019-03-20'),
    });
    expect(
      (await call('POST', `/v1/claims/${voided.body.claimId}/void`, { as: hospital, body: { reason: '重复录入' } }))
        .status,
    ).toBe(200);
    const housing = await call('POST', '/v1/housing/cases', {
      as: ownTownship,
      body: {
        programme: 'R1',
        householdId,
        householderId: a.personId,
        township: 'zhonghe',
        village: '测试村',
        grade: 'D',
        mode: 'self-build',
        plannedArea: 55,
        appliedOn: '2019-01-10',
        attestations: {
          agriculturalRegistration: { by: '测试村委会', on: '2019-01-05' },
          livesInVillage: { by: '测试村委会', on: '2019-01-05' },
          housing: { by: '中和镇扶贫办', on: '2019-01-05' },
        },
      },
    });
    expect(housing.status, JSON.stringify(housing.body)).toBe(201);

    const r = await call('GET', `/v1/households/${householdId}`, { as: ownTownship });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    expect(r.body.members.map((m: { name: string }) => m.name).sort()).toEqual(['户主甲', '成员乙'].sort());
    const member = r.body.members.find((m: { personId: string }) => m.personId === b.personId);
    expect(member.flags).toEqual([
      {
        flag: 'minimumLivingAllowance',
        name: '低保',
        value: true,
        setBy: { by: 'civil-clerk-7', role: 'civil-affairs', at: expect.any(String), via: 'load' },
      },
    ]);
    expect(r.body.claims).toHaveLength(3);
    const first = r.body.claims.find((c: { claimId: string }) => c.claimId === c1.body.claimId);
    expect(first.amounts).toEqual(c1.body.amounts);
    expect(r.body.claims.find((c: { claimId: string }) => c.claimId === voided.body.claimId).status).toBe('voided');
    expect(r.body.housing).toMatchObject({ caseId: housing.body.caseId, programme: 'R1', grade: 'D', paid: 0 });
    // Medical 2019 = every payer but the patient on the two settled claims (the voided one pays nothing).
    const schemes = (amounts: Record<string, number>) =>
      PAYERS.filter((p) => p !== 'patient').reduce((s, p) => s + fen(amounts[p] ?? 0), 0);
    expect(r.body.totals).toEqual([
      { programme: 'medical', year: 2019, amount: (schemes(c1.body.amounts) + schemes(c2.body.amounts)) / 100 },
    ]);
    expect(fen(c1.body.amounts.total) - fen(c1.body.amounts.patient)).toBe(schemes(c1.body.amounts));

    expect((await call('GET', `/v1/households/${householdId}`, { as: poverty })).status).toBe(200);
    expect((await call('GET', `/v1/households/${householdId}`, { as: { role: 'audit' } })).status).toBe(200);
    const refused = await call('GET', `/v1/households/${householdId}`, { as: otherTownship });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('forbidden');
    expect((await call('GET', `/v1/households/${householdId}`, { as: hospital })).status).toBe(403);
    expect((await call('GET', `/v1/households/HH-NOBODY-${uniqueSuffix()}`, { as: poverty })).status).toBe(404);
  });

  it('shows the ranger post with what the pay ledger paid each month, and the ranger total of the year', async () => {
    const householdId = `HH-GLR-${uniqueSuffix()}`;
    const ranger = personRow({ householdId, township: 'moguqi', name: '护林员丙' }) as { personId: string };
    expect((await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [ranger] } })).status).toBe(200);
    const hired = await call('POST', '/v1/ecology/rangers', {
      as: { role: 'township', township: 'moguqi' },
      body: { personId: ranger.personId, township: 'moguqi', from: '2019-03-15' },
    });
    expect(hired.status, JSON.stringify(hired.body)).toBe(201);
    // March is not run; April and May are (a rerun of May records nothing new).
    for (const month of ['2019-04', '2019-05', '2019-05'])
      expect((await call('POST', `/v1/ecology/pay-runs/${month}`, { as: { role: 'forestry-bureau' } })).status).toBe(
        200,
      );
    const r = await call('GET', `/v1/households/${householdId}`, { as: poverty });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    // 3,200 a year [G 四.(一)] shared by month so that the months add up: cumulative(m) = round(320,000 × m / 12)
    // fen; April = 106,667 − 80,000 = 26,667 fen; May = 133,333 − 106,667 = 26,666 fen; together 53,333 fen.
    expect(r.body.rangers).toEqual([
      expect.objectContaining({
        personId: ranger.personId,
        township: 'moguqi',
        from: '2019-03-15',
        status: 'active',
        pay: [
          { month: '2019-04', amount: 266.67 },
          { month: '2019-05', amount: 266.66 },
        ],
        total: 533.33,
      }),
    ]);
    expect(r.body.totals).toEqual([{ programme: 'ranger', year: 2019, amount: 533.33 }]);
  });
});

describe('person search and flags', () => {
  it('finds by identity number, household and part of a name; a township sees its own only', async () => {
    const { householdId, a, b } = await household();
    const byId = await call('GET', `/v1/persons?q=${a.personId}`, { as: poverty });
    expect(byId.body.persons.map((p: { personId: string }) => p.personId)).toEqual([a.personId]);
    const byHousehold = await call('GET', `/v1/persons?q=${householdId}`, { as: ownTownship });
    expect(byHousehold.body.persons).toHaveLength(2);
    expect((await call('GET', `/v1/persons?q=${householdId}`, { as: otherTownship })).body.persons).toEqual([]);
    const byName = await call('GET', `/v1/persons?q=${encodeURIComponent('成员乙')}&township=zhonghe`, { as: poverty });
    expect(byName.status).toBe(200);
    expect(byName.body.persons.some((p: { personId: string }) => p.personId === b.personId)).toBe(true);
    const person = await call('GET', `/v1/persons/${b.personId}`, { as: civil });
    expect(person.body.flags[0]).toMatchObject({ flag: 'minimumLivingAllowance', setBy: { role: 'civil-affairs' } });
    expect((await call('GET', `/v1/persons/${b.personId}`, { as: otherTownship })).status).toBe(403);
    expect((await call('GET', `/v1/persons/${newPersonId()}`, { as: poverty })).status).toBe(404);
  });
});

describe("a hospital's claims by month", () => {
  it('lists the month with masked identity numbers and totals per payer over the settled claims', async () => {
    const { a } = await household();
    const month = '2019-03';
    const kept = await call('POST', '/v1/claims', {
      as: hospital,
      body: inpatient(a.personId, `HM-${uniqueSuffix()}`, 3000),
    });
    const gone = await call('POST', '/v1/claims', {
      as: hospital,
      body: inpatient(a.personId, `HM-${uniqueSuffix()}`, 999.99, '2019-03-25'),
    });
    await call('POST', `/v1/claims/${gone.body.claimId}/void`, { as: hospital, body: { reason: '作废' } });
    const r = await call('GET', `/v1/claims?month=${month}`, { as: hospital });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    const mine = r.body.claims.find((c: { claimId: string }) => c.claimId === kept.body.claimId);
    expect(mine.personId).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
    expect(mine.amounts.patient).toBe(kept.body.amounts.patient);
    expect(r.body.claims.find((c: { claimId: string }) => c.claimId === gone.body.claimId).status).toBe('voided');
    // The totals are the fen sums of the settled claims listed (other tests add claims to the same month).
    for (const p of [...PAYERS, 'total'])
      expect(fen(r.body.totals[p])).toBe(
        r.body.claims
          .filter((c: { status: string }) => c.status === 'settled')
          .reduce((s: number, c: { amounts: Record<string, number> }) => s + fen(c.amounts[p] ?? 0), 0),
      );
    expect(r.body.settled + r.body.voided).toBe(r.body.claims.length);
    expect(
      (await call('GET', `/v1/claims?month=${month}&hospitalId=zlt-mongolian-chinese`, { as: hospital })).status,
    ).toBe(403);
    expect((await call('GET', `/v1/claims?month=${month}`, { as: { role: 'insurance-bureau' } })).status).toBe(400);
    expect(
      (await call('GET', `/v1/claims?month=${month}&hospitalId=zlt-peoples`, { as: { role: 'audit' } })).body.claims
        .length,
    ).toBe(r.body.claims.length);
  });
});
