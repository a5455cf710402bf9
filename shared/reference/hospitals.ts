import type { Hospital } from './types.js';
import { TOWNSHIPS } from './townships.js';

/**
 * The shipped hospital registry (docs/rules.md §1): the hospitals the health plan names, and a
 * township clinic (乡镇卫生院) per township. The insurance bureau maintains it through PUT /v1/hospitals.
 */
export const NAMED_HOSPITALS: readonly Hospital[] = [
  {
    // 扎兰屯市人民医院: tertiary held to the secondary limit [H 三.(二).5.2)], designated [H 三.(二).2],
    // cataract programme [H 三.(二).5.7)]. Zhalantun is county-level, so its city hospitals are `county`.
    hospitalId: 'zlt-peoples',
    name: '扎兰屯市人民医院',
    level: 'county',
    grade: 'tertiary',
    secondaryOutOfCatalogueLimit: true,
    majorDiseaseDesignated: true,
    cataractProgramme: true,
    inCounty: true,
  },
  {
    hospitalId: 'zlt-mongolian-chinese',
    name: '扎兰屯市中蒙医院',
    level: 'county',
    grade: 'tertiary',
    secondaryOutOfCatalogueLimit: true,
    majorDiseaseDesignated: true,
    cataractProgramme: false,
    inCounty: true,
  },
  {
    // Prefecture-run hospital inside the city [docs/rules.md §3.2 step 1]; tertiary at the secondary limit.
    hospitalId: 'hlbe-second-peoples',
    name: '呼伦贝尔市第二人民医院',
    level: 'prefecture',
    grade: 'tertiary',
    secondaryOutOfCatalogueLimit: true,
    majorDiseaseDesignated: false,
    cataractProgramme: false,
    inCounty: true,
  },
  {
    // Designated for concentrated major-disease treatment [H 三.(二).2]; grade not given in the plan:
    // recorded as secondary (decision, editable by the insurance bureau).
    hospitalId: 'hlbe-infectious',
    name: '呼伦贝尔市传染病医院',
    level: 'prefecture',
    grade: 'secondary',
    secondaryOutOfCatalogueLimit: false,
    majorDiseaseDesignated: true,
    cataractProgramme: false,
    inCounty: true,
  },
];

export const TOWNSHIP_CLINICS: readonly Hospital[] = TOWNSHIPS.map((t) => ({
  hospitalId: `clinic-${t.code}`,
  name: t.name.endsWith('街道') ? `${t.name}社区卫生服务中心` : `${t.name}卫生院`,
  level: 'township' as const,
  grade: 'primary' as const,
  secondaryOutOfCatalogueLimit: false,
  majorDiseaseDesignated: false,
  cataractProgramme: false,
  inCounty: true,
}));

export const SHIPPED_HOSPITALS: readonly Hospital[] = [...NAMED_HOSPITALS, ...TOWNSHIP_CLINICS];
