import type { Fen } from '../../money.js';
import type { ClaimPolicy } from './parameters.js';

/**
 * Health-claims policy `zhalantun-2019` (docs/rules.md §2, docs/rules.md §2.3). Clause references are to the
 * health plan H = 扎兰屯市2019年健康扶贫工作实施方案 (扎政办字〔2019〕27号), in the plan's own numbering.
 * Labels: `plan` — stated in H; `national 2019`, `IM proxy`, `proxy` — shipped defaults for numbers H
 * does not give (docs/rules.md §2.3); `decision` — a documented interpretation (docs/claims-engine.md).
 * Never edit a past value: a changed number is one dated value in its parameter's `changes` (docs/rules.md §2.1).
 */
const yuan = (amount: number): Fen => Math.round(amount * 100);
const DEFAULTS = 'local default: docs/rules.md §2.3';

export const ZHALANTUN_2019: ClaimPolicy = {
  id: 'zhalantun-2019',
  effectiveFrom: '2019-01-01',
  effectiveTo: '2019-12-31',
  description:
    'Zhalantun 2019 health poverty alleviation (健康扶贫), one-stop settlement of registered poor persons’ claims; standard scheme numbers are labelled defaults (docs/rules.md §2.3).',
  parameters: {
    tilt: {
      referralRequiredLevels: {
        value: ['prefecture', 'region', 'outside'],
        unit: 'code',
        description:
          'Hospital levels (盟市及以上) at which, outside the county, the tilts need a registered referral (转诊备案) or an emergency report',
        citation: 'H 三.(二).5.1)',
        label: 'plan',
      },
    },
    basicInpatient: {
      deductible: {
        township: {
          value: yuan(100),
          unit: 'fen',
          description: 'Standard inpatient deductible, township hospital',
          citation: DEFAULTS,
          label: 'proxy',
        },
        county: {
          value: yuan(300),
          unit: 'fen',
          description: 'Standard inpatient deductible, county-level hospital',
          citation: DEFAULTS,
          label: 'proxy',
        },
        prefecture: {
          value: yuan(600),
          unit: 'fen',
          description: 'Standard inpatient deductible, prefecture-level hospital',
          citation: DEFAULTS,
          label: 'proxy',
        },
        region: {
          value: yuan(800),
          unit: 'fen',
          description: 'Standard inpatient deductible, region-level hospital',
          citation: DEFAULTS,
          label: 'proxy',
        },
        outside: {
          value: yuan(1000),
          unit: 'fen',
          description: 'Standard inpatient deductible, hospital outside the region',
          citation: DEFAULTS,
          label: 'proxy',
        },
      },
      ratio: {
        township: {
          value: 8500,
          unit: 'bp',
          description: 'Standard inpatient ratio, township hospital',
          citation: DEFAULTS,
          label: 'proxy',
        },
        county: {
          value: 7500,
          unit: 'bp',
          description: 'Standard inpatient ratio, county-level hospital',
          citation: DEFAULTS,
          label: 'proxy',
        },
        prefecture: {
          value: 6500,
          unit: 'bp',
          description: 'Standard inpatient ratio, prefecture-level hospital',
          citation: DEFAULTS,
          label: 'proxy',
        },
        region: {
          value: 6000,
          unit: 'bp',
          description: 'Standard inpatient ratio, region-level hospital',
          citation: DEFAULTS,
          label: 'proxy',
        },
        outside: {
          value: 5000,
          unit: 'bp',
          description: 'Standard inpatient ratio, hospital outside the region',
          citation: DEFAULTS,
          label: 'proxy',
        },
      },
      yearlyMaximum: {
        value: yuan(150_000),
        unit: 'fen',
        description: 'Yearly basic-insurance inpatient maximum per person',
        citation: DEFAULTS,
        label: 'proxy',
      },
      poorDeductibleFactor: {
        value: 5000,
        unit: 'bp',
        description: 'Registered poor: the standard inpatient deductible is multiplied by this (起付线降低50%)',
        citation: 'H 三.(二).1.2)',
        label: 'plan',
      },
      poorRatioUplift: {
        value: 500,
        unit: 'bp',
        description: 'Registered poor: inpatient ratio raised by 5 points (报销比例提高5个百分点)',
        citation: 'H 三.(二).1.2)',
        label: 'plan',
      },
      repeatAdmissionDeductibleFactor: {
        value: 0,
        unit: 'bp',
        description: 'Registered poor admitted again at the same level in the same year: no deductible (取消起付线)',
        citation: 'H 三.(二).1.2)',
        label: 'plan',
      },
      waiverLevels: {
        value: ['county', 'township'],
        unit: 'code',
        description:
          'Levels (旗县级、乡镇) at which sick or disabled children and severely disabled persons pay no deductible',
        citation: 'H 三.(二).1.3)',
        label: 'plan',
      },
      waiverDeductibleFactor: {
        value: 0,
        unit: 'bp',
        description:
          'Sick or disabled children and severely disabled persons at the waiver levels: no deductible (取消起付线)',
        citation: 'H 三.(二).1.3)',
        label: 'plan',
      },
    },
    outpatient: {
      settledLevels: {
        value: ['township'],
        unit: 'code',
        description: 'Outpatient care settled by basic insurance only at township clinics; elsewhere the patient pays',
        citation: `H 三.(二).1.2); ${DEFAULTS}`,
        label: 'proxy',
      },
      ratio: {
        value: 5000,
        unit: 'bp',
        description: 'Standard outpatient ratio on in-catalogue cost at a township clinic',
        citation: DEFAULTS,
        label: 'proxy',
      },
      poorRatioUplift: {
        value: 1000,
        unit: 'bp',
        description:
          'Registered poor at a township clinic: outpatient ratio raised by 10 points (报销比例提高10个百分点)',
        citation: 'H 三.(二).1.2)',
        label: 'plan',
      },
      yearlyMaximum: {
        value: yuan(200),
        unit: 'fen',
        description: 'Yearly outpatient basic-insurance maximum per person',
        citation: DEFAULTS,
        label: 'proxy',
      },
    },
    criticalIllness: {
      threshold: {
        value: yuan(14_000),
        unit: 'fen',
        description: 'Standard critical-illness threshold on the yearly in-policy self-pay',
        citation: DEFAULTS,
        label: 'IM proxy',
      },
      segments: {
        first: {
          upTo: {
            value: yuan(50_000),
            unit: 'fen',
            description: 'Upper bound of segment 1 (threshold – 50,000)',
            citation: DEFAULTS,
            label: 'proxy',
          },
          ratio: {
            value: 6000,
            unit: 'bp',
            description: 'Standard ratio in segment 1',
            citation: DEFAULTS,
            label: 'national 2019',
          },
        },
        second: {
          upTo: {
            value: yuan(100_000),
            unit: 'fen',
            description: 'Upper bound of segment 2 (50,000 – 100,000)',
            citation: DEFAULTS,
            label: 'proxy',
          },
          ratio: {
            value: 6500,
            unit: 'bp',
            description: 'Standard ratio in segment 2',
            citation: DEFAULTS,
            label: 'proxy',
          },
        },
        third: {
          upTo: {
            value: null,
            unit: 'fen',
            description: 'Segment 3 is open-ended (above 100,000)',
            citation: DEFAULTS,
            label: 'proxy',
          },
          ratio: {
            value: 7000,
            unit: 'bp',
            description: 'Standard ratio in segment 3',
            citation: DEFAULTS,
            label: 'proxy',
          },
        },
      },
      yearlyMaximum: {
        value: yuan(300_000),
        unit: 'fen',
        description: 'Standard yearly critical-illness maximum per person',
        citation: DEFAULTS,
        label: 'proxy',
      },
      poorThresholdFactor: {
        value: 5000,
        unit: 'bp',
        description:
          'Registered poor: the critical-illness threshold is multiplied by this (起付线降低50%); segment bounds stay',
        citation: 'H 三.(二).1.3)',
        label: 'plan',
      },
      poorSegmentUplift: {
        value: 500,
        unit: 'bp',
        description: 'Registered poor: each segment ratio raised by 5 points (分段报销比例每段提高5个百分点)',
        citation: 'H 三.(二).1.3)',
        label: 'plan',
      },
      poorYearlyMaximum: {
        value: null,
        unit: 'fen',
        description: 'Registered poor: no yearly critical-illness maximum',
        citation: DEFAULTS,
        label: 'national 2019',
      },
    },
    outOfCatalogue: {
      limit: {
        primary: {
          value: 500,
          unit: 'bp',
          description:
            'Out-of-catalogue share of total cost, primary clinics: the plan names none, the stricter stated limit applies',
          citation: 'H 三.(二).5.2)',
          label: 'decision',
        },
        secondary: {
          value: 500,
          unit: 'bp',
          description:
            'Out-of-catalogue share of total cost, secondary hospitals (二级医疗机构不得超过5%); the excess is the hospital’s',
          citation: 'H 三.(二).5.2)',
          label: 'plan',
        },
        tertiary: {
          value: 1000,
          unit: 'bp',
          description:
            'Out-of-catalogue share of total cost, tertiary hospitals (三级医疗机构不得超过10%); the excess is the hospital’s',
          citation: 'H 三.(二).5.2)',
          label: 'plan',
        },
      },
      tertiaryHeldToSecondary: {
        value: 500,
        unit: 'bp',
        description:
          '中蒙医院, 市人民医院 and 呼伦贝尔市第二人民医院: tertiary but held to the secondary 5% (registry flag secondaryOutOfCatalogueLimit)',
        citation: 'H 三.(二).5.2)',
        label: 'plan',
      },
    },
    cataract: {
      programmeFrom: {
        value: '2017-11-01',
        unit: 'date',
        description: 'Cataract programme (光明扶贫工程) first discharge day: 2017年11月, from the first of the month',
        citation: 'H 三.(二).5.7)',
        label: 'plan',
      },
      programmeTo: {
        value: '2019-11-30',
        unit: 'date',
        description: 'Cataract programme last discharge day: 2019年11月, read as the whole month',
        citation: 'H 三.(二).5.7)',
        label: 'decision',
      },
      perEyeLimit: {
        value: yuan(6000),
        unit: 'fen',
        description:
          'Cataract programme: compliant cost per eye treated at most this (单侧眼诊疗费用总额控制在6000元以内); the rest is the hospital’s',
        citation: 'H 三.(二).5.7)',
        label: 'plan',
      },
      patientShare: {
        value: 0,
        unit: 'bp',
        description:
          'Cataract programme: the patient pays nothing (免费救治); the fund writes off what the other payers leave (核销)',
        citation: 'H 三.(二).5.7)',
        label: 'plan',
      },
    },
    targets: {
      order: {
        value: ['cataract-programme', 'major-disease', 'critical-illness', 'self-pay-cap'],
        unit: 'code',
        description:
          'Target-share rules in the order tried; exclusive, the first that applies wins (除大病集中救治病种、重特大疾病…外,其他…)',
        citation: 'H 三.(二).5.6), 5.7), 2, 5.5); docs/rules.md §3.2 step 7',
        label: 'plan',
      },
      majorDiseasePatientShare: {
        value: 1000,
        unit: 'bp',
        description:
          'Major disease at a designated hospital: the patient’s share of compliant cost (实际报销比例达90%)',
        citation: 'H 三.(二).2',
        label: 'plan',
      },
      majorDiseaseYearlySelfPayCeiling: {
        value: yuan(5000),
        unit: 'fen',
        description:
          'Major disease: yearly patient self-pay above this is covered (年度自付费用超过5000元的,对超出部分…兜底)',
        citation: 'H 三.(二).2',
        label: 'plan',
      },
      majorDiseaseCeilingPayer: {
        value: 'safetyNetFund',
        unit: 'code',
        description: 'Who alone pays the self-pay that the major-disease ceiling removes (大病保障基金予以兜底保障)',
        citation: 'H 三.(二).2',
        label: 'plan',
      },
      criticalIllnessPatientShare: {
        value: 1000,
        unit: 'bp',
        description:
          'Critical illness paid on the claim (重特大疾病): beyond the deductible the patient pays this share of compliant cost (在…起付线的基础上,使实际报销比例达90%)',
        citation: 'H 三.(二).5.5)',
        label: 'plan',
      },
      selfPayCap: {
        township: {
          value: yuan(1000),
          unit: 'fen',
          description: 'Self-pay cap (自付封顶额), township hospital',
          citation: 'H 三.(二).5.6)',
          label: 'plan',
        },
        county: {
          value: yuan(2000),
          unit: 'fen',
          description: 'Self-pay cap, county-level hospital',
          citation: 'H 三.(二).5.6)',
          label: 'plan',
        },
        prefecture: {
          value: yuan(3000),
          unit: 'fen',
          description: 'Self-pay cap, prefecture-level hospital',
          citation: 'H 三.(二).5.6)',
          label: 'plan',
        },
        region: {
          value: yuan(4000),
          unit: 'fen',
          description:
            'Self-pay cap, region-level hospital (自治区级 and 区外 read as two levels so that all five amounts are used)',
          citation: 'H 三.(二).5.6)',
          label: 'decision',
        },
        outside: {
          value: yuan(5000),
          unit: 'fen',
          description: 'Self-pay cap, hospital outside the region (自治区级 and 区外 read as two levels)',
          citation: 'H 三.(二).5.6)',
          label: 'decision',
        },
      },
      patientShareAboveCap: {
        value: 1000,
        unit: 'bp',
        description:
          'Self-pay above the cap: the patient pays this share, the top-up the rest (超出部分…兜底保障到90%)',
        citation: 'H 三.(二).5.6)',
        label: 'plan',
      },
      policyRangeFloor: {
        value: 7500,
        unit: 'bp',
        description:
          'Basic + critical-illness reimbursement of in-catalogue cost, floor (政策范围内报销比例不低于75%): reported and flagged when below, not enforced',
        citation: 'H 三.(二).5.6)',
        label: 'plan',
      },
    },
    reportTargets: {
      chronicEffectiveRatio: {
        value: 8000,
        unit: 'bp',
        description:
          'Health report: chronic-disease delivery, payers over compliant cost (贫困慢病患者送药医疗费用…实际报销比例达80%)',
        citation: 'H 三.(二).4',
        label: 'plan',
      },
      inCountyAdmissionShare: {
        value: 9000,
        unit: 'bp',
        description:
          'Health report: share of inpatient admissions in hospitals inside the city (到2020年将市域内就诊率提高到90%左右)',
        citation: 'H 三.(二).3',
        label: 'plan',
      },
      participation: {
        value: 10_000,
        unit: 'bp',
        description: 'Health report: registered poor persons insured for the year (建档立卡贫困人口…参保率达100%)',
        citation: 'H 三.(二).1.1), 四.(七)',
        label: 'plan',
      },
    },
    topUp: {
      order: {
        value: ['medicalAssistance', 'commercialInsurance', 'safetyNetFund'],
        unit: 'code',
        description:
          'Who pays the top-up, in order (医疗救助, 商业健康补充保险, 大病保障基金 as H 三.(二).2 and 5.3) name them)',
        citation: `H 三.(二).2, 5.3); ${DEFAULTS}`,
        label: 'proxy',
      },
      shareOfRemainder: {
        medicalAssistance: {
          value: 7000,
          unit: 'bp',
          description: 'Medical assistance: 70% of the top-up (assistance “at least 70%” for the poor)',
          citation: DEFAULTS,
          label: 'IM proxy',
        },
        commercialInsurance: {
          value: 5000,
          unit: 'bp',
          description: 'Commercial supplementary insurance: 50% of what medical assistance leaves',
          citation: DEFAULTS,
          label: 'proxy',
        },
        safetyNetFund: {
          value: 10_000,
          unit: 'bp',
          description:
            'Safety-net fund: the rest (the fund is the last layer; as last payer it takes the remainder exactly)',
          citation: 'H 三.(二).2, 5.7)',
          label: 'plan',
        },
      },
    },
    chronic: {
      shares: {
        'insurance-bureau': {
          basicInsurance: {
            value: 7000,
            unit: 'bp',
            description:
              'Chronic delivery, disease certified by the insurance bureau: basic insurance 70% of in-catalogue cost',
            citation: 'H 三.(二).4',
            label: 'plan',
          },
          safetyNetFund: {
            value: 1000,
            unit: 'bp',
            description:
              'Chronic delivery, certified by the insurance bureau: the safety-net fund brings reimbursement to 80%',
            citation: 'H 三.(二).4',
            label: 'decision',
          },
          patient: {
            value: 2000,
            unit: 'bp',
            description:
              'Chronic delivery, certified by the insurance bureau: the patient’s 20% (what the payers leave)',
            citation: 'H 三.(二).4',
            label: 'decision',
          },
        },
        'health-commission': {
          basicInsurance: {
            value: 0,
            unit: 'bp',
            description: 'Chronic delivery, disease certified by the health commission: basic insurance pays nothing',
            citation: 'H 三.(二).4',
            label: 'decision',
          },
          safetyNetFund: {
            value: 8000,
            unit: 'bp',
            description:
              'Chronic delivery, certified by the health commission: the safety-net fund pays what the patient’s 20% leaves',
            citation: 'H 三.(二).4',
            label: 'decision',
          },
          patient: {
            value: 2000,
            unit: 'bp',
            description: 'Chronic delivery, certified by the health commission: the patient’s 20% (个人自付20%)',
            citation: 'H 三.(二).4',
            label: 'plan',
          },
        },
      },
      deliveryFee: {
        value: yuan(8),
        unit: 'fen',
        description: 'Medicine delivery fee paid by finance (每次送药服务费8元,由财政给予支付)',
        citation: 'H 三.(二).4',
        label: 'plan',
      },
      feesPerMonth: {
        value: 1,
        unit: 'count',
        description: 'Deliveries a calendar month for which finance pays the fee (每月1次“送医配药”服务)',
        citation: 'H 三.(二).4',
        label: 'plan',
      },
    },
    reconciliation: {
      patientShareAboveCap: {
        value: 1000,
        unit: 'bp',
        description:
          'Yearly reconciliation: the patient owes this share of the year’s self-pay beyond deductibles above the cap',
        citation: 'H 三.(二).5.6)',
        label: 'plan',
      },
      refundPayer: {
        value: 'commercialInsurance',
        unit: 'code',
        description: 'Who refunds what the person paid beyond the yearly due (再由保险公司兜底保障报销)',
        citation: 'H 三.(二).5.6)',
        label: 'plan',
      },
      months: {
        value: [1, 2, 3],
        unit: 'code',
        description: 'Months of the following year in which the insurance bureau reconciles (下一年度的1月至3月份)',
        citation: 'H 三.(二).5.6)',
        label: 'plan',
      },
      highestLevelBasis: {
        value: 'tilted-admissions',
        unit: 'code',
        description:
          'The yearly cap is that of the highest level among the admissions with the poverty tilt (个人自付封顶额按照贫困人口就诊最高级别医疗机构确定); the reconciliation report also shows the reading with every stay',
        citation: 'H 三.(二).5.6)',
        label: 'decision',
      },
    },
    contribution: {
      adult: {
        value: yuan(270),
        unit: 'fen',
        description: 'Personal contribution, ordinary adult (普通成年人)',
        citation: 'H 三.(二).1.1)',
        label: 'plan',
      },
      minorOrStudent: {
        value: yuan(170),
        unit: 'fen',
        description: 'Personal contribution, ordinary minor or student (普通未成年人(含大学生))',
        citation: 'H 三.(二).1.1)',
        label: 'plan',
      },
      assistedAdultPersonal: {
        value: yuan(220),
        unit: 'fen',
        description:
          'Personal contribution, 低保 recipient, severely disabled person unable to work, or 60+ member of a 低收入家庭',
        citation: 'H 三.(二).1.1)',
        label: 'plan',
      },
      assistedAdultMedicalAssistance: {
        value: yuan(50),
        unit: 'fen',
        description: 'Medical assistance on top of the assisted adult’s 220 (财政医疗救助再行补助50元)',
        citation: 'H 三.(二).1.1)',
        label: 'plan',
      },
      assistedMinorPersonal: {
        value: yuan(120),
        unit: 'fen',
        description: 'Personal contribution, student or child who is a 低保 recipient or severely disabled',
        citation: 'H 三.(二).1.1)',
        label: 'plan',
      },
      assistedMinorMedicalAssistance: {
        value: yuan(50),
        unit: 'fen',
        description: 'Medical assistance on top of the assisted minor’s 120',
        citation: 'H 三.(二).1.1)',
        label: 'plan',
      },
      adultAge: {
        value: 18,
        unit: 'count',
        description: 'Completed years on 1 January of the year from which a person is an adult (未成年人: under 18)',
        citation: 'H 三.(二).1.1) (未成年人 read by the civil law’s age of majority)',
        label: 'decision',
      },
      elderlyAge: {
        value: 60,
        unit: 'count',
        description:
          'Completed years on 1 January of the year from which a 低收入家庭 member counts as elderly (60周岁以上, at or above)',
        citation: 'H 三.(二).1.1)',
        label: 'plan',
      },
      registeredPoorPaidByFinance: {
        value: true,
        unit: 'flag',
        description:
          'Registered poor persons’ personal contribution is paid in full by finance (由财政全额补助,采取代缴方式)',
        citation: 'H 三.(二).1.1)',
        label: 'plan',
      },
    },
  },
};
