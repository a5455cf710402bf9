import { describe, expect, it } from 'vitest';
import { programmeTotals } from '../../../shared/household/view.js';

const amounts = (o: Record<string, number>) => ({
  total: 0,
  basicInsurance: 0,
  criticalIllnessInsurance: 0,
  medicalAssistance: 0,
  commercialInsurance: 0,
  safetyNetFund: 0,
  hospital: 0,
  patient: 0,
  ...o,
});

describe('programmeTotals', () => {
  it('adds what the schemes paid on settled claims by year, housing by year paid, education and ranger pay', () => {
    const totals = programmeTotals({
      claims: [
        // 1,000.00 bill: basic 600.00 + assistance 300.00 + patient 100.00 → schemes 900.00 (90,000 fen).
        {
          claimId: 'a',
          hospitalId: 'h',
          personId: 'p',
          year: 2019,
          status: 'settled',
          amounts: amounts({ total: 100_000, basicInsurance: 60_000, medicalAssistance: 30_000, patient: 10_000 }),
        },
        // Voided: nothing.
        {
          claimId: 'b',
          hospitalId: 'h',
          personId: 'p',
          year: 2019,
          status: 'voided',
          amounts: amounts({ total: 50_000, basicInsurance: 50_000 }),
        },
        // 2020: hospital 12.34 + safety net 0.66 → 13.00.
        {
          claimId: 'c',
          hospitalId: 'h',
          personId: 'p',
          year: 2020,
          status: 'settled',
          amounts: amounts({ total: 2_000, hospital: 1_234, safetyNetFund: 66, patient: 700 }),
        },
      ],
      housing: {
        caseId: 'HC-x',
        programme: 'R1',
        status: 'paid',
        grade: 'D',
        committed: 4_000_000,
        paid: 4_000_000,
        paidOn: '2019-11-02',
        appliedOn: '2019-01-10',
        photos: [],
      },
      education: [
        {
          studentId: 's',
          paymentId: 'e1',
          type: 'milk-subsidy',
          academicYear: 2019,
          amount: 50_000,
          paidOn: '2019-09-10',
          rule: 'r',
          clause: 'c',
        },
        {
          studentId: 's',
          paymentId: 'e2',
          type: 'hardship-aid',
          academicYear: 2019,
          amount: 25_000,
          paidOn: '2020-03-01',
          rule: 'r',
          clause: 'c',
        },
      ],
      rangerPay: [
        { personId: 'p', month: '2019-11', amount: 26_667 },
        { personId: 'p', month: '2019-12', amount: 26_667 },
      ],
    });
    expect(totals).toEqual([
      { programme: 'medical', year: 2019, amount: 90_000 },
      { programme: 'housing', year: 2019, amount: 4_000_000 },
      { programme: 'education', year: 2019, amount: 50_000 },
      { programme: 'ranger', year: 2019, amount: 53_334 },
      { programme: 'medical', year: 2020, amount: 1_300 },
      { programme: 'education', year: 2020, amount: 25_000 },
    ]);
  });

  it('counts an unpaid housing case as nothing', () => {
    expect(
      programmeTotals({
        claims: [],
        housing: {
          caseId: 'x',
          programme: 'R1',
          status: 'approved',
          grade: 'D',
          committed: 1,
          paid: 0,
          appliedOn: '2019-01-01',
          photos: [],
        },
        education: [],
        rangerPay: [],
      }),
    ).toEqual([]);
  });
});
