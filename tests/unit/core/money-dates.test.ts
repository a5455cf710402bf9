import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysInclusive, isIsoDate, shanghaiDate } from '../../../shared/dates.js';
import { applyBp, hasAtMostTwoDecimals, yuanToFen } from '../../../shared/money.js';

describe('money', () => {
  it.each([
    [12345.67, 1234567],
    [0.1, 10],
    [0.29, 29], // 0.29 * 100 = 28.999999999999996 in floating point
  ])('yuanToFen(%s) = %s fen', (yuan, fen) => {
    expect(yuanToFen(yuan)).toBe(fen);
  });
  it('accepts at most two decimals', () => {
    expect([1, 1.5, 12345.67, 0.29].every(hasAtMostTwoDecimals)).toBe(true);
    expect([1.005, 0.001, Number.NaN, Number.POSITIVE_INFINITY].some(hasAtMostTwoDecimals)).toBe(false);
  });
  it('rounds percentages half up to the fen', () => {
    expect(applyBp(1, 5000)).toBe(1); // 0.5 fen → 1
    expect(applyBp(3, 5000)).toBe(2); // 1.5 fen → 2
    expect(applyBp(1_000_000, 7500)).toBe(750_000);
  });
});

describe('dates', () => {
  it('counts both the first and the last day', () => {
    expect(daysInclusive('2019-03-01', '2019-03-05')).toBe(5);
    expect(daysInclusive('2019-02-27', '2019-03-02')).toBe(4);
  });
  it('validates calendar dates', () => {
    expect(isIsoDate('2019-02-29')).toBe(false);
    expect(isIsoDate('2020-02-29')).toBe(true);
    expect(isIsoDate('2019-2-1')).toBe(false);
    expect(isIsoDate('1900-02-29')).toBe(false); // a century, not a leap year
    expect(isIsoDate('2000-02-29')).toBe(true); // every 400 years it is
    expect(isIsoDate('2019-04-31')).toBe(false);
    expect(isIsoDate('2019-12-31')).toBe(true);
    expect(isIsoDate('2019-00-10')).toBe(false);
    expect(isIsoDate('2019-13-01')).toBe(false);
    expect(isIsoDate('2019-01-00')).toBe(false);
  });
  it('agrees with the calendar of Date on every string of the YYYY-MM-DD shape', () => {
    const d2 = fc.integer({ min: 0, max: 99 }).map((n) => String(n).padStart(2, '0'));
    const viaDate = (v: string) => {
      const [y, m, d] = v.split('-').map(Number) as [number, number, number];
      return new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10) === v;
    };
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 9999 }), d2, d2, (y, m, d) => {
        const v = `${String(y).padStart(4, '0')}-${m}-${d}`;
        expect(isIsoDate(v), v).toBe(viaDate(v));
      }),
      { numRuns: 20_000 },
    );
    // Every day of a leap and a common year, and the days around them.
    for (const year of [2019, 2020])
      for (let t = Date.UTC(year, 0, 1); t < Date.UTC(year + 1, 0, 1); t += 86_400_000)
        expect(isIsoDate(new Date(t).toISOString().slice(0, 10))).toBe(true);
  });
  it('finds the Shanghai date of an instant (UTC+8)', () => {
    expect(shanghaiDate(new Date('2019-06-14T16:00:00Z'))).toBe('2019-06-15');
    expect(shanghaiDate(new Date('2019-06-14T15:59:59Z'))).toBe('2019-06-14');
    expect(addDays('2019-03-01', -1)).toBe('2019-02-28');
  });
});
