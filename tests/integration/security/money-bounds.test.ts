import { describe, expect, it } from 'vitest';
import { call, newPersonId, uniqueSuffix } from '../../support/api.js';
import { tally } from '../../support/attack-tally.js';

const hospital = { role: 'hospital', hospitalId: 'zlt-peoples' } as const;
const township = { role: 'township', township: 'zhonghe' } as const;
const forestry = { role: 'forestry-bureau' } as const;

const claim = (costs: Record<string, number>) => ({
  claimId: `C-B-${uniqueSuffix()}`,
  personId: newPersonId(),
  kind: 'inpatient',
  admittedOn: '2019-05-01',
  dischargedOn: '2019-05-05',
  costs,
});

const HUGE = [1e15, 1e21, 1e300, 5_000_000.01, Number.MAX_SAFE_INTEGER];

describe('every money field is bounded (finding 5)', () => {
  it('claim costs beyond 5 million yuan are a 400 naming the field, never a 500', async () => {
    let tries = 0;
    for (const field of ['total', 'outOfCatalogue', 'patientExcess', 'hospitalExcess']) {
      for (const amount of HUGE) {
        const r = await call('POST', '/v1/claims', { as: hospital, body: claim({ total: 100, [field]: amount }) });
        tries += 1;
        expect(r.status, `${field}=${amount}`).toBe(400);
        expect(r.body.error.details.map((d: { path: string }) => d.path)).toContain(`body.costs.${field}`);
      }
    }
    tally('money: out-of-range amounts', tries);
  });

  it('the largest plausible bill is still accepted by the schema (5,000,000.00 yuan)', async () => {
    const r = await call('POST', '/v1/claims', { as: hospital, body: claim({ total: 5_000_000 }) });
    // The person is not on the roster: past the schema, the domain answers; what matters is no 400 on costs.
    expect(r.status).not.toBe(500);
    if (r.status === 400) {
      expect(r.body.error.details.map((d: { path: string }) => d.path)).not.toContain('body.costs.total');
    }
  });

  it('earnings and repair costs beyond 1 million yuan are a 400 naming the field', async () => {
    let tries = 0;
    for (const amount of HUGE) {
      const income = await call('POST', '/v1/ecology/income', {
        as: forestry,
        body: { programme: 'nursery-park', participantId: 'P-1', householdId: 'HH-1', people: 2, earnings: amount },
      });
      const housing = await call('POST', '/v1/housing/cases', {
        as: township,
        body: {
          programme: 'R1',
          householdId: `HH-B-${uniqueSuffix()}`,
          householderId: newPersonId(),
          township: 'zhonghe',
          village: '测试村',
          grade: 'C',
          mode: 'repair',
          plannedArea: 55,
          repairCost: amount,
          appliedOn: '2019-01-10',
        },
      });
      tries += 2;
      if (amount <= 1_000_000) continue;
      expect(income.status, `earnings=${amount}`).toBe(400);
      expect(income.body.error.details.map((d: { path: string }) => d.path)).toContain('body.earnings');
      expect(housing.status, `repairCost=${amount}`).toBe(400);
      expect(housing.body.error.details.map((d: { path: string }) => d.path)).toContain('body.repairCost');
    }
    tally('money: out-of-range amounts', tries);
  });
});
