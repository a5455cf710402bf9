import { describe, expect, it } from 'vitest';
import { DynamoDbHospitalStore } from '../../../shared/reference/dynamodb-hospital-store.js';
import { DynamoDbRosterStore } from '../../../shared/roster/dynamodb-roster-store.js';
import { DynamoDbHealthLedger } from '../../../shared/simulation/dynamodb-ledger.js';
import { call, dynamo, personRow, tableName, uniqueSuffix } from '../../support/api.js';

/**
 * The simulation's reads against DynamoDB Local, with data written through the API: the certifications a chronic
 * claim can use (BatchGet by person, disease and certifier), and the year's claims by service month in calendar
 * order. Other test files write 2019 claims meanwhile, so only this file's own claims and persons are asserted.
 */
const poverty = { role: 'poverty-office' } as const;
const clinic = { role: 'hospital', hospitalId: 'clinic-zhonghe' } as const;

const ledger = () =>
  new DynamoDbHealthLedger(
    dynamo(),
    tableName(),
    new DynamoDbRosterStore(dynamo(), tableName()),
    new DynamoDbHospitalStore(dynamo(), tableName()),
  );

async function registered(): Promise<string> {
  const row = personRow();
  const r = await call('PUT', '/v1/roster/persons', { as: poverty, body: { persons: [row] } });
  expect(r.body.accepted).toBe(1);
  return row.personId as string;
}

async function certify(
  personId: string,
  disease: string,
  certifiedBy: 'insurance-bureau' | 'health-commission',
  from: string,
): Promise<void> {
  const r = await call('POST', `/v1/persons/${personId}/chronic-certifications`, {
    as: { role: certifiedBy },
    body: { disease, certifiedBy, from },
  });
  expect(r.status, JSON.stringify(r.body)).toBeLessThan(300);
}

describe('the health simulation ledger (DynamoDB Local)', () => {
  it('reads, for each person and disease asked, both certifiers’ certifications of that disease and nothing else', async () => {
    const [a, b, none] = [await registered(), await registered(), await registered()];
    await certify(a, 'diabetes', 'health-commission', '2019-02-01');
    await certify(a, 'diabetes', 'insurance-bureau', '2019-06-01');
    await certify(a, 'hypertension', 'insurance-bureau', '2019-01-01');
    await certify(b, 'hypertension', 'health-commission', '2019-03-01');

    const found = await ledger().certifications([
      { personId: a, disease: 'diabetes' },
      { personId: b, disease: 'hypertension' },
      { personId: none, disease: 'diabetes' },
    ]);
    const byFrom = (x: { from: string }, y: { from: string }) => x.from.localeCompare(y.from);
    // a's hypertension was not asked for: the engine reads only the claim's disease's certifications.
    expect(found.get(a)?.sort(byFrom)).toEqual([
      { disease: 'diabetes', certifiedBy: 'health-commission', from: '2019-02-01' },
      { disease: 'diabetes', certifiedBy: 'insurance-bureau', from: '2019-06-01' },
    ]);
    expect(found.get(b)).toEqual([{ disease: 'hypertension', certifiedBy: 'health-commission', from: '2019-03-01' }]);
    expect(found.get(none)).toEqual([]);
  });

  it('hands the year’s claims back month by month, January first, each claim in its service month', async () => {
    const personId = await registered();
    await certify(personId, 'diabetes', 'insurance-bureau', '2019-01-01');
    const posted: Record<string, string> = {};
    for (const servedOn of ['2019-03-05', '2019-11-20', '2019-01-31']) {
      const claimId = `SIMLEDGER-${uniqueSuffix()}`;
      const r = await call('POST', '/v1/claims', {
        as: clinic,
        body: {
          claimId,
          personId,
          kind: 'chronic-outpatient',
          servedOn,
          diagnosis: { chronicDisease: 'diabetes' },
          costs: { total: 300 },
          deliveries: 1,
        },
      });
      expect(r.status, JSON.stringify(r.body)).toBe(201);
      posted[claimId] = servedOn.slice(0, 7);
    }
    const months = ledger().claimMonths(2019);
    expect(months).toHaveLength(12);
    const ours: Record<string, string> = {};
    for (const [i, read] of months.entries())
      for (const c of await read)
        if (c.personId === personId) {
          ours[c.claimId] = `2019-${String(i + 1).padStart(2, '0')}`;
          expect(c.settlement.serviceDate.slice(0, 7)).toBe(ours[c.claimId]);
          expect(c.facts?.kind).toBe('chronic-outpatient');
        }
    expect(ours).toEqual(posted);
  });
});
