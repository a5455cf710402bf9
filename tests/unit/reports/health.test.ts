import { describe, expect, it } from 'vitest';
import type { StoredClaim } from '../../../shared/claims/ports.js';
import { emptyPersonYear, settle } from '../../../shared/claims/engine/index.js';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/index.js';
import type { ClaimFacts, Settlement } from '../../../shared/claims/types.js';
import { SHIPPED_HOSPITALS } from '../../../shared/reference/hospitals.js';
import type { Hospital } from '../../../shared/reference/types.js';
import { healthReport } from '../../../shared/reports/health.js';
import type { Person } from '../../../shared/roster/types.js';

const person: Person = {
  personId: '11010519491231002X',
  name: '示例',
  householdId: 'H',
  township: 'zhonghe',
  village: 'v',
  registeredFrom: '2016-01-01',
  flags: {},
  insuredYears: [2019],
};
const outside: Hospital = {
  hospitalId: 'demo-outside',
  name: '示例区外医院',
  level: 'outside',
  grade: 'tertiary',
  secondaryOutOfCatalogueLimit: false,
  majorDiseaseDesignated: false,
  cataractProgramme: false,
  inCounty: false,
};
const hospitals = [...SHIPPED_HOSPITALS, outside];
const byId = (id: string) => hospitals.find((h) => h.hospitalId === id)!;

function claim(
  id: string,
  hospitalId: string,
  facts: Partial<ClaimFacts>,
  status: 'settled' | 'voided' = 'settled',
): StoredClaim<Settlement> {
  const f: ClaimFacts = {
    claimId: id,
    hospitalId,
    personId: person.personId,
    kind: 'inpatient',
    admittedOn: '2019-10-01',
    dischargedOn: '2019-10-08',
    diagnosis: { icd10: null, majorDisease: null, chronicDisease: null, cataractEyes: null },
    referral: { registered: true, emergency: false },
    costs: { total: 0, outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
    deliveries: 0,
    ...facts,
  } as ClaimFacts;
  const certs = [{ disease: 'hypertension', certifiedBy: 'insurance-bureau' as const, from: '2019-01-01' }];
  const { settlement } = settle(
    f,
    emptyPersonYear(person.personId, 2019),
    person,
    byId(hospitalId),
    ZHALANTUN_2019,
    certs,
  );
  return {
    hospitalId,
    claimId: id,
    personId: person.personId,
    year: 2019,
    requestHash: id,
    status,
    settledAt: '2019-10-08T00:00:00Z',
    settlement,
    facts: f,
  };
}

describe('monthly health report (docs/rules.md §7)', () => {
  const claims = [
    claim('major', 'zlt-peoples', {
      diagnosis: { icd10: null, majorDisease: 'gastric-cancer', chronicDisease: null, cataractEyes: null },
      costs: { total: 8_000_000, outOfCatalogue: 600_000, patientExcess: 0, hospitalExcess: 0 },
    }),
    claim('chronic', 'clinic-zhonghe', {
      kind: 'chronic-outpatient',
      admittedOn: undefined,
      dischargedOn: undefined,
      servedOn: '2019-10-05',
      diagnosis: { icd10: null, majorDisease: null, chronicDisease: 'hypertension', cataractEyes: null },
      costs: { total: 32_000, outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
      deliveries: 1,
    }),
    claim('general', 'demo-outside', {
      costs: { total: 2_000_000, outOfCatalogue: 100_000, patientExcess: 0, hospitalExcess: 0 },
    }),
    claim('county', 'zlt-mongolian-chinese', {
      costs: { total: 500_000, outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
    }),
    claim(
      'voided',
      'zlt-mongolian-chinese',
      { costs: { total: 900_000, outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 } },
      'voided',
    ),
  ];
  const report = healthReport({
    month: '2019-10',
    claims,
    hospitals,
    participation: { registered: 200, insured: 196 },
  });

  it('leaves voided claims out, and per-hospital totals add up to the payer totals', () => {
    expect(report.claims).toBe(4);
    expect(report.hospitals.map((h) => h.hospitalId)).toEqual([
      'clinic-zhonghe',
      'demo-outside',
      'zlt-mongolian-chinese',
      'zlt-peoples',
    ]);
    for (const payer of ['basicInsurance', 'patient', 'safetyNetFund'] as const) {
      const sum = report.hospitals.reduce(
        (s, h) => s + Math.round((h as unknown as Record<string, number>)[payer]! * 100),
        0,
      );
      expect(sum).toBe(Math.round(report.payers[payer]! * 100));
    }
  });

  it('chronic effective reimbursement: (224 + 32) / 320 = 80%, the target [H 三.(二).4]', () => {
    expect(report.indicators.chronicEffectiveRatio).toMatchObject({ percent: 80, targetPercent: 80, claims: 1 });
  });

  it('major disease effective reimbursement is measured against 90% [H 三.(二).2]', () => {
    const major = claims[0]!.settlement;
    const paid =
      major.amounts.basicInsurance +
      major.amounts.criticalIllnessInsurance +
      major.amounts.medicalAssistance +
      major.amounts.commercialInsurance +
      major.amounts.safetyNetFund;
    expect(report.indicators.majorDiseaseEffectiveRatio.percent).toBe(
      Math.round((paid / major.amounts.compliant) * 10000) / 100,
    );
    expect(report.indicators.majorDiseaseEffectiveRatio.percent!).toBeGreaterThanOrEqual(90);
  });

  it('in-county share of admissions: 2 of 3 settled admissions = 66.67% against about 90% [H 三.(二).3]', () => {
    expect(report.indicators.inCountyAdmissions).toMatchObject({ admissions: 3, inCounty: 2, percent: 66.67 });
  });

  it('out-of-catalogue share against each hospital’s limit [H 三.(二).5.2)]: 7.5% at 人民医院 is over its 5%', () => {
    const peoples = report.hospitals.find((h) => h.hospitalId === 'zlt-peoples')!;
    expect(peoples).toMatchObject({ outOfCatalogueSharePercent: 7.5, outOfCatalogueLimitPercent: 5, overLimit: true });
    const far = report.hospitals.find((h) => h.hospitalId === 'demo-outside')!;
    expect(far).toMatchObject({ outOfCatalogueSharePercent: 5, outOfCatalogueLimitPercent: 10, overLimit: false });
  });

  it('participation: 196 of 200 registered poor persons insured = 98% against 100%', () => {
    expect(report.indicators.participation).toMatchObject({ percent: 98, targetPercent: 100 });
  });

  it('verdicts against the 2019 targets, exact at the boundary: chronic 256/320 = 80% meets 80%; 2/3 admissions and 196/200 insured do not', () => {
    expect(report.indicators.chronicEffectiveRatio.met).toBe(true); // 256 × 10,000 = 2,560,000 >= 8,000 × 320
    expect(report.indicators.inCountyAdmissions.met).toBe(false); // 2 × 10,000 = 20,000 < 9,000 × 3 = 27,000
    expect(report.indicators.participation.met).toBe(false); // 196 × 10,000 < 10,000 × 200
    expect(report.indicators.chronicEffectiveRatio.clause).toBe('H 三.(二).4');
    expect(report.indicators.inCountyAdmissions.clause).toBe('H 三.(二).3');
  });

  it('a policy document with other report targets changes the verdicts (targets are policy data, not literals)', () => {
    const p = ZHALANTUN_2019.parameters;
    const with_ = (chronic: number, inCounty: number, participation: number) => ({
      ...ZHALANTUN_2019,
      id: 'test-other-targets',
      parameters: {
        ...p,
        reportTargets: {
          chronicEffectiveRatio: { ...p.reportTargets.chronicEffectiveRatio, value: chronic },
          inCountyAdmissionShare: { ...p.reportTargets.inCountyAdmissionShare, value: inCounty, citation: 'test 1' },
          participation: { ...p.reportTargets.participation, value: participation },
        },
      },
    });
    const run = (policy: ReturnType<typeof with_>) =>
      healthReport({ month: '2019-10', claims, hospitals, participation: { registered: 200, insured: 196 }, policy })
        .indicators;
    // Chronic 80.00% against 80.01%: 2,560,000 < 8,001 × 320 = 2,560,320, no longer met.
    // In-county 2/3 against 65%: 20,000 >= 6,500 × 3 = 19,500, met; against 66.67%: 20,000 < 20,001, not met
    // (a comparison of the rounded 66.67% would wrongly say met).
    // Participation 196/200 against 98%: 1,960,000 >= 9,800 × 200 = 1,960,000, met.
    const lower = run(with_(8001, 6500, 9800));
    expect(lower.chronicEffectiveRatio).toMatchObject({ percent: 80, targetPercent: 80.01, met: false });
    expect(lower.inCountyAdmissions).toMatchObject({ percent: 66.67, targetPercent: 65, met: true, clause: 'test 1' });
    expect(lower.participation).toMatchObject({ percent: 98, targetPercent: 98, met: true });
    expect(run(with_(8000, 6667, 9801)).inCountyAdmissions.met).toBe(false);
    expect(run(with_(8000, 6667, 9801)).participation.met).toBe(false); // 1,960,000 < 9,801 × 200 = 1,960,200
  });

  it('counts tilted inpatient claims below the 75% floor and patients above the cap rule, from the engine’s indicators', () => {
    const tilted = claims.filter(
      (c) => c.status === 'settled' && c.settlement.kind === 'inpatient' && c.settlement.tilt,
    );
    expect(report.indicators.belowPolicyRangeFloor.of).toBe(tilted.length);
    expect(report.indicators.belowPolicyRangeFloor.claims).toBe(
      tilted.filter((c) => c.settlement.indicators.belowPolicyRangeFloor).length,
    );
    expect(report.indicators.paidAboveCapRule.claims).toBe(
      claims.filter((c) => c.status === 'settled' && c.settlement.indicators.aboveCapRule > 0).length,
    );
  });
});

describe('issue 12 item 10: 重特大疾病 90%, the uninsured list, limits from the policy', () => {
  // 100,000 at 扎兰屯市人民医院 (county), no out-of-catalogue cost, not a listed major disease: the year's
  // in-policy self-pay passes the poor threshold of 7,000, so the critical-illness rule sets the patient's
  // share: d 150 + 10% × (100,000 − 150) = 10,135; the payers pay 89,865. Over compliant cost less the
  // deductible (H 三.(二).5.5) "在贫困人口自付基本医保起付线的基础上"): 89,865 / 99,850 = 90% (over the whole
  // compliant cost it would read 89.87% and look short of the target).
  const critical = claim('critical', 'zlt-peoples', {
    costs: { total: 10_000_000, outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
  });
  const uninsured = [
    { personId: '110105********002X', name: '张*', householdId: 'H2', township: 'zhonghe', village: '前进村' },
    { personId: '110105********0011', name: '李*', householdId: 'H1', township: 'chaihe', village: '东村' },
  ];
  const report = healthReport({
    month: '2019-10',
    claims: [critical],
    hospitals,
    participation: { registered: 3, insured: 1 },
    uninsured,
  });

  it('measures the critical-illness claims against 90% over compliant cost less the deductible', () => {
    expect(critical.settlement.rule).toBe('critical-illness');
    expect(critical.settlement.amounts.patient).toBe(1_013_500);
    expect(report.indicators.criticalIllnessEffectiveRatio).toMatchObject({
      percent: 90,
      targetPercent: 90,
      claims: 1,
      clause: 'H 三.(二).5.5)',
    });
  });

  it('lists the registered poor persons not insured, masked, by township (not only their count)', () => {
    expect(report.indicators.participation).toMatchObject({ registered: 3, insured: 1, percent: 33.33 });
    expect(report.indicators.participation.uninsured.map((u) => u.householdId)).toEqual(['H1', 'H2']);
  });

  it('reads the targets and out-of-catalogue limits from the policy data, not literals', () => {
    const p = ZHALANTUN_2019.parameters;
    const stricter = {
      ...ZHALANTUN_2019,
      parameters: {
        ...p,
        targets: {
          ...p.targets,
          majorDiseasePatientShare: { ...p.targets.majorDiseasePatientShare, value: 500 },
          policyRangeFloor: { ...p.targets.policyRangeFloor, value: 8000 },
        },
        outOfCatalogue: {
          ...p.outOfCatalogue,
          limit: { ...p.outOfCatalogue.limit, secondary: { ...p.outOfCatalogue.limit.secondary, value: 300 } },
          tertiaryHeldToSecondary: { ...p.outOfCatalogue.tertiaryHeldToSecondary, value: 300 },
        },
      },
    };
    const r = healthReport({
      month: '2019-10',
      claims: [critical],
      hospitals,
      participation: { registered: 0, insured: 0 },
      policy: stricter,
    });
    expect(r.indicators.majorDiseaseEffectiveRatio.targetPercent).toBe(95);
    // 重特大疾病 89,865 / 99,850 = 90% exactly: met at 90% (898,650,000 >= 9,000 × 99,850) above, and not met
    // when the document asks the patient to pay 9% (target 91%: 898,650,000 < 9,100 × 99,850 = 908,635,000).
    expect(report.indicators.criticalIllnessEffectiveRatio.met).toBe(true);
    const critical91 = healthReport({
      month: '2019-10',
      claims: [critical],
      hospitals,
      participation: { registered: 0, insured: 0 },
      policy: {
        ...ZHALANTUN_2019,
        parameters: {
          ...p,
          targets: {
            ...p.targets,
            criticalIllnessPatientShare: { ...p.targets.criticalIllnessPatientShare, value: 900 },
          },
        },
      },
    });
    expect(critical91.indicators.criticalIllnessEffectiveRatio).toMatchObject({ targetPercent: 91, met: false });
    expect(critical91.indicators.participation.met).toBeNull(); // nothing to divide by
    expect(r.indicators.belowPolicyRangeFloor.floorPercent).toBe(80);
    expect(r.hospitals.find((h) => h.hospitalId === 'zlt-peoples')?.outOfCatalogueLimitPercent).toBe(3);
  });
});
