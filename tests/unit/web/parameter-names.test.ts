import { describe, expect, it } from 'vitest';
import { claimPolicies } from '../../../shared/claims/policy/index.js';
import { EDUCATION_POLICIES } from '../../../shared/education/policy.js';
import { HOUSING_POLICIES } from '../../../shared/housing/policy.js';
import { EDUCATION_VARIANT_RULES } from '../../../shared/simulation/education.js';
import { HEALTH_VARIANT_RULES } from '../../../shared/simulation/health.js';
import { HOUSING_VARIANT_RULES } from '../../../shared/simulation/housing.js';
import { overridableParameters, type VariantRules } from '../../../shared/simulation/variant.js';
import type { PolicyDocument } from '../../../shared/policy/parameter.js';
import { PARAMETER_NAMES } from '../../../web/src/i18n/parameters.js';

/** The what-if page lists parameters by Chinese name: every parameter a variant may change has one. */
describe('console: Chinese parameter names', () => {
  const all: [readonly PolicyDocument<unknown>[], VariantRules][] = [
    [claimPolicies as readonly PolicyDocument<unknown>[], HEALTH_VARIANT_RULES],
    [HOUSING_POLICIES as readonly PolicyDocument<unknown>[], HOUSING_VARIANT_RULES],
    [EDUCATION_POLICIES as readonly PolicyDocument<unknown>[], EDUCATION_VARIANT_RULES],
  ];
  const names = all.flatMap(([docs, rules]) => docs.flatMap((d) => [...overridableParameters(d, rules).keys()]));

  it('names every overridable parameter in Chinese, and names nothing that is not one', () => {
    expect(names.length).toBeGreaterThan(70);
    expect(names.filter((n) => !/[\u4e00-\u9fff]/.test(PARAMETER_NAMES[n] ?? ''))).toEqual([]);
    expect(Object.keys(PARAMETER_NAMES).filter((n) => !names.includes(n))).toEqual([]);
  });

  it('gives two parameters the same name nowhere', () => {
    const seen = Object.values(PARAMETER_NAMES);
    expect(seen.filter((v, i) => seen.indexOf(v) !== i)).toEqual([]);
  });
});
