import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { emptyPersonYear } from '../../../shared/claims/engine/person-year.js';
import { settle } from '../../../shared/claims/engine/settle.js';
import { reverse } from '../../../shared/claims/engine/void.js';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/zhalantun-2019.js';
import type { ClaimFacts, PersonYear, Settlement } from '../../../shared/claims/types.js';
import type { Hospital } from '../../../shared/reference/types.js';
import type { ChronicCertification, Person } from '../../../shared/roster/types.js';
import { ALL_HOSPITALS, PERSON_ID, person } from './fixtures.js';

/** Invariants of docs/rules.md §3.2–3.4 over random persons, hospitals and claim sequences. */

const PAYERS = [
  'basicInsurance',
  'criticalIllnessInsurance',
  'medicalAssistance',
  'commercialInsurance',
  'safetyNetFund',
  'hospital',
  'patient',
] as const;

const dateArb = fc
  .integer({ min: 0, max: 364 })
  .map((d) => new Date(Date.UTC(2019, 0, 1) + d * 86_400_000).toISOString().slice(0, 10));

const personArb: fc.Arbitrary<Person> = fc
  .record({
    registered: fc.constantFrom('always', 'never', 'from-june', 'until-june'),
    child: fc.boolean(),
    disabled: fc.boolean(),
  })
  .map(({ registered, child, disabled }) =>
    person(
      registered === 'never'
        ? { registeredFrom: undefined }
        : registered === 'from-june'
          ? { registeredFrom: '2019-06-01' }
          : registered === 'until-june'
            ? { registeredFrom: '2018-01-01', registeredUntil: '2019-06-30' }
            : {},
      { sickOrDisabledChild: child, severelyDisabled: disabled },
    ),
  );

const certificationsArb: fc.Arbitrary<ChronicCertification[]> = fc.array(
  fc.record({
    disease: fc.constantFrom('diabetes', 'epilepsy'),
    certifiedBy: fc.constantFrom('insurance-bureau' as const, 'health-commission' as const),
    from: dateArb,
  }),
  { maxLength: 2 },
);

/** Costs up to 400,000 yuan, skewed to everyday bills, split into the four slices. */
const costsArb = fc
  .record({
    total: fc.oneof(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 40_000_000 })),
    ooc: fc.integer({ min: 0, max: 3000 }),
    pe: fc.integer({ min: 0, max: 1000 }),
    he: fc.integer({ min: 0, max: 1000 }),
  })
  .map(({ total, ooc, pe, he }) => {
    const outOfCatalogue = Math.floor((total * ooc) / 10_000);
    const patientExcess = Math.floor(((total - outOfCatalogue) * pe) / 10_000);
    const hospitalExcess = Math.floor(((total - outOfCatalogue - patientExcess) * he) / 10_000);
    return { total, outOfCatalogue, patientExcess, hospitalExcess };
  });

const claimArb = (index: number): fc.Arbitrary<[ClaimFacts, Hospital]> =>
  fc
    .record({
      hospital: fc.constantFrom(...ALL_HOSPITALS),
      kind: fc.constantFrom(
        'inpatient' as const,
        'inpatient' as const,
        'outpatient' as const,
        'chronic-outpatient' as const,
      ),
      on: dateArb,
      costs: costsArb,
      majorDisease: fc.option(fc.constantFrom('gastric-cancer', 'lung-cancer', 'cataract'), { nil: null }),
      cataractEyes: fc.option(fc.constantFrom(1 as const, 2 as const), { nil: null }),
      chronicDisease: fc.constantFrom('diabetes', 'epilepsy'),
      registered: fc.boolean(),
      emergency: fc.boolean(),
      delivery: fc.boolean(),
    })
    .map((r) => {
      const inpatient = r.kind === 'inpatient';
      const facts: ClaimFacts = {
        claimId: `P-${index}`,
        hospitalId: r.hospital.hospitalId,
        personId: PERSON_ID,
        kind: r.kind,
        ...(inpatient ? { admittedOn: r.on, dischargedOn: r.on } : { servedOn: r.on }),
        diagnosis: {
          majorDisease: inpatient ? r.majorDisease : null,
          cataractEyes: inpatient ? r.cataractEyes : null,
          chronicDisease: r.kind === 'chronic-outpatient' ? r.chronicDisease : null,
        },
        referral: { registered: r.registered, emergency: r.emergency },
        costs: r.costs,
        deliveries: r.kind === 'chronic-outpatient' && r.delivery ? 1 : 0,
      };
      return [facts, r.hospital];
    });

const sequenceArb = fc
  .integer({ min: 1, max: 10 })
  .chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => claimArb(i))));

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

function settleSequence(
  who: Person,
  claims: [ClaimFacts, Hospital][],
  certifications: ChronicCertification[],
  freeze = false,
) {
  let year: PersonYear = emptyPersonYear(who.personId, 2019);
  const settlements: Settlement[] = [];
  const years: PersonYear[] = [];
  for (const [facts, hospital] of claims) {
    if (freeze) deepFreeze(year);
    const { settlement, nextPersonYear } = settle(facts, year, who, hospital, ZHALANTUN_2019, certifications);
    settlements.push(settlement);
    year = nextPersonYear;
    years.push(year);
  }
  return { settlements, years, year };
}

const RUNS = { numRuns: 400 };

describe('settlement invariants (fast-check)', () => {
  it('the seven parts always add up to the total, to the fen, and none is negative', () => {
    fc.assert(
      fc.property(personArb, sequenceArb, certificationsArb, (who, claims, certs) => {
        for (const s of settleSequence(who, claims, certs).settlements) {
          const a = s.amounts;
          expect(PAYERS.reduce((sum, p) => sum + a[p], 0)).toBe(a.total);
          for (const p of [...PAYERS, 'financeDeliveryFee' as const, 'compliant' as const]) {
            expect(Number.isSafeInteger(a[p]) && a[p] >= 0).toBe(true);
          }
        }
      }),
      RUNS,
    );
  });

  it('each payer’s steps add up to its part, so the bill explains every fen', () => {
    fc.assert(
      fc.property(personArb, sequenceArb, certificationsArb, (who, claims, certs) => {
        for (const s of settleSequence(who, claims, certs).settlements) {
          for (const p of [...PAYERS, 'financeDeliveryFee' as const]) {
            const fromSteps = s.steps.filter((x) => x.payer === p).reduce((sum, x) => sum + x.amount, 0);
            expect(fromSteps).toBe(s.amounts[p]);
          }
          for (const step of s.steps) expect(step.clause.length).toBeGreaterThan(0);
        }
      }),
      RUNS,
    );
  });

  it('the patient never pays more than the self-pay without the top-up', () => {
    fc.assert(
      fc.property(personArb, sequenceArb, certificationsArb, (who, claims, certs) => {
        for (const s of settleSequence(who, claims, certs).settlements) {
          const a = s.amounts;
          expect(a.patient).toBeLessThanOrEqual(a.total - a.hospital - a.basicInsurance - a.criticalIllnessInsurance);
        }
      }),
      RUNS,
    );
  });

  it('the yearly major-disease self-pay never passes 5,000, whatever the sequence', () => {
    const ceiling = ZHALANTUN_2019.parameters.targets.majorDiseaseYearlySelfPayCeiling.value;
    const majorHeavy = fc.array(
      fc.record({
        total: fc.integer({ min: 0, max: 20_000_000 }),
        hospital: fc.constantFrom(...ALL_HOSPITALS.filter((h) => h.majorDiseaseDesignated)),
        on: dateArb,
      }),
      { minLength: 1, maxLength: 12 },
    );
    fc.assert(
      fc.property(majorHeavy, (bills) => {
        const who = person();
        const claims = bills.map(({ total, hospital, on }, i): [ClaimFacts, Hospital] => [
          {
            claimId: `M-${i}`,
            hospitalId: hospital.hospitalId,
            personId: PERSON_ID,
            kind: 'inpatient',
            admittedOn: on,
            dischargedOn: on,
            diagnosis: { majorDisease: 'lung-cancer' },
            referral: { registered: false, emergency: false },
            costs: { total, outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
            deliveries: 0,
          },
          hospital,
        ]);
        const { settlements, years } = settleSequence(who, claims, []);
        for (const y of years) expect(y.majorDiseaseSelfPay).toBeLessThanOrEqual(ceiling);
        const paid = settlements
          .filter((s) => s.rule === 'major-disease')
          .reduce((sum, s) => sum + s.amounts.patient, 0);
        expect(paid).toBeLessThanOrEqual(ceiling);
      }),
      RUNS,
    );
  });

  it('the yearly major-disease self-pay stays under the ceiling in mixed sequences too', () => {
    fc.assert(
      fc.property(personArb, sequenceArb, certificationsArb, (who, claims, certs) => {
        for (const y of settleSequence(who, claims, certs).years)
          expect(y.majorDiseaseSelfPay).toBeLessThanOrEqual(500_000);
      }),
      RUNS,
    );
  });

  it('no yearly maximum is ever passed (basic inpatient 150,000, outpatient 200, standard critical illness 300,000)', () => {
    fc.assert(
      fc.property(personArb, sequenceArb, certificationsArb, (who, claims, certs) => {
        const { year } = settleSequence(who, claims, certs);
        expect(year.basicInsurance.inpatient).toBeLessThanOrEqual(15_000_000);
        expect(year.basicInsurance.outpatient).toBeLessThanOrEqual(20_000);
      }),
      RUNS,
    );
  });

  it('settling a sequence and then voiding every claim, in any order, returns the empty year', () => {
    fc.assert(
      fc.property(
        personArb,
        sequenceArb.chain((claims) =>
          fc.tuple(
            fc.constant(claims),
            fc.shuffledSubarray(
              claims.map((_, i) => i),
              { minLength: claims.length, maxLength: claims.length },
            ),
          ),
        ),
        certificationsArb,
        (who, [claims, order], certs) => {
          const { settlements, year } = settleSequence(who, claims, certs);
          let reversed = year;
          for (const i of order) reversed = reverse(reversed, settlements[i]!.yearDelta);
          expect(reversed).toEqual(emptyPersonYear(who.personId, 2019));
        },
      ),
      RUNS,
    );
  });

  it('voiding a claim and posting it again gives the same year as not voiding', () => {
    fc.assert(
      fc.property(personArb, sequenceArb, certificationsArb, (who, claims, certs) => {
        const { settlements, year } = settleSequence(who, claims, certs);
        const last = claims[claims.length - 1]!;
        const without = reverse(year, settlements[settlements.length - 1]!.yearDelta);
        const again = settle(last[0], without, who, last[1], ZHALANTUN_2019, certs);
        expect(again.nextPersonYear).toEqual(year);
        expect(again.settlement).toEqual(settlements[settlements.length - 1]);
      }),
      RUNS,
    );
  });

  it('settlement is pure: the same input gives the same output and the input year is not changed', () => {
    fc.assert(
      fc.property(personArb, sequenceArb, certificationsArb, (who, claims, certs) => {
        // every year handed to settle is frozen: a write to it would throw in strict mode
        const first = settleSequence(who, claims, certs, true);
        const second = settleSequence(who, claims, certs);
        expect(second.settlements).toEqual(first.settlements);
        expect(second.years).toEqual(first.years);
      }),
      { numRuns: 100 },
    );
  });
});
