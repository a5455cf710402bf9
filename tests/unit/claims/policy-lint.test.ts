import { describe, expect, it } from 'vitest';
import { claimPolicies, claimPolicyOn } from '../../../shared/claims/policy/index.js';
import type { ClaimPolicy } from '../../../shared/claims/policy/parameters.js';
import { isIsoDate } from '../../../shared/dates.js';
import {
  parameterLeaves,
  type Parameter,
  type ParameterUnit,
  type SourceLabel,
} from '../../../shared/policy/parameter.js';

/** docs/rules.md §2.1: every number is a cited, labelled parameter with a known unit; versions are dated and disjoint. */
const UNITS: readonly ParameterUnit[] = ['fen', 'bp', 'days', 'm2', 'count', 'date', 'code', 'flag'];
const LABELS: readonly SourceLabel[] = ['plan', 'national 2019', 'IM proxy', 'proxy', 'decision'];

/** Every primitive in the parameters must sit inside a Parameter leaf (no bare numbers). */
function barePrimitives(value: unknown, path = ''): string[] {
  if (value === null || typeof value !== 'object') return [path];
  if (Array.isArray(value)) return [path];
  const rec = value as Record<string, unknown>;
  if ('value' in rec && 'unit' in rec && 'citation' in rec) return [];
  return Object.entries(rec).flatMap(([k, v]) => barePrimitives(v, path ? `${path}.${k}` : k));
}

function valueFits(p: Parameter<unknown>): boolean {
  const v = p.value;
  switch (p.unit) {
    case 'fen':
      return v === null || (Number.isSafeInteger(v) && (v as number) >= 0);
    case 'bp':
      return Number.isInteger(v) && (v as number) >= 0 && (v as number) <= 10_000;
    case 'count':
    case 'days':
      return Number.isInteger(v) && (v as number) >= 0;
    case 'date':
      return typeof v === 'string' && isIsoDate(v);
    case 'flag':
      return typeof v === 'boolean';
    case 'code':
      return typeof v === 'string' || (Array.isArray(v) && v.length > 0);
    default:
      return typeof v === 'number';
  }
}

describe.each(claimPolicies.map((p) => [p.id, p] as [string, ClaimPolicy]))('policy %s', (_id, policy) => {
  const leaves = [...parameterLeaves(policy.parameters)];

  it('has effective dates in order', () => {
    expect(isIsoDate(policy.effectiveFrom) && isIsoDate(policy.effectiveTo)).toBe(true);
    expect(policy.effectiveFrom <= policy.effectiveTo).toBe(true);
  });

  it('holds no number outside a parameter', () => {
    expect(barePrimitives(policy.parameters)).toEqual([]);
  });

  it.each(leaves.map(([path, p]) => [path, p] as [string, Parameter<unknown>]))(
    '%s has a citation, a known unit and label, a description and a fitting value',
    (_path, p) => {
      expect(p.citation.trim().length).toBeGreaterThan(0);
      expect(UNITS).toContain(p.unit);
      expect(LABELS).toContain(p.label);
      expect(p.description.trim().length).toBeGreaterThan(0);
      expect(valueFits(p)).toBe(true);
    },
  );

  it('orders the top-up payers, each with a share, and the target rules, each once', () => {
    const t = policy.parameters.topUp;
    expect([...t.order.value].sort()).toEqual(Object.keys(t.shareOfRemainder).sort());
    expect([...policy.parameters.targets.order.value].sort()).toEqual([
      'cataract-programme',
      'critical-illness',
      'major-disease',
      'self-pay-cap',
    ]);
  });

  it('splits each chronic certifier’s in-catalogue cost exactly', () => {
    for (const s of Object.values(policy.parameters.chronic.shares)) {
      expect(s.basicInsurance.value + s.safetyNetFund.value + s.patient.value).toBe(10_000);
    }
  });

  it('has a cataract programme window in order', () => {
    const c = policy.parameters.cataract;
    expect(c.programmeFrom.value <= c.programmeTo.value).toBe(true);
  });
});

describe('policy versions', () => {
  it('are sorted and do not overlap', () => {
    for (let i = 1; i < claimPolicies.length; i += 1) {
      expect(claimPolicies[i - 1]!.effectiveTo < claimPolicies[i]!.effectiveFrom).toBe(true);
    }
    expect(new Set(claimPolicies.map((p) => p.id)).size).toBe(claimPolicies.length);
  });

  it.each([
    ['2018-12-31', undefined],
    ['2019-01-01', 'zhalantun-2019'],
    ['2019-12-31', 'zhalantun-2019'],
    ['2020-01-01', undefined],
  ])('on %s the policy in force is %s', (date, id) => {
    expect(claimPolicyOn(date)?.id).toBe(id);
  });

  it('a new version is picked by date without any code change', () => {
    const base = claimPolicies[0]!;
    const next: ClaimPolicy = { ...base, id: 'zhalantun-2020', effectiveFrom: '2020-01-01', effectiveTo: '2020-12-31' };
    expect(claimPolicyOn('2020-06-01', [...claimPolicies, next])?.id).toBe('zhalantun-2020');
    expect(claimPolicyOn('2019-06-01', [...claimPolicies, next])?.id).toBe('zhalantun-2019');
  });
});
