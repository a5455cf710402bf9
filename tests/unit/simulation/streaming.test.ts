import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/index.js';
import { SHIPPED_HOSPITALS } from '../../../shared/reference/hospitals.js';
import {
  HEALTH_VARIANT_RULES,
  HealthYearSimulation,
  type LedgerClaim,
  simulateHealthYear,
} from '../../../shared/simulation/health.js';
import { applyVariant } from '../../../shared/simulation/variant.js';
import { syntheticLedger } from '../../support/synthetic-ledger.js';

/**
 * The job settles each month as it is read (shared/simulation/run.ts): the result must not depend on how the year
 * is cut — whole months, persons in any slices and any order within a month — nor on what the ledger holds that
 * the re-settlement cannot explain (edited amounts, posting out of order, a missing person or hospital).
 */
const hospitals = new Map(SHIPPED_HOSPITALS.map((h) => [h.hospitalId, h]));
const variant = applyVariant(
  [ZHALANTUN_2019],
  { 'targets.selfPayCap.county': 3000, 'topUp.shareOfRemainder.commercialInsurance': 40 },
  HEALTH_VARIANT_RULES,
).policies;

function ledgerWithFaults(seed: number) {
  const ledger = syntheticLedger({ claims: 400, claimsPerPerson: 4, seed });
  const claims = ledger.claims.map((c) => structuredClone(c));
  const at = (i: number) => claims[i % claims.length] as LedgerClaim;
  at(3).settlement.amounts.patient += 100; // an edited item
  at(11).yearVersion = 0; // posted out of discharge order
  at(29).hospitalId = 'no-such-hospital';
  const persons = new Map(ledger.persons.map((p) => [p.personId, p]));
  persons.delete(at(57).personId);
  return { claims, persons, certifications: ledger.certifications };
}

const monthOf = (c: LedgerClaim) => c.settlement.serviceDate.slice(0, 7);

describe('HealthYearSimulation: fed month by month in slices, the same as the whole year', () => {
  it('any cut of each month into person slices, in any order, gives the whole-year result', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 1, max: 2 ** 30 }), (seed, shuffleSeed) => {
        const { claims, persons, certifications } = ledgerWithFaults(seed);
        const setup = { year: 2019, persons, hospitals, baseline: [ZHALANTUN_2019], variant };
        const whole = simulateHealthYear({ ...setup, claims, certifications });
        expect(whole.inconsistencies.length).toBeGreaterThan(0);

        const simulation = new HealthYearSimulation(setup);
        let r = shuffleSeed;
        const random = () => {
          r = (Math.imul(r, 1103515245) + 12345) >>> 0;
          return r / 2 ** 32;
        };
        for (const month of [...new Set(claims.map(monthOf))].sort()) {
          const byPerson = new Map<string, LedgerClaim[]>();
          for (const c of claims.filter((x) => monthOf(x) === month).sort(() => random() - 0.5))
            byPerson.set(c.personId, [...(byPerson.get(c.personId) ?? []), c]);
          const groups = [...byPerson.values()].sort(() => random() - 0.5);
          while (groups.length > 0)
            simulation.add(groups.splice(0, 1 + Math.floor(random() * 5)).flat(), certifications);
        }
        expect(simulation.finish()).toEqual(whole);
      }),
      { numRuns: 15 },
    );
  });

  it('refuses a person’s claim of a month before one already added (the result would depend on the reading order)', () => {
    const { claims, persons, certifications } = ledgerWithFaults(5);
    const simulation = new HealthYearSimulation({ year: 2019, persons, hospitals, baseline: [ZHALANTUN_2019] });
    const settled = claims.filter((c) => c.status === 'settled');
    const person = settled.find((c) => settled.some((d) => d.personId === c.personId && monthOf(d) > monthOf(c)));
    if (!person) throw new Error('the synthetic ledger has nobody with claims in two months');
    const mine = settled
      .filter((c) => c.personId === person.personId)
      .sort((a, b) => monthOf(b).localeCompare(monthOf(a)));
    simulation.add([mine[0] as LedgerClaim], certifications);
    expect(() => simulation.add([mine.at(-1) as LedgerClaim], certifications)).toThrow(/added after/);
  });
});
