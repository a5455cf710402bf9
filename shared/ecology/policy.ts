import type { Parameter, PolicyDocument } from '../policy/parameter.js';

export interface TownshipQuota {
  township: string;
  posts: number;
  villages: number;
  people: number;
}

export interface IncomeTarget {
  households?: number;
  people: number;
  /** Income per household or per person the programme aims at, fen. */
  incomeTarget: number;
  per: 'household' | 'worker' | 'person';
}

export interface EcologyParameters {
  rangerPayPerYear: Parameter;
  rangerQuotas: Parameter<TownshipQuota[]>;
  income: {
    forestryIndustry: Parameter<IncomeTarget>;
    nurseryPark: Parameter<IncomeTarget>;
    forestFarms: Parameter<IncomeTarget>;
  };
}

export type EcologyPolicy = PolicyDocument<EcologyParameters>;

const q = (township: string, posts: number, villages: number, people: number): TownshipQuota => ({
  township,
  posts,
  villages,
  people,
});

export const ECOLOGY_2019: EcologyPolicy = {
  id: 'ecology-2019',
  effectiveFrom: '2019-01-01',
  effectiveTo: '2019-12-31',
  description: '2019年度生态扶贫工作实施方案: eco-ranger posts and income programmes',
  parameters: {
    rangerPayPerYear: {
      value: 320_000,
      unit: 'fen',
      description: 'Eco-ranger pay per post per year (每人(户)年度3200元)',
      citation: 'G 四.(一)',
      label: 'plan',
    },
    rangerQuotas: {
      // 柴河镇 and 向阳街道 have no posts; the table's 南木乡/达斡尔乡/萨马街乡 are the three 民族乡.
      value: [
        q('chengjisihan', 84, 22, 269),
        q('zhonghe', 76, 20, 243),
        q('moguqi', 68, 19, 218),
        q('dahewan', 48, 14, 154),
        q('woniuhe', 48, 13, 153),
        q('nanmu', 32, 8, 102),
        q('dawoer', 32, 8, 103),
        q('haduohe', 24, 6, 77),
        q('wadi', 20, 5, 64),
        q('samajie', 16, 6, 51),
        q('haoraoshan', 8, 3, 26),
        q('gaotaizi', 16, 4, 51),
        q('tiedong', 4, 1, 13),
        q('hexi', 4, 1, 12),
      ],
      unit: 'count',
      description: 'Posts, villages and people reached per township (各乡镇、街道计划带动情况)',
      citation: 'G 四.(一) table',
      label: 'plan',
    },
    income: {
      forestryIndustry: {
        value: { households: 200, people: 560, incomeTarget: 500_000, per: 'household' },
        unit: 'count',
        description: 'Forestry industry: 200 households / 560 people, 5,000+ yuan a household',
        citation: 'G 四.(二)',
        label: 'plan',
      },
      nurseryPark: {
        value: { people: 50, incomeTarget: 900_000, per: 'worker' },
        unit: 'count',
        description: 'Nursery park: 50 seasonal workers at 9,000 yuan',
        citation: 'G 四.(三)',
        label: 'plan',
      },
      forestFarms: {
        value: { people: 410, incomeTarget: 500_000, per: 'person' },
        unit: 'count',
        description: 'Eight forest farms: 410 people at 5,000+ yuan',
        citation: 'G 四.(四)',
        label: 'plan',
      },
    },
  },
};

export const ECOLOGY_POLICIES: readonly EcologyPolicy[] = [ECOLOGY_2019];

export const quotaOf = (policy: EcologyPolicy, township: string): TownshipQuota =>
  policy.parameters.rangerQuotas.value.find((t) => t.township === township) ?? {
    township,
    posts: 0,
    villages: 0,
    people: 0,
  };
