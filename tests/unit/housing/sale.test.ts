import { describe, expect, it } from 'vitest';
import { applyEvent } from '../../../shared/housing/apply.js';
import { caseView, eventView } from '../../../shared/housing/view.js';
import { ALL_PHOTOS, callers, driveTo, newCase } from './fixtures.js';

const sale = (on: string) => ({ type: 'sale' as const, on, evidence: '买卖合同及村委会收款凭证' });

describe('item 18: a government-backed house sold returns the backing money [R1 四.(二).2, R2 八.(二)]', () => {
  const paid = driveTo(newCase({ grade: 'D', mode: 'government-backed', plannedArea: 40 }), 'paid').case;
  const accepted = paid.finalAcceptance!.on;
  const fiveYears = `${Number(accepted.slice(0, 4)) + 5}${accepted.slice(4)}`;

  it('sold after five years: 45,232 − 25,232 = 20,000 due back, not early; the case stays paid', () => {
    const r = applyEvent(paid, sale(fiveYears), callers.township, ALL_PHOTOS);
    expect(r.case.status).toBe('paid');
    expect(r.case.sale).toMatchObject({ on: fiveYears, amountDue: 2_000_000, fiveYearsFrom: fiveYears, early: false });
    expect(r.event).toMatchObject({ type: 'sale', statusBefore: 'paid', statusAfter: 'paid' });
    // At the HTTP boundary money is yuan: 2,000,000 fen = 20,000.00.
    expect(caseView(r.case).sale).toMatchObject({ amountDue: 20_000 });
    expect(eventView(r.event).data).toMatchObject({ amountDue: 20_000, early: false });
    expect(() =>
      applyEvent(r.case, sale(`${Number(fiveYears.slice(0, 4)) + 1}-01-01`), callers.township, ALL_PHOTOS),
    ).toThrow(/sold/);
  });

  it('sold the day before five years: still 20,000 due back, recorded as early', () => {
    const dayBefore = new Date(Date.parse(`${fiveYears}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    expect(applyEvent(paid, sale(dayBefore), callers.township, ALL_PHOTOS).case.sale).toMatchObject({
      amountDue: 2_000_000,
      early: true,
    });
  });

  it('a self-built house is not a government-backed house: refused', () => {
    const selfBuilt = driveTo(newCase({ grade: 'D', mode: 'self-build' }), 'paid').case;
    expect(() => applyEvent(selfBuilt, sale('2025-01-01'), callers.township, ALL_PHOTOS)).toThrow(/government-backed/);
  });

  it('only the township records a sale, and only on a paid case (an open government-backed case is refused)', () => {
    expect(() => applyEvent(paid, sale(fiveYears), callers.housingOffice, ALL_PHOTOS)).toThrow(/township/);
    const accepted = driveTo(newCase({ grade: 'D', mode: 'government-backed', plannedArea: 40 }), 'final-accepted');
    expect(() => applyEvent(accepted.case, sale('2025-01-01'), callers.township, ALL_PHOTOS)).toThrow(/paid/);
  });

  it('accepted on 29 February 2020: the five years end on 1 March 2025 (no 29 February then)', () => {
    const leap = { ...paid, finalAcceptance: { builtArea: 40, on: '2020-02-29' }, lastEventOn: '2020-03-10' };
    const r = applyEvent(leap, sale('2025-02-28'), callers.township, ALL_PHOTOS);
    expect(r.case.sale).toMatchObject({ fiveYearsFrom: '2025-03-01', early: true, amountDue: 2_000_000 });
    expect(applyEvent(leap, sale('2025-03-01'), callers.township, ALL_PHOTOS).case.sale?.early).toBe(false);
  });
});
