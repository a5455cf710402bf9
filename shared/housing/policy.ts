import type { Fen } from '../money.js';
import type { DocumentRules } from './documents.js';
import { policyInForce, resolveOn, type Parameter, type PolicyDocument } from '../policy/parameter.js';

/**
 * Housing-renovation policy as versioned, cited data (docs/rules.md §2.1 and §4). Both plans use the same
 * numbers (R1 and R2 both take the 2018 Inner Mongolia standard), so one document serves both programmes;
 * where a number is a documented interpretation rather than the plan's text its label is `decision`.
 *
 * Clause references: R1 = 扎兰屯市2019年农村危房改造(兜底房建设)扶贫实施方案, R2 = …(五保、低保、贫困残疾人家庭)
 * 实施方案, each with the plan's own numbering (`R1 四.(三)`).
 */
export interface HousingParameters {
  subsidy: {
    /** D级新建每户 25,232 元. */
    dGradeNewBuild: Parameter<Fen>;
    /** C级修缮每户上限 20,000 元: actual cost, capped. */
    cGradeRepairCap: Parameter<Fen>;
    /** 政府兜底房每户 45,232 元. */
    governmentBacked: Parameter<Fen>;
    /** The government's backing inside 45,232, returned when the house is sold after five years. */
    governmentBackingReturnable: Parameter<Fen>;
    /** decision: an R1 C-grade household building new "to the D standard". */
    cGradeNewBuild: Parameter<Fen>;
    /** decision: a no-house household that builds itself. */
    noHouseSelfBuild: Parameter<Fen>;
    /** decision: a place in a mutual-aid courtyard (collective ownership, built by the township). */
    mutualAidPlace: Parameter<Fen>;
  };
  area: {
    /** Self-build guide lower bound; not a refusal rule (only 超标 cancels the subsidy). */
    selfBuildMin: Parameter;
    /** Self-build upper bound (inclusive). */
    selfBuildMax: Parameter;
    /** Self-build upper bound for a large household with a township request (inclusive). */
    largeHouseholdMax: Parameter;
    governmentBackedMax: Parameter;
    mutualAidMax: Parameter;
    /** Extremely poor households that need the safety net, any new-build mode. */
    safetyNetMax: Parameter;
  };
  notice: {
    /** Village, township and city public notices: at least this many days, first and last day counted. */
    minimumDays: Parameter;
  };
  schedule: {
    /** All work finished by this date (inclusive). */
    deadline: Parameter<string>;
    preparationEnds: Parameter<string>;
    constructionEnds: Parameter<string>;
    archivingEnds: Parameter<string>;
  };
  /**
   * The one-household file (一户一档) [R1 九.(五), R2 八.(五)]: per kind of document, whose file needs it, from
   * which step it exists and which step is refused without it (documents.ts). A kind absent here is optional.
   */
  documents: DocumentRules;
  /** Household yearly targets and planned investment, for the progress report (plan against actual). */
  plan: {
    R1: {
      cGradeHouseholds: Parameter;
      dGradeHouseholds: Parameter;
      noHouseHouseholds: Parameter;
      /** 640.64 万元; the plan says it excludes no-house households. */
      plannedInvestment: Parameter<Fen>;
      fundSource: Parameter<string>;
    };
    R2: {
      households: Parameter;
      /** 334.2 万元. */
      plannedInvestment: Parameter<Fen>;
      fundSource: Parameter<string>;
    };
  };
}

export type HousingPolicy = PolicyDocument<HousingParameters>;

const yuan = (amount: number): Fen => Math.round(amount * 100);

export const HOUSING_2019: HousingPolicy = {
  id: 'housing-2019',
  effectiveFrom: '2019-01-01',
  effectiveTo: '2019-12-31',
  description:
    '2019 rural dangerous-house renovation: R1 registered-poor households (兜底房建设) and R2 五保/低保/poor disabled households, 扎政办字〔2019〕27号.',
  parameters: {
    subsidy: {
      dGradeNewBuild: {
        value: yuan(25_232),
        unit: 'fen',
        description: 'D-grade new build, per household',
        citation: 'R1 四.(三); R2 四.(三)',
        label: 'plan',
      },
      cGradeRepairCap: {
        value: yuan(20_000),
        unit: 'fen',
        description: 'C-grade repair: the actual cost, at most this per household',
        citation: 'R1 四.(三); R2 四.(三)',
        label: 'plan',
      },
      governmentBacked: {
        value: yuan(45_232),
        unit: 'fen',
        description: 'Government-backed house (政府兜底房), per household, no self-funding',
        citation: 'R1 四.(三), 四.(二).2; R2 四.(三), 四.(二).2',
        label: 'plan',
      },
      governmentBackingReturnable: {
        value: yuan(45_232 - 25_232),
        unit: 'fen',
        description:
          'Backing money returned when a government-backed house is sold after five years (45,232 − 25,232); the national renovation money stays with the household',
        citation: 'R1 四.(二).2; R2 四.(二).2, 八.(二)',
        label: 'decision',
      },
      cGradeNewBuild: {
        value: yuan(25_232),
        unit: 'fen',
        description:
          'R1 C-grade household that builds new instead of repairing: the D-grade new-build amount (新建房屋标准可参照D级危房改造标准)',
        citation: 'R1 四.(二).4, 四.(三)',
        label: 'decision',
      },
      noHouseSelfBuild: {
        value: yuan(25_232),
        unit: 'fen',
        description: 'R1 no-house household that builds itself: the D-grade new-build amount (补助标准同上)',
        citation: 'R1 五.(二), 五.(三)',
        label: 'decision',
      },
      mutualAidPlace: {
        value: yuan(45_232),
        unit: 'fen',
        description:
          'A place in a mutual-aid courtyard (互助院), built by the township without self-funding: the government-backed amount',
        citation: 'R1 四.(二).3, 四.(三), 五.(三); R2 四.(二).3, 四.(三)',
        label: 'decision',
      },
    },
    area: {
      selfBuildMin: {
        value: 40,
        unit: 'm2',
        description: 'Self-build guide lower bound (原则上控制在40—60平方米); a smaller house is not refused',
        citation: 'R1 四.(二).1, 九.(三).3; R2 四.(二).1, 八.(三).3',
        label: 'plan',
      },
      selfBuildMax: {
        value: 60,
        unit: 'm2',
        description: 'Self-build built area, at most (inclusive)',
        citation: 'R1 四.(二).1, 九.(三).3; R2 四.(二).1, 八.(三).3',
        label: 'plan',
      },
      largeHouseholdMax: {
        value: 80,
        unit: 'm2',
        description:
          'Self-build built area for a household with many members, on its request and a formal township document (放宽至80平方米以内), inclusive',
        citation: 'R1 九.(三).3; R2 八.(三).3',
        label: 'plan',
      },
      governmentBackedMax: {
        value: 40,
        unit: 'm2',
        description: 'Government-backed house, at most (inclusive)',
        citation: 'R1 四.(二).2; R2 四.(二).2',
        label: 'plan',
      },
      mutualAidMax: {
        value: 40,
        unit: 'm2',
        description: 'Mutual-aid courtyard house, at most (inclusive)',
        citation: 'R1 四.(二).3; R2 四.(二).3',
        label: 'plan',
      },
      safetyNetMax: {
        value: 40,
        unit: 'm2',
        description:
          'Extremely poor household needing the safety net (需要政策兜底脱贫的特困户), any new-build mode, at most (inclusive)',
        citation: 'R1 九.(三).3; R2 八.(三).3',
        label: 'plan',
      },
    },
    notice: {
      minimumDays: {
        value: 5,
        unit: 'days',
        description:
          'Public notices (village, township, city) last at least this many days, the first and the last day both counted',
        citation: 'R1 七.(二), 七.(三), 七.(四); R2 六.(二), 六.(三), 六.(四)',
        label: 'plan',
      },
    },
    schedule: {
      deadline: {
        value: '2019-08-31',
        unit: 'date',
        description: 'All renovation work finished (8月末全面完工, 8月底前全部完成)',
        citation: 'R1 三, 八.(二); R2 三, 七.(二)',
        label: 'plan',
      },
      preparationEnds: {
        value: '2019-03-31',
        unit: 'date',
        description: 'Preparation phase January–March',
        citation: 'R1 八.(一); R2 七.(一)',
        label: 'plan',
      },
      constructionEnds: {
        value: '2019-08-31',
        unit: 'date',
        description: 'Construction phase April–August',
        citation: 'R1 八.(二); R2 七.(二)',
        label: 'plan',
      },
      archivingEnds: {
        value: '2019-09-30',
        unit: 'date',
        description: 'Summary and archiving in September',
        citation: 'R1 八.(三); R2 七.(三)',
        label: 'plan',
      },
    },
    documents: {
      application: {
        value: { programmes: ['R1', 'R2'], dueAfter: 'applied', requiredAt: 'final-acceptance' },
        unit: 'code',
        description:
          'Renovation application (危房改造申请表) signed by the householder (须有户主签字), in every file; final acceptance needs it',
        citation: 'R1 七.(一), 九.(五); R2 六.(一), 八.(五)',
        label: 'plan',
      },
      householder: {
        value: { programmes: ['R1', 'R2'], dueAfter: 'applied', requiredAt: 'final-acceptance' },
        unit: 'code',
        description:
          'Photo of the householder (户主正面肖像, 农户户主图片) taken with the house for the application, in every file',
        citation: 'R1 七.(一), 九.(五); R2 六.(一), 八.(五)',
        label: 'plan',
      },
      'identity-proof': {
        value: { programmes: ['R1', 'R2'], dueAfter: 'applied', requiredAt: 'final-acceptance' },
        unit: 'code',
        description: 'Identity proof (身份证明: identity card and 户籍证明 household registration), in every file',
        citation: 'R1 七.(一), 九.(五); R2 六.(一), 八.(五)',
        label: 'plan',
      },
      'welfare-certificate': {
        value: {
          programmes: ['R2'],
          identityBases: ['welfare', 'disabled-household'],
          dueAfter: 'applied',
          requiredAt: 'final-acceptance',
        },
        unit: 'code',
        description:
          'R2: the certificate the household is admitted on (五保证、低保证、残疾证的原件和复印件); R1 households are identified by the poverty office instead',
        citation: 'R2 六.(一), 八.(三).1',
        label: 'plan',
      },
      'income-proof': {
        value: { programmes: ['R1'], dueAfter: 'applied', requiredAt: 'final-acceptance' },
        unit: 'code',
        description:
          'R1: income proof issued by the poverty office (收入证明,建档立卡贫困户提供由扶贫办开具证明); R2 lists none (its certificate stands for it)',
        citation: 'R1 七.(一)',
        label: 'plan',
      },
      'appraisal-report': {
        value: { programmes: ['R1', 'R2'], grades: ['C', 'D'], dueAfter: 'appraisal', requiredAt: 'final-acceptance' },
        unit: 'code',
        description:
          'Third-party appraisal report (鉴定报告…建档立卡贫困户档案四级留存), for appraised houses (not no-house households); R2 by the same appraisal procedure',
        citation: 'R1 九.(三).2; R2 六.(四), 八.(三).2',
        label: 'decision',
      },
      approval: {
        value: { programmes: ['R1', 'R2'], dueAfter: 'approval', requiredAt: 'final-acceptance' },
        unit: 'code',
        description: 'The approval (审批; 政府补助审批表) of the city renovation office, in every file',
        citation: 'R1 七.(四), 八.(三), 九.(五); R2 六.(四), 七.(三), 八.(五)',
        label: 'plan',
      },
      agreement: {
        value: { programmes: ['R1', 'R2'], dueAfter: 'agreement', requiredAt: 'final-acceptance' },
        unit: 'code',
        description: 'The building agreement (建房协议) between the village and the household, in every file',
        citation: 'R1 九.(二), 九.(五); R2 八.(二), 八.(五)',
        label: 'plan',
      },
      before: {
        value: { programmes: ['R1', 'R2'], dueAfter: 'applied', requiredAt: 'final-acceptance' },
        unit: 'code',
        description:
          'Photo of the house before renovation with the householder (改造前房屋和农户户主图片; a no-house household: where it lives now)',
        citation: 'R1 七.(一), 九.(五); R2 六.(一), 八.(五)',
        label: 'plan',
      },
      after: {
        value: { programmes: ['R1', 'R2'], dueAfter: 'preliminary-acceptance', requiredAt: 'final-acceptance' },
        unit: 'code',
        description: 'Photo of the renovated house with the householder (改造后房屋和农户户主图片)',
        citation: 'R1 九.(五); R2 八.(五)',
        label: 'plan',
      },
    },
    plan: {
      R1: {
        cGradeHouseholds: {
          value: 265,
          unit: 'count',
          description: 'C-grade registered-poor households to renovate in 2019',
          citation: 'R1 三',
          label: 'plan',
        },
        dGradeHouseholds: {
          value: 28,
          unit: 'count',
          description: 'D-grade registered-poor households to renovate in 2019',
          citation: 'R1 三',
          label: 'plan',
        },
        noHouseHouseholds: {
          value: 280,
          unit: 'count',
          description: 'Registered-poor households without a house to house in 2019',
          citation: 'R1 三',
          label: 'plan',
        },
        plannedInvestment: {
          value: yuan(6_406_400),
          unit: 'fen',
          description:
            'Planned investment 640.64 万元, not counting no-house households; actual spending follows the actual cost',
          citation: 'R1 三',
          label: 'plan',
        },
        fundSource: {
          value: 'poverty-funds',
          unit: 'code',
          description: 'Funded from poverty-alleviation funds (扶贫资金)',
          citation: 'R1 四.(三)',
          label: 'plan',
        },
      },
      R2: {
        households: {
          value: 123,
          unit: 'count',
          description: 'Dangerous houses of 五保, 低保 and poor disabled households to renovate in 2019',
          citation: 'R2 三',
          label: 'plan',
        },
        plannedInvestment: {
          value: yuan(3_342_000),
          unit: 'fen',
          description: 'Planned investment 334.2 万元',
          citation: 'R2 三',
          label: 'plan',
        },
        fundSource: {
          value: 'local-finance',
          unit: 'code',
          description: 'Funded from local finance (地方财政)',
          citation: 'R2 四.(三)',
          label: 'plan',
        },
      },
    },
  },
};

/**
 * Every housing policy version, oldest first. A changed value is a dated value on its parameter (docs/rules.md
 * §2.1), never an edit above; a new plan is a new entry here.
 */
export const HOUSING_POLICIES: readonly HousingPolicy[] = [HOUSING_2019];

/** The housing policy in force on `date` (a case is run under the policy in force on its application date). */
export function housingPolicyOn(
  date: string,
  policies: readonly HousingPolicy[] = HOUSING_POLICIES,
): HousingPolicy | undefined {
  return policyInForce(policies, date);
}

/**
 * The policy a case runs under, by its id; with `on` (the case's application date) resolved for that day, so
 * a value changed mid-year applies to cases applied for from its date and a case keeps the standards it was
 * opened under.
 */
export function housingPolicyById(
  id: string,
  policies: readonly HousingPolicy[] = HOUSING_POLICIES,
  on?: string,
): HousingPolicy | undefined {
  const policy = policies.find((p) => p.id === id);
  return policy && on !== undefined ? resolveOn(policy, on) : policy;
}
