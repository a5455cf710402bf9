import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { demoPersons, DEMO_REGION } from '../../../infra/local/seed.js';
import { isValidIdentity } from '../../../shared/identity/gb11643.js';
import { SHIPPED_HOSPITALS } from '../../../shared/reference/hospitals.js';
import { decideEligibility } from '../../../shared/roster/eligibility.js';
import { checkRosterRows } from '../../../shared/roster/load.js';
import type { Person } from '../../../shared/roster/types.js';

const person: Person = {
  personId: '11010519491231002X',
  name: '示例',
  householdId: 'H1',
  township: 'zhonghe',
  village: 'v',
  registeredFrom: '2019-01-01',
  flags: {},
  insuredYears: [2019],
};
const county = SHIPPED_HOSPITALS.find((h) => h.hospitalId === 'zlt-peoples')!;

describe('pay-after-treatment [H 三.(二).5.3), H 四.(四)]', () => {
  it.each([
    ['a registered person at a county hospital', {}, true],
    ['a person not yet registered', { on: '2018-12-31' }, false],
    ['a blacklisted household', { arrears: { flagged: true, reason: 'x' } }, false],
    ['a blacklisted household in an emergency', { arrears: { flagged: true, reason: 'x' }, emergency: true }, true],
    ['a cleared flag', { arrears: { flagged: false, reason: 'paid' } }, true],
    ['a hospital outside the county', { hospital: { ...county, inCounty: false } }, false],
    ['no hospital named', { hospital: undefined }, false],
  ])('%s', (_name, overrides, expected) => {
    const input = {
      person,
      certifications: [],
      arrears: undefined,
      hospital: county,
      on: '2019-05-01',
      emergency: false,
      ...overrides,
    };
    expect(decideEligibility(input).payAfterTreatment).toBe(expected);
  });
});

describe('roster rows', () => {
  it('rejects bad rows by index and keeps the good ones', () => {
    const rows = [
      { personId: '11010519491231002X', name: 'a', householdId: 'h', township: 'zhonghe', village: 'v' },
      { personId: '110105194912310021', name: 'a', householdId: 'h', township: 'zhonghe', village: 'v' },
      { personId: '11010519491231002X', name: 'a', householdId: 'h', township: 'atlantis', village: 'v' },
      {
        personId: '11010519491231002X',
        name: 'a',
        householdId: 'h',
        township: 'zhonghe',
        village: 'v',
        registeredUntil: '2019-01-01',
      },
    ];
    const { good, rejected } = checkRosterRows(rows, 'poverty-office');
    expect(good.map((g) => g.index)).toEqual([0]);
    expect(rejected.map((r) => [r.index, r.error.details[0]?.path])).toEqual([
      [1, 'persons.1.personId'],
      [2, 'persons.2.township'],
      [3, 'persons.3.registeredUntil'],
    ]);
  });

  it.each([
    ['poverty-office', { flags: { minimumLivingAllowance: true } }, 'flags.minimumLivingAllowance'],
    ['civil-affairs', { registeredFrom: '2019-01-01' }, 'registeredFrom'],
    ['disabled-federation', { flags: { stableExit: true } }, 'flags.stableExit'],
  ] as const)('%s may not set %j', (role, extra, path) => {
    const row = {
      personId: '11010519491231002X',
      name: 'a',
      householdId: 'h',
      township: 'zhonghe',
      village: 'v',
      ...extra,
    };
    const { rejected } = checkRosterRows([row], role);
    expect(rejected[0]?.error).toMatchObject({ code: 'field-not-owned', details: [{ path: `persons.0.${path}` }] });
  });
});

describe('synthetic demo data', () => {
  const persons = demoPersons();
  const source = readFileSync(
    resolve(import.meta.dirname, '../../../docs/source/zhalantun-2019-poverty-alleviation-plans.zh.txt'),
    'utf8',
  );

  it('has a few hundred persons with valid identity numbers in the non-existent region 159999', () => {
    expect(persons.length).toBeGreaterThanOrEqual(200);
    expect(persons.every((p) => isValidIdentity(p.personId) && p.personId.startsWith(DEMO_REGION))).toBe(true);
    expect(new Set(persons.map((p) => p.personId)).size).toBe(persons.length);
  });

  it('uses no name that appears in the source plans', () => {
    const names = new Set(persons.map((p) => p.name));
    expect([...names].filter((n) => source.includes(n))).toEqual([]);
  });
});
