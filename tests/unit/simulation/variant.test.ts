import { describe, expect, it } from 'vitest';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/index.js';
import { ValidationError } from '../../../shared/errors.js';
import { HEALTH_VARIANT_RULES } from '../../../shared/simulation/health.js';
import { applyVariant, overridableParameters } from '../../../shared/simulation/variant.js';

const apply = (overrides: Record<string, number | null>) =>
  applyVariant([ZHALANTUN_2019], overrides, HEALTH_VARIANT_RULES);

function problems(overrides: Record<string, number | null>) {
  try {
    apply(overrides);
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return (error as ValidationError).details;
  }
  throw new Error('expected a ValidationError');
}

describe('policy variants', () => {
  it('converts boundary units (yuan, percent, count) to the parameter units and keeps the shipped version intact', () => {
    const { policies, applied } = apply({
      'targets.selfPayCap.county': 3000,
      'topUp.shareOfRemainder.commercialInsurance': 40,
      'criticalIllness.threshold': 10_000.5,
      'chronic.feesPerMonth': 2,
      'criticalIllness.yearlyMaximum': null,
    });
    const p = policies[0]!.parameters;
    expect(p.targets.selfPayCap.county.value).toBe(300_000);
    expect(p.topUp.shareOfRemainder.commercialInsurance.value).toBe(4000);
    expect(p.criticalIllness.threshold.value).toBe(1_000_050);
    expect(p.chronic.feesPerMonth.value).toBe(2);
    expect(p.criticalIllness.yearlyMaximum.value).toBeNull();
    expect(ZHALANTUN_2019.parameters.targets.selfPayCap.county.value).toBe(200_000);
    expect(applied.map((a) => [a.name, a.from, a.to])).toEqual([
      ['chronic.feesPerMonth', 1, 2],
      ['criticalIllness.threshold', 1_400_000, 1_000_050],
      ['criticalIllness.yearlyMaximum', 30_000_000, null],
      ['targets.selfPayCap.county', 200_000, 300_000],
      ['topUp.shareOfRemainder.commercialInsurance', 5000, 4000],
    ]);
  });

  it('an empty variant changes nothing', () => {
    const { policies, applied } = apply({});
    expect(applied).toEqual([]);
    expect(policies[0]).toEqual(ZHALANTUN_2019);
  });

  it('offers only numeric settlement parameters: no codes, dates, contributions or reconciliation', () => {
    const names = [...overridableParameters(ZHALANTUN_2019, HEALTH_VARIANT_RULES).keys()];
    expect(names).toContain('targets.selfPayCap.county');
    expect(names).toContain('basicInpatient.yearlyMaximum');
    expect(names.some((n) => n.startsWith('contribution.') || n.startsWith('reconciliation.'))).toBe(false);
    expect(names).not.toContain('topUp.order');
    expect(names).not.toContain('cataract.programmeTo');
  });

  it.each([
    ['targets.selfPayCap.moon', 1, 'unknown-parameter'],
    ['topUp.order', 1, 'unknown-parameter'],
    ['contribution.adult', 300, 'unknown-parameter'],
  ])('refuses %s as not overridable', (name, value, code) => {
    expect(problems({ [name]: value })[0]).toMatchObject({ path: `body.variant.overrides.${name}`, code });
  });

  it.each([
    ['topUp.shareOfRemainder.commercialInsurance', 100.5, 'from 0 to 100'],
    ['topUp.shareOfRemainder.commercialInsurance', 40.125, 'two decimals'],
    ['targets.selfPayCap.county', -1, 'negative'],
    ['targets.selfPayCap.county', 10_000_000.01, 'at most'],
    ['targets.selfPayCap.county', null, 'cannot be "none"'],
    ['chronic.feesPerMonth', 1.5, 'whole number'],
  ])('refuses %s = %s (%s)', (name, value, message) => {
    const [p] = problems({ [name]: value });
    expect(p!.path).toBe(`body.variant.overrides.${name}`);
    expect(p!.message).toContain(message);
  });

  it('checks the rules that tie parameters together, naming the override that broke them', () => {
    expect(problems({ 'criticalIllness.segments.second.upTo': 40_000 })[0]).toMatchObject({
      path: 'body.variant.overrides.criticalIllness.segments.second.upTo',
      code: 'inconsistent-parameters',
    });
    expect(problems({ 'basicInpatient.ratio.township': 97 })[0]!.path).toBe(
      'body.variant.overrides.basicInpatient.ratio.township',
    );
    expect(problems({ 'chronic.shares.insurance-bureau.patient': 5 })[0]!.path).toBe(
      'body.variant.overrides.chronic.shares.insurance-bureau.patient',
    );
    // Moving five points from the patient to the fund keeps 100%: allowed.
    const shares = ZHALANTUN_2019.parameters.chronic.shares['insurance-bureau'];
    expect(() =>
      apply({
        'chronic.shares.insurance-bureau.patient': shares.patient.value / 100 - 5,
        'chronic.shares.insurance-bureau.safetyNetFund': shares.safetyNetFund.value / 100 + 5,
      }),
    ).not.toThrow();
  });
});
