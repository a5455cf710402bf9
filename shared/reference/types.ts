export type HospitalLevel = 'township' | 'county' | 'prefecture' | 'region' | 'outside';
export type HospitalGrade = 'primary' | 'secondary' | 'tertiary';

/** docs/rules.md §1: a hospital in the registry the insurance bureau maintains. */
export interface Hospital {
  hospitalId: string;
  name: string;
  level: HospitalLevel;
  grade: HospitalGrade;
  /** Tertiary hospitals the plan holds to the secondary out-of-catalogue limit [H 三.(二).5.2)]. */
  secondaryOutOfCatalogueLimit: boolean;
  /** Designated for concentrated major-disease treatment [H 三.(二).2]. */
  majorDiseaseDesignated: boolean;
  /** The cataract programme hospital [H 三.(二).5.7)]. */
  cataractProgramme: boolean;
  /** Inside the county (Zhalantun city); pay-after-treatment exists only there [H 三.(二).5.3)]. */
  inCounty: boolean;
}

export interface Township {
  code: string;
  name: string;
}

export interface Disease {
  code: string;
  name: string;
  list: 'major' | 'chronic';
}
