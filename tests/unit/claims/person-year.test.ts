import { describe, expect, it } from 'vitest';
import { emptyPersonYear, personYearFigures } from '../../../shared/claims/engine/person-year.js';
import { reverse } from '../../../shared/claims/engine/void.js';
import { ValidationError } from '../../../shared/errors.js';
import { fen, H, poor, settleAll } from './fixtures.js';

/** The person's year (docs/rules.md §3.3) and voids (docs/rules.md §3.4). */
describe('the person’s year', () => {
  const { results, year } = settleAll(
    poor,
    [
      [H.clinic, { total: 3000 }],
      [H.hlbeSecond, { total: 20_000 }],
      [H.peoples, { total: 50_000, majorDisease: 'gastric-cancer' }],
      [
        H.clinic,
        { kind: 'chronic-outpatient', chronicDisease: 'diabetes', deliveries: 1, total: 100, on: '2019-03-05' },
      ],
      [
        H.clinic,
        { kind: 'chronic-outpatient', chronicDisease: 'diabetes', deliveries: 1, total: 100, on: '2019-03-20' },
      ],
    ],
    [{ disease: 'diabetes', certifiedBy: 'insurance-bureau', from: '2019-01-01' }],
  );

  it('counts admissions by level and knows the highest level visited', () => {
    expect(year.admissions.township).toEqual({ count: 1, withTilt: 1, withoutTilt: 0 });
    expect(year.admissions.prefecture.count).toBe(1);
    expect(year.highestLevel).toBe('prefecture');
  });

  it('keeps deliveries by month and the fees paid', () => {
    expect(year.deliveries).toEqual({ byMonth: { '2019-03': 2 }, feesByMonth: { '2019-03': 1 } });
  });

  it('keeps the major-disease self-pay and the general admissions for reconciliation', () => {
    // in-policy self-pay before: 345 + 6,210 = 6,555; the claim adds 10,120 → B(16,675) − B(6,555) = 6,288.75;
    // 10% of 50,000 is more than the self-pay without top-up, so the patient pays that self-pay
    expect(year.majorDiseaseSelfPay).toBe(fen(50_000 - 39_880 - (16_675 - 7000) * 0.65));
    expect(year.general.admissions.map((g) => g.level)).toEqual(['township', 'prefecture']);
  });

  it('shows the year-to-date figures in yuan', () => {
    expect(personYearFigures(year)).toMatchObject({
      year: 2019,
      highestLevel: 'prefecture',
      majorDiseaseSelfPay: 3831.25,
      deliveriesByMonth: { '2019-03': 2 },
    });
  });

  it('voiding the prefecture admission lowers the highest level again', () => {
    const after = reverse(year, results[1]!.settlement.yearDelta);
    expect(after.highestLevel).toBe('county');
    expect(after.general.admissions.map((g) => g.level)).toEqual(['township']);
  });

  it('voiding the delivery that had the fee frees the month’s fee for the next delivery', () => {
    const after = reverse(year, results[3]!.settlement.yearDelta);
    expect(after.deliveries).toEqual({ byMonth: { '2019-03': 1 }, feesByMonth: {} });
  });

  it('refuses to reverse a delta the year never got', () => {
    const delta = results[1]!.settlement.yearDelta;
    expect(() => reverse(emptyPersonYear(poor.personId, 2019), delta)).toThrow(ValidationError);
    expect(() => reverse(reverse(year, delta), delta)).toThrow(expect.objectContaining({ code: 'invalid-reversal' }));
  });
});
