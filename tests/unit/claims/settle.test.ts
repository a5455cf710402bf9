import { describe, expect, it } from 'vitest';
import { emptyPersonYear } from '../../../shared/claims/engine/person-year.js';
import { policyForClaim, settle } from '../../../shared/claims/engine/settle.js';
import { requireClaimPolicy } from '../../../shared/claims/policy/index.js';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/zhalantun-2019.js';
import type { Settlement, SettlementAmounts } from '../../../shared/claims/types.js';
import { ValidationError } from '../../../shared/errors.js';
import type { Hospital } from '../../../shared/reference/types.js';
import type { ChronicCertification } from '../../../shared/roster/types.js';
import { claim, fen, H, person, poor, settleOne, standardPerson, type ClaimInput } from './fixtures.js';

/**
 * Expected values are written as the arithmetic in yuan, with the clause; where a half fen is rounded the
 * figure is written in fen with the rounding spelled out. Defaults used (docs/rules.md §2.3): deductible
 * township 100 / county 300 / prefecture 600 / region 800 / outside 1,000; ratio 85/75/65/60/50%;
 * poor: d × 50%, ratio + 5 points [H 三.(二).1.2)]; critical illness for the poor from 7,000: 65% to 50,000,
 * 70% to 100,000, 75% above [H 三.(二).1.3)]; top-up: assistance 70%, commercial 50% of the rest, fund the rest.
 */

type Expected = Partial<SettlementAmounts> & { rule?: Settlement['rule']; tilt?: boolean; deductible?: number };

function check(s: Settlement, expected: Expected): void {
  const { rule, tilt, deductible, ...amounts } = expected;
  expect(s.amounts).toMatchObject(amounts);
  if (rule !== undefined) expect(s.rule).toBe(rule);
  if (tilt !== undefined) expect(s.tilt).toBe(tilt);
  if (deductible !== undefined) expect(s.deductible).toBe(deductible);
  const a = s.amounts;
  expect(
    a.basicInsurance +
      a.criticalIllnessInsurance +
      a.medicalAssistance +
      a.commercialInsurance +
      a.safetyNetFund +
      a.hospital +
      a.patient,
  ).toBe(a.total);
}

describe('inpatient, one hospital level at a time: the self-pay cap rule [H 三.(二).1.2), 5.6)]', () => {
  it.each<[string, Hospital, ClaimInput, Expected]>([
    [
      'a poor patient at a township hospital pays d + the 1,000 cap + 10% above it',
      H.clinic,
      { total: 30_000 },
      {
        deductible: fen(100 * 0.5), // H 三.(二).1.2): 起付线降低50%
        basicInsurance: fen((30_000 - 50) * 0.9), // 85% + 5 points
        criticalIllnessInsurance: 0, // in-policy self-pay 3,045 < 7,000
        patient: fen(50 + 1000 + (30_000 - 26_955 - 50 - 1000) * 0.1), // 1,249.50 [H 三.(二).5.6)]
        medicalAssistance: fen((3045 - 1249.5) * 0.7), // top-up 1,795.50 × 70% = 1,256.85
        commercialInsurance: 26_933, // 538.65 × 50% = 269.325 → 269.33 (half up)
        safetyNetFund: 26_932, // the rest: 538.65 − 269.33
        hospital: 0,
        rule: 'self-pay-cap',
        tilt: true,
      },
    ],
    [
      'a poor patient at a county hospital pays d + the 2,000 cap + 10% above it',
      H.peoples,
      { total: 20_000 },
      {
        deductible: fen(150),
        basicInsurance: fen((20_000 - 150) * 0.8), // 75% + 5 points = 15,880
        criticalIllnessInsurance: 0, // 4,120 < 7,000
        patient: fen(150 + 2000 + (4120 - 150 - 2000) * 0.1), // 2,347
        medicalAssistance: fen((4120 - 2347) * 0.7), // 1,241.10
        commercialInsurance: fen((1773 - 1241.1) * 0.5), // 265.95
        safetyNetFund: fen(1773 - 1241.1 - 265.95), // 265.95
        rule: 'self-pay-cap',
      },
    ],
    [
      'a poor patient at the prefecture hospital in the city needs no referral and pays d + the 3,000 cap + 10%',
      H.hlbeSecond,
      { total: 20_000 },
      {
        deductible: fen(300),
        basicInsurance: fen((20_000 - 300) * 0.7), // 65% + 5 = 13,790
        criticalIllnessInsurance: 0, // 6,210 < 7,000
        patient: fen(300 + 3000 + (6210 - 300 - 3000) * 0.1), // 3,591
        medicalAssistance: fen((6210 - 3591) * 0.7), // 1,833.30
        commercialInsurance: fen((2619 - 1833.3) * 0.5), // 392.85
        safetyNetFund: fen(2619 - 1833.3 - 392.85),
        tilt: true,
      },
    ],
    [
      'a referred poor patient at a region hospital pays d + the 4,000 cap + 10% (decision: 自治区级 and 区外 are two levels)',
      H.region,
      { total: 15_000, referral: 'registered' },
      {
        deductible: fen(400),
        basicInsurance: fen((15_000 - 400) * 0.65), // 60% + 5 = 9,490
        criticalIllnessInsurance: 0, // 5,510 < 7,000
        patient: fen(400 + 4000 + (5510 - 400 - 4000) * 0.1), // 4,511
        medicalAssistance: fen((5510 - 4511) * 0.7), // 699.30
        commercialInsurance: fen((999 - 699.3) * 0.5), // 149.85
        safetyNetFund: fen(999 - 699.3 - 149.85),
      },
    ],
    [
      'a referred poor patient outside the region pays d + the 5,000 cap + 10%',
      H.outside,
      { total: 14_000, referral: 'registered' },
      {
        deductible: fen(500),
        basicInsurance: fen((14_000 - 500) * 0.55), // 50% + 5 = 7,425
        criticalIllnessInsurance: 0, // 6,575 < 7,000
        patient: fen(500 + 5000 + (6575 - 500 - 5000) * 0.1), // 5,607.50
        medicalAssistance: fen((6575 - 5607.5) * 0.7), // 677.25
        commercialInsurance: 14_513, // 290.25 × 50% = 145.125 → 145.13
        safetyNetFund: 14_512, // 290.25 − 145.13
      },
    ],
  ])('%s', (_name, hospital, input, expected) => {
    check(settleOne(poor, hospital, input), expected);
  });
});

describe('deductibles: repeat admission and the child / disabled waiver [H 三.(二).1.2), 1.3)]', () => {
  it.each<[string, typeof poor, Hospital, ClaimInput, [Hospital, ClaimInput][], Expected]>([
    [
      'a poor patient at a county hospital, second admission this year, pays no deductible',
      poor,
      H.peoples,
      { total: 10_000 },
      [[H.mongolian, { total: 20_000 }]], // first county admission: in-policy self-pay 4,120
      {
        deductible: 0, // 再次住院的,取消起付线
        basicInsurance: fen(10_000 * 0.8),
        criticalIllnessInsurance: 0, // 4,120 + 2,000 < 7,000
        patient: fen(2000), // within the 2,000 cap
      },
    ],
    [
      'an earlier admission at another level does not waive the deductible',
      poor,
      H.peoples,
      { total: 10_000 },
      [[H.clinic, { total: 3000 }]],
      { deductible: fen(150), basicInsurance: fen((10_000 - 150) * 0.8) },
    ],
    [
      'an earlier admission without tilt still makes the next one at that level a repeat',
      person({ registeredFrom: '2019-05-01' }),
      H.peoples,
      { total: 10_000 },
      [[H.mongolian, { total: 5000, on: '2019-04-10' }]],
      { deductible: 0, tilt: true },
    ],
    [
      'a sick or disabled child at a county hospital pays no deductible',
      person({}, { sickOrDisabledChild: true }),
      H.peoples,
      { total: 10_000 },
      [],
      { deductible: 0, basicInsurance: fen(10_000 * 0.8), patient: fen(2000) },
    ],
    [
      'a severely disabled person at a township hospital pays no deductible',
      person({}, { severelyDisabled: true }),
      H.clinic,
      { total: 3000 },
      [],
      { deductible: 0, basicInsurance: fen(3000 * 0.9), patient: fen(300) },
    ],
    [
      'a sick or disabled child at a prefecture hospital pays half the deductible (the waiver is for county and township only)',
      person({}, { sickOrDisabledChild: true }),
      H.hlbeSecond,
      { total: 10_000 },
      [],
      { deductible: fen(300), basicInsurance: fen((10_000 - 300) * 0.7) },
    ],
    [
      'a small bill: the deductible never exceeds the in-catalogue cost',
      poor,
      H.peoples,
      { total: 100 },
      [],
      { deductible: fen(100), basicInsurance: 0, patient: fen(100) },
    ],
  ])('%s', (_name, who, hospital, input, before, expected) => {
    check(settleOne(who, hospital, input, before), expected);
  });
});

describe('tilt eligibility: registration and referral [H 三.(一), H 三.(二).5.1)]', () => {
  it.each<[string, typeof poor, Hospital, ClaimInput, Expected]>([
    [
      'a poor patient at a prefecture hospital outside the county without referral gets the standard settlement',
      poor,
      H.prefectureOut,
      { total: 20_000, outOfCatalogue: 1000 },
      {
        tilt: false,
        rule: 'standard',
        deductible: fen(600), // the standard deductible
        basicInsurance: fen((19_000 - 600) * 0.65), // 11,960, no uplift
        criticalIllnessInsurance: 0, // 7,040 < the standard 14,000
        hospital: 0,
        patient: fen(1000 + 19_000 - 11_960), // out-of-catalogue + in-policy self-pay, no top-up
        medicalAssistance: 0,
        commercialInsurance: 0,
        safetyNetFund: 0,
      },
    ],
    [
      'the same claim with an emergency report gets the tilts',
      poor,
      H.prefectureOut,
      { total: 20_000, outOfCatalogue: 1000, referral: 'emergency' },
      {
        tilt: true,
        deductible: fen(300),
        basicInsurance: fen((19_000 - 300) * 0.7), // 13,090
        hospital: 0, // 1,000 is within 10% of 20,000 (tertiary)
        patient: fen(300 + 3000 + (20_000 - 13_090 - 300 - 3000) * 0.1), // 3,661
        medicalAssistance: fen((6910 - 3661) * 0.7), // 2,274.30
      },
    ],
    [
      'the same claim with a registered referral gets the tilts',
      poor,
      H.prefectureOut,
      { total: 20_000, outOfCatalogue: 1000, referral: 'registered' },
      { tilt: true, patient: fen(3661) },
    ],
    [
      'a county-level hospital outside the county needs no referral (only 盟市及以上 do)',
      poor,
      { ...H.countySecondary, hospitalId: 'other-county', inCounty: false },
      { total: 10_000 },
      { tilt: true, deductible: fen(150) },
    ],
    [
      'a region hospital without referral or emergency report: no tilt',
      poor,
      H.region,
      { total: 15_000 },
      { tilt: false, deductible: fen(800), basicInsurance: fen((15_000 - 800) * 0.6), patient: fen(15_000 - 8520) },
    ],
    [
      'a person registered from 2019-06-01 discharged on 2019-05-31 gets the standard settlement',
      person({ registeredFrom: '2019-06-01' }),
      H.peoples,
      { total: 10_000, on: '2019-05-31' },
      { tilt: false, deductible: fen(300), basicInsurance: fen((10_000 - 300) * 0.75), patient: fen(10_000 - 7275) },
    ],
    [
      'a person registered from 2019-06-01 discharged that day gets the tilts',
      person({ registeredFrom: '2019-06-01' }),
      H.peoples,
      { total: 10_000, on: '2019-06-01' },
      { tilt: true, deductible: fen(150), basicInsurance: fen((10_000 - 150) * 0.8), patient: fen(2120) },
    ],
    [
      'a person who left the register on 2019-03-31 discharged on 2019-04-01 gets the standard settlement',
      person({ registeredUntil: '2019-03-31' }),
      H.peoples,
      { total: 10_000, on: '2019-04-01' },
      { tilt: false, patient: fen(2725) },
    ],
    [
      'a person on the roster who is not registered poor gets the standard settlement, hospital excess included',
      standardPerson,
      H.peoples,
      { total: 11_000, hospitalExcess: 1000 },
      { tilt: false, hospital: 0, basicInsurance: fen((10_000 - 300) * 0.75), patient: fen(1000 + 10_000 - 7275) },
    ],
  ])('%s', (_name, who, hospital, input, expected) => {
    check(settleOne(who, hospital, input), expected);
  });
});

describe('hospital-borne and patient-borne costs [H 三.(二).5.2), 5.6)]', () => {
  it.each<[string, Hospital, ClaimInput, Expected]>([
    [
      'out-of-catalogue over 5% at a secondary hospital: the excess is the hospital’s',
      H.countySecondary,
      { total: 10_000, outOfCatalogue: 800 },
      {
        hospital: fen(800 - 10_000 * 0.05), // 300
        compliant: fen(9200 + 500),
        basicInsurance: fen((9200 - 150) * 0.8), // 7,240: basic insurance pays in-catalogue cost only
        patient: fen(150 + 2000 + (9700 - 7240 - 150 - 2000) * 0.1), // 2,181
        medicalAssistance: fen((2460 - 2181) * 0.7), // 195.30
        commercialInsurance: fen(41.85),
        safetyNetFund: fen(41.85),
      },
    ],
    [
      'out-of-catalogue at exactly 5% is within the limit',
      H.countySecondary,
      { total: 10_000, outOfCatalogue: 500 },
      { hospital: 0, compliant: fen(10_000) },
    ],
    [
      'out-of-catalogue over 10% at a tertiary hospital: the excess is the hospital’s',
      H.countyTertiary,
      { total: 10_000, outOfCatalogue: 1200 },
      {
        hospital: fen(1200 - 10_000 * 0.1), // 200
        basicInsurance: fen((8800 - 150) * 0.8), // 6,920
        patient: fen(150 + 2000 + (9800 - 6920 - 150 - 2000) * 0.1), // 2,223
      },
    ],
    [
      'out-of-catalogue of 8% at an ordinary tertiary hospital is within its 10%',
      H.countyTertiary,
      { total: 10_000, outOfCatalogue: 800 },
      { hospital: 0 },
    ],
    [
      '扎兰屯市中蒙医院 is held to 5%: the same 8% puts 3% on the hospital',
      H.mongolian,
      { total: 10_000, outOfCatalogue: 800 },
      { hospital: fen(300), patient: fen(2181) },
    ],
    ['扎兰屯市人民医院 is held to 5%', H.peoples, { total: 10_000, outOfCatalogue: 800 }, { hospital: fen(300) }],
    [
      '呼伦贝尔市第二人民医院 is held to 5%',
      H.hlbeSecond,
      { total: 10_000, outOfCatalogue: 800 },
      { hospital: fen(300) },
    ],
    [
      'a primary clinic is held to 5% (decision: the stricter stated limit)',
      H.clinic,
      { total: 10_000, outOfCatalogue: 800 },
      { hospital: fen(300) },
    ],
    [
      'hospital excess is the hospital’s and patient excess the patient’s, outside every cap',
      H.peoples,
      { total: 12_000, patientExcess: 1000, hospitalExcess: 1000 },
      {
        hospital: fen(1000),
        basicInsurance: fen((10_000 - 150) * 0.8), // 7,880
        patient: fen(1000 + 2120), // excess + compliant self-pay 2,120 (below the 2,000 cap beyond d)
        medicalAssistance: 0,
      },
    ],
  ])('%s', (_name, hospital, input, expected) => {
    check(settleOne(poor, hospital, input), expected);
  });
});

describe('major disease, critical illness, cataract [H 三.(二).2, 5.5), 5.7)]', () => {
  it.each<[string, Hospital, ClaimInput, [Hospital, ClaimInput][], Expected]>([
    [
      'gastric cancer at a designated hospital: the patient pays 10% of compliant cost',
      H.peoples,
      { total: 50_000, majorDisease: 'gastric-cancer' },
      [],
      {
        rule: 'major-disease',
        basicInsurance: fen((50_000 - 150) * 0.8), // 39,880
        criticalIllnessInsurance: fen((10_120 - 7000) * 0.65), // 2,028
        patient: fen(50_000 * 0.1), // 5,000: exactly the ceiling, not above it
        medicalAssistance: fen((50_000 - 39_880 - 2028 - 5000) * 0.7), // 3,092 × 70% = 2,164.40
        commercialInsurance: fen(463.8),
        safetyNetFund: fen(463.8),
      },
    ],
    [
      'gastric cancer at a non-designated hospital falls to the critical-illness rule',
      H.hlbeSecond,
      { total: 50_000, majorDisease: 'gastric-cancer' },
      [],
      {
        rule: 'critical-illness',
        basicInsurance: fen((50_000 - 300) * 0.7), // 34,790
        criticalIllnessInsurance: fen((15_210 - 7000) * 0.65), // 5,336.50
        patient: fen(300 + (50_000 - 300) * 0.1), // d + 10% of the rest [H 三.(二).5.5)] = 5,270
        medicalAssistance: fen((50_000 - 34_790 - 5336.5 - 5270) * 0.7), // 4,603.50 × 70% = 3,222.45
        commercialInsurance: 69_053, // 1,381.05 × 50% = 690.525 → 690.53
        safetyNetFund: 69_052,
      },
    ],
    [
      'a major-disease claim whose self-pay crosses the 5,000 ceiling: the fund alone pays the part above',
      H.peoples,
      { total: 80_000, majorDisease: 'lung-cancer' },
      [],
      {
        basicInsurance: fen((80_000 - 150) * 0.8), // 63,880
        criticalIllnessInsurance: fen((16_120 - 7000) * 0.65), // 5,928
        patient: fen(5000), // 10% = 8,000, above the ceiling
        medicalAssistance: fen((80_000 - 63_880 - 5928 - 8000) * 0.7), // top-up 2,192 × 70% = 1,534.40
        commercialInsurance: fen(328.8),
        safetyNetFund: fen(328.8 + 3000), // its top-up share + the 3,000 above the ceiling
      },
    ],
    [
      'crossing the ceiling over two claims: the second claim’s patient pays only what is left of 5,000',
      H.infectious,
      { total: 30_000, majorDisease: 'lung-cancer' },
      [[H.peoples, { total: 40_000, majorDisease: 'lung-cancer' }]], // first: patient 4,000; in-policy self-pay 8,120
      {
        rule: 'major-disease',
        basicInsurance: fen((30_000 - 300) * 0.7), // 20,790
        criticalIllnessInsurance: fen((17_330 - 7000) * 0.65 - (8120 - 7000) * 0.65), // B(after) − B(before) = 5,986.50
        patient: fen(5000 - 4000),
        medicalAssistance: fen((30_000 - 20_790 - 5986.5 - 3000) * 0.7), // top-up 223.50 × 70% = 156.45
        commercialInsurance: 3353, // 67.05 × 50% = 33.525 → 33.53
        safetyNetFund: 3352 + fen(3000 - 1000), // 33.52 + the 2,000 above the ceiling
      },
    ],
    [
      'critical-illness segments crossed inside one claim: 65% to 50,000, then 70%',
      H.region,
      { total: 200_000, referral: 'registered' },
      [],
      {
        rule: 'critical-illness',
        basicInsurance: fen((200_000 - 400) * 0.65), // 129,740
        criticalIllnessInsurance: fen((50_000 - 7000) * 0.65 + (70_260 - 50_000) * 0.7), // 27,950 + 14,182
        patient: fen(400 + (200_000 - 400) * 0.1), // 20,360
        medicalAssistance: fen((200_000 - 129_740 - 42_132 - 20_360) * 0.7), // 5,437.60
      },
    ],
    [
      'critical-illness segments crossed across claims: the second gets B(after) − B(before)',
      H.region,
      { total: 60_000, referral: 'registered' },
      [[H.region, { total: 100_000, referral: 'registered' }]], // first: in-policy self-pay 35,260, benefit 18,369
      {
        deductible: 0, // repeat admission at region level
        basicInsurance: fen(60_000 * 0.65),
        criticalIllnessInsurance: fen((50_000 - 7000) * 0.65 + (56_260 - 50_000) * 0.7 - (35_260 - 7000) * 0.65), // 32,332 − 18,369
        patient: fen(60_000 * 0.1), // 0 + 10% of compliant cost
      },
    ],
    [
      'cataract in the programme: the patient pays nothing, the hospital bears what is above 6,000 an eye',
      H.peoples,
      { total: 7000, cataractEyes: 1, majorDisease: 'cataract', on: '2019-06-10' },
      [],
      {
        rule: 'cataract-programme',
        hospital: fen(7000 - 6000),
        basicInsurance: fen((6000 - 150) * 0.8), // 4,680
        patient: 0,
        medicalAssistance: fen(1320 * 0.7), // 924
        commercialInsurance: fen(198),
        safetyNetFund: fen(198), // the write-off (核销)
      },
    ],
    [
      'cataract in the programme, two eyes: the excess comes off in-catalogue cost first',
      H.peoples,
      { total: 13_000, outOfCatalogue: 500, cataractEyes: 2, on: '2019-11-30' },
      [],
      {
        rule: 'cataract-programme',
        hospital: fen(13_000 - 12_000),
        compliant: fen(12_000),
        basicInsurance: fen((11_500 - 150) * 0.8), // in-catalogue 12,500 − 1,000
        patient: 0,
        medicalAssistance: fen((12_000 - 9080) * 0.7),
      },
    ],
    [
      'cataract after the programme ended (2019-12-02) is a major disease at the designated hospital',
      H.peoples,
      { total: 7000, cataractEyes: 1, majorDisease: 'cataract', on: '2019-12-02' },
      [],
      {
        rule: 'major-disease',
        hospital: 0,
        basicInsurance: fen((7000 - 150) * 0.8), // 5,480
        patient: fen(7000 * 0.1),
        medicalAssistance: fen((1520 - 700) * 0.7), // 574
      },
    ],
    [
      'cataract at a designated hospital that is not the programme hospital is a major disease',
      H.mongolian,
      { total: 7000, cataractEyes: 1, majorDisease: 'cataract' },
      [],
      { rule: 'major-disease', hospital: 0, patient: fen(700) },
    ],
  ])('%s', (_name, hospital, input, before, expected) => {
    check(settleOne(poor, hospital, input, before), expected);
  });

  it('reports how much more a patient under a 90% rule paid than the cap rule would have given', () => {
    const s = settleOne(poor, H.peoples, { total: 50_000, majorDisease: 'gastric-cancer' });
    // cap rule: d 150 + the 2,000 cap + 10% × (8,092 − 150 − 2,000) = 2,744.20; paid 5,000
    expect(s.indicators.aboveCapRule).toBe(fen(5000 - 2744.2));
  });

  it('flags a tilted claim whose basic + critical-illness reimbursement is below 75% of in-catalogue cost', () => {
    const s = settleOne(poor, H.outside, { total: 14_000, referral: 'registered' });
    expect(s.indicators.policyRangeRatioBp).toBe(Math.floor((7425 / 14_000) * 10_000)); // 53%
    expect(s.indicators.belowPolicyRangeFloor).toBe(true);
    expect(s.steps.some((x) => x.rule === 'policy-range-floor')).toBe(true);
  });

  it('hits the basic-insurance yearly maximum of 150,000', () => {
    const s = settleOne(poor, H.peoples, { total: 100_000 }, [[H.peoples, { total: 180_000 }]]);
    // first claim: (180,000 − 150) × 80% = 143,880; second: 100,000 × 80% = 80,000, but 6,120 left
    expect(s.amounts.basicInsurance).toBe(fen(150_000 - 143_880));
  });
});

describe('outpatient at a township clinic and elsewhere [H 三.(二).1.2)]', () => {
  it.each<[string, typeof poor, Hospital, ClaimInput, [Hospital, ClaimInput][], Expected]>([
    [
      'a poor patient at a township clinic: 50% + 10 points',
      poor,
      H.clinic,
      { kind: 'outpatient', total: 300 },
      [],
      { basicInsurance: fen(300 * 0.6), patient: fen(120), rule: 'township-outpatient' },
    ],
    [
      'a poor patient reaching the 200 yearly outpatient maximum gets only what is left',
      poor,
      H.clinic,
      { kind: 'outpatient', total: 100 },
      [[H.clinic, { kind: 'outpatient', total: 300 }]], // first visit: 180
      { basicInsurance: fen(200 - 180), patient: fen(100 - 20) },
    ],
    [
      'after the maximum basic insurance pays nothing',
      poor,
      H.clinic,
      { kind: 'outpatient', total: 100 },
      [[H.clinic, { kind: 'outpatient', total: 400 }]],
      { basicInsurance: 0, patient: fen(100) },
    ],
    [
      'a person not registered: the standard 50%',
      standardPerson,
      H.clinic,
      { kind: 'outpatient', total: 300 },
      [],
      { basicInsurance: fen(150), tilt: false },
    ],
    [
      'outpatient care at a county hospital: the patient pays all',
      poor,
      H.peoples,
      { kind: 'outpatient', total: 300, outOfCatalogue: 50 },
      [],
      { basicInsurance: 0, patient: fen(300), rule: 'outpatient-other-level' },
    ],
  ])('%s', (_name, who, hospital, input, before, expected) => {
    check(settleOne(who, hospital, input, before), expected);
  });
});

describe('chronic outpatient delivery [H 三.(二).4]', () => {
  const bureau: ChronicCertification[] = [{ disease: 'diabetes', certifiedBy: 'insurance-bureau', from: '2019-01-15' }];
  const commission: ChronicCertification[] = [
    { disease: 'diabetes', certifiedBy: 'health-commission', from: '2019-01-15' },
  ];
  const delivery = (on: string, total = 550, outOfCatalogue = 50): ClaimInput => ({
    kind: 'chronic-outpatient',
    chronicDisease: 'diabetes',
    deliveries: 1,
    total,
    outOfCatalogue,
    on,
  });

  it.each<[string, typeof bureau, ClaimInput, [Hospital, ClaimInput][], Expected]>([
    [
      'certified by the insurance bureau: basic 70%, fund 10%, patient 20% and the out-of-catalogue cost',
      bureau,
      delivery('2019-03-05'),
      [],
      {
        basicInsurance: fen(500 * 0.7),
        safetyNetFund: fen(500 * 0.1),
        patient: fen(500 * 0.2 + 50),
        financeDeliveryFee: fen(8),
        rule: 'chronic-delivery',
      },
    ],
    [
      'certified by the health commission: fund 80%, patient 20% and the out-of-catalogue cost',
      commission,
      delivery('2019-03-05'),
      [],
      { basicInsurance: 0, safetyNetFund: fen(500 * 0.8), patient: fen(500 * 0.2 + 50), financeDeliveryFee: fen(8) },
    ],
    [
      'a second delivery in the same month is settled without the fee',
      bureau,
      delivery('2019-03-25'),
      [[H.clinic, delivery('2019-03-05')]],
      { basicInsurance: fen(350), financeDeliveryFee: 0 },
    ],
    [
      'the first delivery of the next month has the fee again',
      bureau,
      delivery('2019-04-01'),
      [[H.clinic, delivery('2019-03-05')]],
      { financeDeliveryFee: fen(8) },
    ],
    [
      'each payer’s share is rounded half up and the patient takes what is left',
      bureau,
      delivery('2019-03-05', 333.33, 0),
      [],
      { basicInsurance: fen(233.33), safetyNetFund: fen(33.33), patient: fen(333.33 - 233.33 - 33.33) },
    ],
    [
      'a delivery before the certification is settled as township outpatient care, without the fee',
      bureau,
      delivery('2019-01-14'),
      [],
      { basicInsurance: fen(200), safetyNetFund: 0, financeDeliveryFee: 0, rule: 'township-outpatient' }, // 500 × 60% = 300, limited to 200
    ],
    [
      'chronic deliveries do not count against the outpatient maximum',
      bureau,
      { kind: 'outpatient', total: 300, on: '2019-03-06' },
      [[H.clinic, delivery('2019-03-05', 5000, 0)]],
      { basicInsurance: fen(180) },
    ],
  ])('%s', (_name, certifications, input, before, expected) => {
    check(settleOne(poor, H.clinic, input, before, certifications), expected);
  });

  it('with certifications by both bodies the latest in force decides the shares', () => {
    const both: ChronicCertification[] = [
      ...bureau,
      { disease: 'diabetes', certifiedBy: 'health-commission', from: '2019-02-01' },
    ];
    expect(settleOne(poor, H.clinic, delivery('2019-01-20'), [], both).amounts.basicInsurance).toBe(fen(500 * 0.7));
    expect(settleOne(poor, H.clinic, delivery('2019-03-05'), [], both).amounts).toMatchObject({
      basicInsurance: 0,
      safetyNetFund: fen(500 * 0.8),
    });
  });

  it('a chronic visit without a delivery is settled with the shares and no fee step', () => {
    const s = settleOne(poor, H.clinic, { ...delivery('2019-03-05'), deliveries: 0 }, [], bureau);
    expect(s.amounts).toMatchObject({ basicInsurance: fen(350), financeDeliveryFee: 0 });
    expect(s.steps.some((x) => x.rule === 'delivery-fee')).toBe(false);
    expect(s.yearDelta.delivery).toBeNull();
  });

  it('the second delivery carries a step that says why there is no fee', () => {
    const s = settleOne(poor, H.clinic, delivery('2019-03-25'), [[H.clinic, delivery('2019-03-05')]], bureau);
    const step = s.steps.find((x) => x.rule === 'delivery-fee');
    expect(step).toMatchObject({ payer: 'financeDeliveryFee', amount: 0, clause: 'H 三.(二).4' });
    expect(step?.note).toMatch(/at most 1 delivery a calendar month/);
  });

  it('a person not registered poor gets no chronic shares and no fee', () => {
    const s = settleOne(standardPerson, H.clinic, delivery('2019-03-05', 350, 50), [], bureau);
    expect(s.tilt).toBe(false);
    // settled as standard township outpatient care: 50% of in-catalogue 300
    expect(s.amounts).toMatchObject({
      basicInsurance: fen(300 * 0.5),
      safetyNetFund: 0,
      financeDeliveryFee: 0,
      patient: fen(350 - 150),
    });
  });
});

describe('policy selection and impossible input', () => {
  it('names the date field when no policy is in force', () => {
    const c = claim(H.peoples, { total: 100, on: '2020-01-02' });
    expect(() => policyForClaim(c)).toThrow(ValidationError);
    try {
      policyForClaim(c);
    } catch (error) {
      expect(error).toMatchObject({
        status: 400,
        code: 'no-policy',
        details: [{ path: 'dischargedOn', code: 'no-policy' }],
      });
    }
    expect(() => requireClaimPolicy('2018-12-31', 'servedOn')).toThrow(
      expect.objectContaining({ code: 'no-policy', details: [expect.objectContaining({ path: 'servedOn' })] }),
    );
    expect(requireClaimPolicy('2019-12-31', 'dischargedOn').id).toBe('zhalantun-2019');
  });

  it('refuses to settle under a policy not in force on the claim’s date', () => {
    const c = claim(H.peoples, { total: 100, on: '2019-06-10' });
    const other = { ...ZHALANTUN_2019, effectiveFrom: '2020-01-01', effectiveTo: '2020-12-31' };
    expect(() => settle(c, emptyPersonYear(poor.personId, 2019), poor, H.peoples, other, [])).toThrow(
      expect.objectContaining({ code: 'no-policy' }),
    );
  });

  it.each<[string, (c: ReturnType<typeof claim>) => void, string]>([
    ['slices above the total', (c) => (c.costs.outOfCatalogue = c.costs.total + 1), 'costs'],
    ['a negative amount', (c) => (c.costs.hospitalExcess = -1), 'costs.hospitalExcess'],
    ['a fraction of a fen', (c) => (c.costs.total = 10.5), 'costs.total'],
    ['discharge before admission', (c) => (c.admittedOn = '2019-06-11'), 'dischargedOn'],
    ['a delivery on an inpatient claim', (c) => (c.deliveries = 1), 'deliveries'],
    ['another person', (c) => (c.personId = '110105194912310021'), 'personId'],
  ])('rejects %s with a ValidationError naming the field', (_name, spoil, path) => {
    const c = claim(H.peoples, { total: 100 });
    spoil(c);
    expect(() => settle(c, emptyPersonYear(poor.personId, 2019), poor, H.peoples, ZHALANTUN_2019, [])).toThrow(
      expect.objectContaining({
        code: 'validation-error',
        details: expect.arrayContaining([expect.objectContaining({ path })]),
      }),
    );
  });

  it('rejects a person-year of another year', () => {
    const c = claim(H.peoples, { total: 100 });
    expect(() => settle(c, emptyPersonYear(poor.personId, 2018), poor, H.peoples, ZHALANTUN_2019, [])).toThrow(
      ValidationError,
    );
  });

  it('records the policy id, the service date and the exact year delta', () => {
    const s = settleOne(poor, H.peoples, { total: 20_000 });
    expect(s.policyId).toBe('zhalantun-2019');
    expect(s.serviceDate).toBe('2019-06-10');
    expect(s.yearDelta).toMatchObject({
      admission: { level: 'county', tilt: true },
      basicInsurance: { inpatient: fen(15_880), outpatient: 0, chronic: 0 },
      criticalIllness: { inPolicySelfPay: fen(4120), benefitPaid: 0 },
      generalAdmission: {
        level: 'county',
        deductible: fen(150),
        selfPayBeyondDeductible: fen(4120 - 150),
        paidBeyondDeductible: fen(2000 + 197),
      },
    });
  });
});
