import { describe, expect, it } from 'vitest';
import { emptyPersonYear, settle } from '../../../shared/claims/engine/index.js';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/index.js';
import type { ClaimFacts } from '../../../shared/claims/types.js';
import { SHIPPED_HOSPITALS } from '../../../shared/reference/hospitals.js';
import type { Person } from '../../../shared/roster/types.js';
import {
  HEALTH_VARIANT_RULES,
  simulateHealthYear,
  SIM_PAYERS,
  type LedgerClaim,
} from '../../../shared/simulation/health.js';
import { applyVariant } from '../../../shared/simulation/variant.js';
import { healthResultView } from '../../../shared/simulation/view.js';
import { syntheticLedger } from '../../support/synthetic-ledger.js';

const fen = (yuan: number) => Math.round(yuan * 100);
const hospitals = new Map(SHIPPED_HOSPITALS.map((h) => [h.hospitalId, h]));

function run(ledger: ReturnType<typeof syntheticLedger>, overrides: Record<string, number | null> = {}) {
  const variant = Object.keys(overrides).length
    ? applyVariant([ZHALANTUN_2019], overrides, HEALTH_VARIANT_RULES).policies
    : undefined;
  return simulateHealthYear({
    year: 2019,
    claims: ledger.claims,
    persons: new Map(ledger.persons.map((p) => [p.personId, p])),
    hospitals,
    certifications: ledger.certifications,
    baseline: [ZHALANTUN_2019],
    ...(variant ? { variant } : {}),
  });
}

describe('health simulation: the baseline reproduces the ledger', () => {
  const ledger = syntheticLedger({ claims: 1500, claimsPerPerson: 4, seed: 7 });

  it('re-settling every surviving claim under the unchanged policy gives the recorded totals to the fen', () => {
    const result = run(ledger);
    const surviving = ledger.claims.filter((c) => c.status === 'settled');
    expect(result.claims).toEqual({ surviving: surviving.length, voided: ledger.claims.length - surviving.length });
    expect(result.claims.voided).toBeGreaterThan(0);
    // Recorded is the plain sum of the stored settlements, computed here independently.
    for (const p of SIM_PAYERS) {
      const sum = surviving.reduce((s, c) => s + c.settlement.amounts[p], 0);
      expect(result.recorded.payers[p], p).toBe(sum);
      expect(result.baseline.payers[p], p).toBe(sum);
    }
    expect(result.inconsistencies).toEqual([]);
    expect(result.baseline.byTownship).toEqual(result.recorded.byTownship);
    expect(result.baseline.byHospitalLevel).toEqual(result.recorded.byHospitalLevel);
    expect(result.baseline.byDiseaseGroup).toEqual(result.recorded.byDiseaseGroup);
    expect(result.baseline.indicators).toEqual(result.recorded.indicators);
    // No overrides: the variant is the baseline, and nobody's self-pay moves.
    expect(result.variant.payers).toEqual(result.baseline.payers);
    const view = healthResultView(result);
    expect(view.inconsistencies.baselineEqualsRecorded).toBe(true);
    expect(view.selfPayChange.unchanged).toBe(result.persons);
    // Groups partition the claims: township, level and disease group each add up to the city.
    for (const groups of [result.recorded.byTownship, result.recorded.byHospitalLevel, result.recorded.byDiseaseGroup])
      for (const p of SIM_PAYERS)
        expect(Object.values(groups).reduce((s, g) => s + g.payers[p], 0)).toBe(result.recorded.payers[p]);
  });

  it('an edited settlement is reported as an unexplained inconsistency naming the claim, never absorbed', () => {
    const edited = structuredClone(ledger);
    const target = edited.claims.find((c) => c.status === 'settled' && c.settlement.amounts.patient > 100)!;
    // An insider moves one yuan from the patient to medical assistance: the parts still add up.
    target.settlement.amounts.patient -= 100;
    target.settlement.amounts.medicalAssistance += 100;
    const result = run(edited);
    expect(result.inconsistencies).toHaveLength(1);
    expect(result.inconsistencies[0]).toMatchObject({
      hospitalId: target.hospitalId,
      claimId: target.claimId,
      reason: 'unexplained',
    });
    expect(result.baseline.payers.patient - result.recorded.payers.patient).toBe(100);
    const view = healthResultView(result);
    expect(view.inconsistencies.baselineEqualsRecorded).toBe(false);
    expect(view.inconsistencies.difference.medicalAssistance).toBe(-1);
    expect(view.inconsistencies.items[0]!.personId).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  });

  it('a claim that cannot be settled again is carried at its recorded figures and listed', () => {
    const broken = structuredClone(ledger);
    const target = broken.claims.find((c) => c.status === 'settled')!;
    const persons = broken.persons.filter((p) => p.personId !== target.personId);
    const result = simulateHealthYear({
      year: 2019,
      claims: broken.claims,
      persons: new Map(persons.map((p) => [p.personId, p])),
      hospitals,
      certifications: broken.certifications,
      baseline: [ZHALANTUN_2019],
    });
    const own = broken.claims.filter((c) => c.personId === target.personId && c.status === 'settled');
    expect(result.inconsistencies.map((i) => i.claimId).sort()).toEqual(own.map((c) => c.claimId).sort());
    expect(result.inconsistencies.every((i) => i.reason === 'cannot-resettle')).toBe(true);
    expect(result.baseline.payers).toEqual(result.recorded.payers);
  });
});

describe('health simulation: out-of-order posting and late voids are explained, not hidden', () => {
  const person: Person = {
    personId: '159997198001010011',
    name: '甲',
    householdId: 'H',
    township: 'zhonghe',
    village: 'v',
    registeredFrom: '2016-01-01',
    flags: {},
    insuredYears: [2019],
  };
  const peoples = hospitals.get('zlt-peoples')!;
  const facts = (claimId: string, on: string, totalYuan: number): ClaimFacts => ({
    claimId,
    hospitalId: peoples.hospitalId,
    personId: person.personId,
    kind: 'inpatient',
    admittedOn: on,
    dischargedOn: on,
    diagnosis: { icd10: 'K35.9' },
    referral: { registered: false, emergency: false },
    costs: { total: fen(totalYuan), outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
    deliveries: 0,
  });

  it('a June claim posted before a March claim: the March one was settled as a repeat admission', () => {
    const june = facts('JUNE', '2019-06-01', 10_000);
    const march = facts('MARCH', '2019-03-01', 10_000);
    // Posted June first: June pays the halved deductible 150, March then is a repeat admission (d = 0).
    const first = settle(june, emptyPersonYear(person.personId, 2019), person, peoples, ZHALANTUN_2019, []);
    const second = settle(march, first.nextPersonYear, person, peoples, ZHALANTUN_2019, []);
    expect(first.settlement.deductible).toBe(fen(150));
    expect(second.settlement.deductible).toBe(0);
    const claims: LedgerClaim[] = [
      {
        ...ids(june),
        status: 'settled',
        settledAt: '2019-06-02T00:00:00Z',
        yearVersion: 1,
        settlement: first.settlement,
        facts: june,
      },
      {
        ...ids(march),
        status: 'settled',
        settledAt: '2019-06-03T00:00:00Z',
        yearVersion: 2,
        settlement: second.settlement,
        facts: march,
      },
    ];
    const result = simulateHealthYear({
      year: 2019,
      claims,
      persons: new Map([[person.personId, person]]),
      hospitals,
      certifications: new Map(),
      baseline: [ZHALANTUN_2019],
    });
    // In discharge order March takes d = 150 and June is the repeat: both claims differ from the ledger,
    // but the year's deductible total (150) and so the totals are the same.
    expect(result.inconsistencies.map((i) => [i.claimId, i.reason])).toEqual([
      ['MARCH', 'posting-order-or-void'],
      ['JUNE', 'posting-order-or-void'],
    ]);
    expect(result.baseline.payers).toEqual(result.recorded.payers);
  });

  const ids = (f: ClaimFacts) => ({ hospitalId: f.hospitalId, claimId: f.claimId, personId: f.personId });
});

describe('health simulation: a variant, hand-checked on three persons', () => {
  // Variant: county self-pay cap 2,000 → 3,000 yuan; commercial top-up share 50% → 40%; critical-illness
  // threshold 14,000 → 10,000 (the poor's, halved: 7,000 → 5,000). All three at 扎兰屯市人民医院 (county,
  // in the county, so the tilt applies without referral), registered poor, costs all in the catalogue.
  const overrides = {
    'targets.selfPayCap.county': 3000,
    'topUp.shareOfRemainder.commercialInsurance': 40,
    'criticalIllness.threshold': 10_000,
  };
  const mk = (n: number, township: string): Person => ({
    personId: ['159996198001010012', '159996198001010039', '159996198001010055'][n]!,
    name: '乙',
    householdId: `H${n}`,
    township,
    village: 'v',
    registeredFrom: '2016-01-01',
    flags: {},
    insuredYears: [2019],
  });
  const a = mk(0, 'zhonghe');
  const b = mk(1, 'chaihe');
  const c = mk(2, 'zhonghe');
  const peoples = hospitals.get('zlt-peoples')!;
  const clinic = hospitals.get('clinic-chaihe')!;
  const post = (who: Person, hospitalId: string, claimId: string, totalYuan: number): LedgerClaim => {
    const hospital = hospitals.get(hospitalId)!;
    const f: ClaimFacts = {
      claimId,
      hospitalId,
      personId: who.personId,
      kind: 'inpatient',
      admittedOn: '2019-05-01',
      dischargedOn: '2019-05-10',
      diagnosis: { icd10: 'K35.9' },
      referral: { registered: false, emergency: false },
      costs: { total: fen(totalYuan), outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
      deliveries: 0,
    };
    const { settlement } = settle(f, emptyPersonYear(who.personId, 2019), who, hospital, ZHALANTUN_2019, []);
    return {
      hospitalId,
      claimId,
      personId: who.personId,
      status: 'settled',
      settledAt: '2019-05-10T10:00:00Z',
      yearVersion: 1,
      settlement,
      facts: f,
    };
  };
  const claims = [
    post(a, peoples.hospitalId, 'A', 20_000),
    post(b, clinic.hospitalId, 'B', 1_000),
    post(c, peoples.hospitalId, 'C', 30_000),
  ];
  const variantPolicies = applyVariant([ZHALANTUN_2019], overrides, HEALTH_VARIANT_RULES).policies;
  const result = simulateHealthYear({
    year: 2019,
    claims,
    persons: new Map([a, b, c].map((p) => [p.personId, p])),
    hospitals,
    certifications: new Map(),
    baseline: [ZHALANTUN_2019],
    variant: variantPolicies,
  });
  const change = (who: Person) => result.personChanges.find((p) => p.personId === who.personId)!;

  it('A, 20,000 at the county hospital: the higher cap moves 900 to the patient', () => {
    // d = 300 × 50% = 150. Basic = (20,000 − 150) × (75% + 5%) = 15,880. In-policy self-pay 4,120 is
    // under the poor threshold (7,000, variant 5,000): no critical illness. X = 4,120 − 150 = 3,970.
    // Baseline target = 150 + 2,000 + 10% × 1,970 = 2,347; top-up 4,120 − 2,347 = 1,773:
    //   assistance 70% = 1,241.10, commercial 50% of 531.90 = 265.95, fund 265.95.
    // Variant target = 150 + 3,000 + 10% × 970 = 3,247; top-up 873:
    //   assistance 70% = 611.10, commercial 40% of 261.90 = 104.76, fund 157.14.
    expect(change(a)).toMatchObject({ baselinePatient: fen(2347), variantPatient: fen(3247) });
    expect(change(a).variantPatient - change(a).baselinePatient).toBe(fen(900));
  });

  it('B, 1,000 at the township clinic: under every cap, nothing changes', () => {
    // d = 100 × 50% = 50; basic = 950 × (85% + 5%) = 855; self-pay 145 = d + 95, below the township cap
    // of 1,000 (not changed), so the target is the whole 145 and there is no top-up to re-split.
    expect(change(b)).toMatchObject({ baselinePatient: fen(145), variantPatient: fen(145) });
  });

  it('C, 30,000 at the county hospital: the lower threshold pays critical illness and the 90% rule raises self-pay', () => {
    // d = 150; basic = 29,850 × 80% = 23,880; in-policy self-pay 6,120.
    // Baseline: under the poor threshold 7,000, no critical illness; X = 5,970;
    //   target = 150 + 2,000 + 10% × 3,970 = 2,547; top-up 6,120 − 2,547 = 3,573:
    //   assistance 2,501.10, commercial 50% of 1,071.90 = 535.95, fund 535.95.
    // Variant: poor threshold 5,000; critical illness = (6,120 − 5,000) × (60% + 5%) = 728.
    //   Critical illness paid, so the 90% rule: target = 150 + 10% × (30,000 − 150) = 3,135.
    //   Compliant self-pay left = 30,000 − 23,880 − 728 = 5,392; top-up 5,392 − 3,135 = 2,257:
    //   assistance 70% = 1,579.90, commercial 40% of 677.10 = 270.84, fund 406.26.
    expect(change(c)).toMatchObject({ baselinePatient: fen(2547), variantPatient: fen(3135) });
  });

  it('the per-payer totals are the sum of the three hand-worked bills', () => {
    // Baseline: basic 15,880 + 855 + 23,880; assistance 1,241.10 + 2,501.10; commercial 265.95 + 535.95;
    // fund 265.95 + 535.95; patient 2,347 + 145 + 2,547. Variant: critical illness 728; assistance
    // 611.10 + 1,579.90; commercial 104.76 + 270.84; fund 157.14 + 406.26; patient 3,247 + 145 + 3,135.
    expect(result.baseline.payers).toMatchObject({
      basicInsurance: fen(15_880 + 855 + 23_880),
      criticalIllnessInsurance: 0,
      medicalAssistance: fen(1241.1 + 2501.1),
      commercialInsurance: fen(265.95 + 535.95),
      safetyNetFund: fen(265.95 + 535.95),
      patient: fen(2347 + 145 + 2547),
    });
    expect(result.variant.payers).toMatchObject({
      basicInsurance: fen(15_880 + 855 + 23_880),
      criticalIllnessInsurance: fen(728),
      medicalAssistance: fen(611.1 + 1579.9),
      commercialInsurance: fen(104.76 + 270.84),
      safetyNetFund: fen(157.14 + 406.26),
      patient: fen(3247 + 145 + 3135),
    });
    expect(result.baseline.payers).toEqual(result.recorded.payers);
    const view = healthResultView(result);
    expect(view.selfPayChange).toMatchObject({
      persons: 3,
      rises: { persons: 2, yuan: 900 + 588, largestYuan: 900 },
      falls: { persons: 0, yuan: 0 },
      unchanged: 1,
    });
    // 588 and 900 both fall in (500, 1,000].
    expect(view.selfPayChange.histogram.find((h) => h.fromYuan === 500 && h.toYuan === 1000)!.persons).toBe(2);
    expect(view.variant.byTownship.map((t) => [t.key, t.payers.patient])).toEqual([
      ['chaihe', 145],
      ['zhonghe', 3247 + 3135],
    ]);
    // C moved from the cap rule to the 90% rule, but under the variant's own cap the cap rule would give
    // 150 + 3,000 + 10% × (5,392 − 150 − 3,000) = 3,374.20, more than 3,135: nobody pays above it.
    expect(view.variant.indicators.paidAboveCapRule.claims).toBe(0);
    expect(view.baseline.indicators.paidAboveCapRule.claims).toBe(0);
  });
});
