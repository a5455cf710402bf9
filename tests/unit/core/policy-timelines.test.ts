import { describe, expect, it } from 'vitest';
import { POLICY_DOCUMENTS, policyDescription } from '../../../shared/app/policy-description.js';
import { claimPolicies } from '../../../shared/claims/policy/index.js';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/zhalantun-2019.js';
import { ECOLOGY_2019, ECOLOGY_POLICIES } from '../../../shared/ecology/policy.js';
import { EDUCATION_POLICIES } from '../../../shared/education/policy.js';
import { HOUSING_POLICIES } from '../../../shared/housing/policy.js';
import {
  parameterLeaves,
  parameterOn,
  policyInForce,
  resolveOn,
  timelineOf,
  timelineProblems,
  type Parameter,
  type PolicyDocument,
} from '../../../shared/policy/parameter.js';
import { applyVariant } from '../../../shared/simulation/variant.js';

/**
 * Policy values with their own dates (docs/rules.md §2.1): a parameter's value is a timeline, the document's
 * starting value then dated changes, each with its citation; a lookup by date takes the value in force. The
 * lint part runs over every document the platform ships.
 */
const withChanges = <T>(p: Parameter<T>, changes: Parameter<T>['changes']): Parameter<T> => ({ ...p, changes });

describe('the lint over every shipped policy document', () => {
  it.each(POLICY_DOCUMENTS.map((d) => [d.id, d] as [string, PolicyDocument<unknown>]))(
    '%s: dated values strictly increase inside the document, each with a citation and a value of its kind',
    (_id, doc) => {
      expect(timelineProblems(doc)).toEqual([]);
      for (const [path, leaf] of parameterLeaves(doc.parameters))
        for (const c of leaf.changes ?? []) {
          expect(typeof c.value, path).toBe(typeof leaf.value);
          if (leaf.unit === 'fen' || leaf.unit === 'bp' || leaf.unit === 'count' || leaf.unit === 'days')
            expect(Number.isSafeInteger(c.value) && (c.value as number) >= 0, path).toBe(true);
          if (leaf.unit === 'bp') expect(c.value as number, path).toBeLessThanOrEqual(10_000);
        }
    },
  );

  it.each([
    ['claims', claimPolicies],
    ['housing', HOUSING_POLICIES],
    ['education', EDUCATION_POLICIES],
    ['ecology', ECOLOGY_POLICIES],
  ] as [string, readonly PolicyDocument<unknown>[]][])(
    '%s versions are in date order and never overlap',
    (_n, docs) => {
      for (const d of docs) expect(d.effectiveFrom <= d.effectiveTo).toBe(true);
      for (let i = 1; i < docs.length; i += 1) expect(docs[i - 1]!.effectiveTo < docs[i]!.effectiveFrom).toBe(true);
    },
  );

  it('catches each way a timeline can be wrong', () => {
    const base = ZHALANTUN_2019.parameters.basicInpatient.deductible.county;
    const doc = (changes: Parameter['changes']): PolicyDocument<unknown> => ({
      ...ZHALANTUN_2019,
      parameters: { deductible: withChanges(base, changes) },
    });
    const ok = { from: '2019-07-01', value: 40_000, citation: 'notice 1' };
    expect(timelineProblems(doc([ok, { from: '2019-10-01', value: 50_000, citation: 'notice 2' }]))).toEqual([]);
    const problems = (changes: Parameter['changes']) => timelineProblems(doc(changes)).join('\n');
    expect(problems([ok, { ...ok, citation: 'same day' }])).toMatch(
      /changes\[1\]: from 2019-07-01 is not after 2019-07-01/,
    );
    expect(problems([{ ...ok, from: '2019-09-01' }, ok])).toMatch(
      /changes\[1\]: from 2019-07-01 is not after 2019-09-01/,
    );
    expect(problems([{ ...ok, from: '2019-01-01' }])).toMatch(/is not after 2019-01-01/);
    expect(problems([{ ...ok, from: '2020-01-01' }])).toMatch(/after the document's last day 2019-12-31/);
    expect(problems([{ ...ok, citation: ' ' }])).toMatch(/changes\[0\]: no citation/);
    expect(problems([{ ...ok, from: '2019-13-01' }])).toMatch(/is not a date/);
    expect(problems([{ ...ok, citation: '' }])).toContain('deductible changes[0]');
  });
});

describe('the value in force on a date', () => {
  const p = withChanges(ZHALANTUN_2019.parameters.basicInpatient.deductible.county, [
    { from: '2019-07-01', value: 40_000, citation: 'notice A' },
    { from: '2019-10-01', value: 50_000, citation: 'notice B', label: 'decision' },
  ]);

  it.each([
    ['2019-01-01', 30_000, 'local default: docs/rules.md §2.3', 'proxy'],
    ['2019-06-30', 30_000, 'local default: docs/rules.md §2.3', 'proxy'],
    ['2019-07-01', 40_000, 'notice A', 'proxy'],
    ['2019-09-30', 40_000, 'notice A', 'proxy'],
    ['2019-10-01', 50_000, 'notice B', 'decision'],
    ['2019-12-31', 50_000, 'notice B', 'decision'],
  ])('on %s it is %i fen, cited %s, labelled %s', (date, value, citation, label) => {
    expect(parameterOn(p, date)).toEqual({
      value,
      unit: 'fen',
      description: p.description,
      citation,
      label,
    });
  });

  it('lists the whole timeline, the starting value first', () => {
    expect(timelineOf(p, '2019-01-01').map((v) => [v.from, v.value])).toEqual([
      ['2019-01-01', 30_000],
      ['2019-07-01', 40_000],
      ['2019-10-01', 50_000],
    ]);
  });

  it('resolves a whole document for a date, never changing it; a document without timelines is returned as is', () => {
    const doc = structuredClone(ZHALANTUN_2019);
    doc.parameters.basicInpatient.deductible.county = p;
    const before = structuredClone(doc);
    const july = resolveOn(doc, '2019-07-15');
    expect(july.asOf).toBe('2019-07-15');
    expect(july.parameters.basicInpatient.deductible.county).toMatchObject({ value: 40_000, citation: 'notice A' });
    expect(july.parameters.basicInpatient.deductible.county.changes).toBeUndefined();
    expect(july.parameters.basicInpatient.deductible.township).toEqual(
      doc.parameters.basicInpatient.deductible.township,
    );
    expect(doc).toEqual(before);
    expect(policyInForce([doc], '2019-11-02')?.parameters.basicInpatient.deductible.county.value).toBe(50_000);
    expect(policyInForce([doc], '2020-01-01')).toBeUndefined();
    expect(resolveOn(ECOLOGY_2019, '2019-07-01')).toBe(ECOLOGY_2019);
  });

  it('shows each dated change as a row of its own in the policy description', () => {
    const doc = structuredClone(ZHALANTUN_2019);
    doc.parameters.basicInpatient.deductible.county = p;
    const text = policyDescription([doc]);
    expect(text).toContain('| basicInpatient.deductible.county | 300 yuan | proxy |');
    expect(text).toContain('| basicInpatient.deductible.county from 2019-07-01 | 400 yuan | proxy | notice A |');
    expect(text).toContain('| basicInpatient.deductible.county from 2019-10-01 | 500 yuan | decision | notice B |');
  });

  it("a what-if override replaces the parameter's timeline for the simulated year", () => {
    const doc = structuredClone(ZHALANTUN_2019);
    doc.parameters.basicInpatient.deductible.county = p;
    const { policies } = applyVariant(
      [doc],
      { 'basicInpatient.deductible.county': 350 },
      {
        excludedPrefixes: [],
        nullable: [],
        checks: [],
      },
    );
    const leaf = policies[0]!.parameters.basicInpatient.deductible.county;
    expect(leaf.value).toBe(35_000);
    expect(leaf.changes).toBeUndefined();
    expect(resolveOn(policies[0]!, '2019-11-01').parameters.basicInpatient.deductible.county.value).toBe(35_000);
    // The baseline keeps its timeline.
    expect(doc.parameters.basicInpatient.deductible.county.changes).toHaveLength(2);
  });
});
