import { emptyPersonYear } from '../../../shared/claims/engine/person-year.js';
import { settle } from '../../../shared/claims/engine/settle.js';
import { ZHALANTUN_2019 } from '../../../shared/claims/policy/zhalantun-2019.js';
import type { ClaimFacts, PersonYear, SettleResult } from '../../../shared/claims/types.js';
import type { Hospital } from '../../../shared/reference/types.js';
import { SHIPPED_HOSPITALS } from '../../../shared/reference/hospitals.js';
import type { ChronicCertification, Person, PersonFlags } from '../../../shared/roster/types.js';

/** Yuan written in a test → fen, rounded to the fen (expected values are written as yuan arithmetic). */
export const fen = (yuan: number): number => Math.round(yuan * 100);

export const PERSON_ID = '11010519491231002X';

export function person(overrides: Partial<Person> = {}, flags: PersonFlags = {}): Person {
  return {
    personId: PERSON_ID,
    name: '示例',
    householdId: 'H1',
    township: 'zhonghe',
    village: 'v',
    registeredFrom: '2019-01-01',
    flags,
    insuredYears: [2019],
    ...overrides,
  };
}
export const poor = person();
/** On the roster (e.g. loaded by civil affairs) but not registered poor. */
export const standardPerson = person({ registeredFrom: undefined });

const shipped = (id: string): Hospital => {
  const h = SHIPPED_HOSPITALS.find((x) => x.hospitalId === id);
  if (!h) throw new Error(`no shipped hospital ${id}`);
  return h;
};

const synthetic = (
  hospitalId: string,
  name: string,
  level: Hospital['level'],
  grade: Hospital['grade'],
  inCounty: boolean,
): Hospital => ({
  hospitalId,
  name,
  level,
  grade,
  secondaryOutOfCatalogueLimit: false,
  majorDiseaseDesignated: false,
  cataractProgramme: false,
  inCounty,
});

export const H = {
  /** 中和镇卫生院: township, primary. */
  clinic: shipped('clinic-zhonghe'),
  /** 扎兰屯市人民医院: county, tertiary at the secondary limit, designated, cataract programme. */
  peoples: shipped('zlt-peoples'),
  /** 扎兰屯市中蒙医院: county, tertiary at the secondary limit, designated. */
  mongolian: shipped('zlt-mongolian-chinese'),
  /** 呼伦贝尔市第二人民医院: prefecture, in the city, tertiary at the secondary limit, not designated. */
  hlbeSecond: shipped('hlbe-second-peoples'),
  /** 呼伦贝尔市传染病医院: prefecture, in the city, secondary, designated. */
  infectious: shipped('hlbe-infectious'),
  /** A secondary county-level hospital in the county (synthetic). */
  countySecondary: synthetic('county-secondary', '某县级二级医院', 'county', 'secondary', true),
  /** A tertiary county-level hospital in the county held to the ordinary tertiary limit (synthetic). */
  countyTertiary: synthetic('county-tertiary', '某县级三级医院', 'county', 'tertiary', true),
  /** A prefecture hospital outside the county (synthetic, e.g. in Hailar). */
  prefectureOut: synthetic('prefecture-out', '呼伦贝尔市人民医院(示例)', 'prefecture', 'tertiary', false),
  /** A region-level hospital (Hohhot, synthetic). */
  region: synthetic('region-hospital', '内蒙古自治区人民医院(示例)', 'region', 'tertiary', false),
  /** A hospital outside Inner Mongolia (synthetic). */
  outside: synthetic('outside-hospital', '区外医院(示例)', 'outside', 'tertiary', false),
} satisfies Record<string, Hospital>;

export const ALL_HOSPITALS: readonly Hospital[] = Object.values(H);

let counter = 0;

export interface ClaimInput {
  kind?: ClaimFacts['kind'];
  on?: string;
  /** Costs in yuan. */
  total: number;
  outOfCatalogue?: number;
  patientExcess?: number;
  hospitalExcess?: number;
  majorDisease?: string;
  chronicDisease?: string;
  cataractEyes?: 1 | 2;
  referral?: 'registered' | 'emergency';
  deliveries?: 0 | 1;
}

/** A claim in fen from yuan figures; inpatient by default, discharged (or served) on 2019-06-10. */
export function claim(hospital: Hospital, input: ClaimInput): ClaimFacts {
  const kind = input.kind ?? 'inpatient';
  const on = input.on ?? '2019-06-10';
  counter += 1;
  return {
    claimId: `T-${counter}`,
    hospitalId: hospital.hospitalId,
    personId: PERSON_ID,
    kind,
    ...(kind === 'inpatient' ? { admittedOn: on, dischargedOn: on } : { servedOn: on }),
    diagnosis: {
      majorDisease: input.majorDisease ?? null,
      chronicDisease: input.chronicDisease ?? null,
      cataractEyes: input.cataractEyes ?? null,
    },
    referral: { registered: input.referral === 'registered', emergency: input.referral === 'emergency' },
    costs: {
      total: fen(input.total),
      outOfCatalogue: fen(input.outOfCatalogue ?? 0),
      patientExcess: fen(input.patientExcess ?? 0),
      hospitalExcess: fen(input.hospitalExcess ?? 0),
    },
    deliveries: input.deliveries ?? 0,
  };
}

/**
 * Settles claims one after the other for one person under zhalantun-2019 and returns every result and
 * the final year.
 */
export function settleAll(
  who: Person,
  claims: readonly [Hospital, ClaimInput][],
  certifications: readonly ChronicCertification[] = [],
  start?: PersonYear,
): { results: SettleResult[]; year: PersonYear } {
  let year = start ?? emptyPersonYear(who.personId, 2019);
  const results: SettleResult[] = [];
  for (const [hospital, input] of claims) {
    const result = settle(claim(hospital, input), year, who, hospital, ZHALANTUN_2019, certifications);
    results.push(result);
    year = result.nextPersonYear;
  }
  return { results, year };
}

/** Settles one claim on an empty year (or after `before` claims) and returns the last settlement. */
export function settleOne(
  who: Person,
  hospital: Hospital,
  input: ClaimInput,
  before: readonly [Hospital, ClaimInput][] = [],
  certifications: readonly ChronicCertification[] = [],
) {
  const { results } = settleAll(who, [...before, [hospital, input]], certifications);
  return results[results.length - 1]!.settlement;
}
