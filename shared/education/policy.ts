import type { Parameter, PolicyDocument } from '../policy/parameter.js';

/** Education aid numbers [E 三.(二)], each cited. Money in fen. */
export interface EducationParameters {
  universityAid: {
    perAcademicYear: Parameter;
    capBachelor: Parameter;
    capJuniorCollege: Parameter;
    families: Parameter<string[]>;
  };
  milkSubsidy: { perYear: Parameter; stages: Parameter<string[]>; families: Parameter<string[]> };
  hardshipAid: { preschool: Parameter; compulsory: Parameter; highSchool: Parameter; university: Parameter };
}

export type EducationPolicy = PolicyDocument<EducationParameters>;

export const EDUCATION_2019: EducationPolicy = {
  id: 'education-2019',
  effectiveFrom: '2019-01-01',
  effectiveTo: '2019-12-31',
  description: '2019年教育扶贫工作实施方案: university aid, milk subsidy, one-off hardship aid',
  parameters: {
    universityAid: {
      perAcademicYear: {
        value: 1_000_000,
        unit: 'fen',
        description: 'University aid per academic year, from the academic year of admission',
        citation: 'E 三.(二).2',
        label: 'plan',
      },
      capBachelor: {
        value: 4_000_000,
        unit: 'fen',
        description: 'Cumulative cap, bachelor courses',
        citation: 'E 三.(二).2',
        label: 'plan',
      },
      capJuniorCollege: {
        value: 3_000_000,
        unit: 'fen',
        description: 'Cumulative cap, junior college / higher vocational courses',
        citation: 'E 三.(二).2',
        label: 'plan',
      },
      families: {
        value: ['registered-poor', 'minimum-living-allowance', 'orphan'],
        unit: 'code',
        description: 'Families whose students qualify: 城乡低保家庭子女, 孤儿, 建档立卡贫困家庭',
        citation: 'E 三.(二).2',
        label: 'plan',
      },
    },
    milkSubsidy: {
      perYear: {
        value: 50_000,
        unit: 'fen',
        description: '一杯奶 subsidy per student per year',
        citation: 'E 三.(二).3',
        label: 'plan',
      },
      stages: {
        value: ['preschool', 'compulsory', 'high-school'],
        unit: 'code',
        description: 'Preschool to high school (学前至高中阶段)',
        citation: 'E 三.(二).3',
        label: 'plan',
      },
      families: {
        value: ['registered-poor'],
        unit: 'code',
        description: 'Registered-poor families only (建档立卡贫困家庭子女)',
        citation: 'E 三.(二).3',
        label: 'plan',
      },
    },
    hardshipAid: {
      preschool: {
        value: 150_000,
        unit: 'fen',
        description: 'One-off hardship aid, preschool stage',
        citation: 'E 三.(二).3',
        label: 'plan',
      },
      compulsory: {
        value: 200_000,
        unit: 'fen',
        description: 'One-off hardship aid, compulsory education',
        citation: 'E 三.(二).3',
        label: 'plan',
      },
      highSchool: {
        value: 300_000,
        unit: 'fen',
        description: 'One-off hardship aid, high school',
        citation: 'E 三.(二).3',
        label: 'plan',
      },
      university: {
        value: 300_000,
        unit: 'fen',
        description: 'One-off hardship aid, full-time bachelor or junior college (全日制本专科含高职)',
        citation: 'E 三.(二).3',
        label: 'plan',
      },
    },
  },
};

export const EDUCATION_POLICIES: readonly EducationPolicy[] = [EDUCATION_2019];
