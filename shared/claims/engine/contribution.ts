import type { IsoDate } from '../../dates.js';
import type { Fen } from '../../money.js';
import type { Person } from '../../roster/types.js';
import type { ClaimPolicy } from '../policy/parameters.js';

/** The 2019-style contribution split (the contribution route of docs/openapi.json), money in fen. */
export interface Contribution {
  /** The category's full personal contribution before any subsidy (adult 270, minor or student 170). */
  standard: Fen;
  /** What the person pays. */
  personal: Fen;
  /** Medical assistance's part (50 for the assisted categories). */
  medicalAssistance: Fen;
  /** Finance's part: the whole personal part of a registered poor person. */
  finance: Fen;
}

export type ContributionCategory = 'adult' | 'minor-or-student' | 'assisted-adult' | 'assisted-minor-or-student';

export interface ContributionResult extends Contribution {
  category: ContributionCategory;
  registeredPoor: boolean;
}

/** Completed years of age on a date; undefined without a birth date. */
export function ageOn(birthDate: IsoDate | undefined, date: IsoDate): number | undefined {
  if (!birthDate) return undefined;
  const years = Number(date.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return date.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** Registered poor on at least one day of the year (registration range overlaps the year). */
export function registeredInYear(person: Pick<Person, 'registeredFrom' | 'registeredUntil'>, year: number): boolean {
  if (!person.registeredFrom) return false;
  return (
    person.registeredFrom <= `${year}-12-31` &&
    (person.registeredUntil === undefined || person.registeredUntil >= `${year}-01-01`)
  );
}

/**
 * The personal contribution for `year` [H 三.(二).1.1), docs/rules.md §3.6], pure. How the categories are read from
 * the data a Person has (docs/claims-engine.md "Contributions"):
 * - minor: younger than `adultAge` (18) completed years on 1 January of the year; a person without a birth
 *   date is an adult; a student is whoever the caller says is one (`options.student`, e.g. from the
 *   education register) — the roster has no student flag;
 * - assisted adult: `minimumLivingAllowance`, or `severelyDisabled` and `unableToWork` together (丧失劳动能力的
 *   重度残疾人: two facts the disabled persons' federation certifies), or `lowIncomeFamily` and at least
 *   `elderlyAge` (60) on 1 January;
 * - assisted minor or student: `minimumLivingAllowance` or `severelyDisabled` (低保对象或重度残疾的学生和儿童);
 * - registered poor (registered on any day of the year): finance pays the whole personal part; medical
 *   assistance still pays its 50 for the assisted categories.
 * personal + medicalAssistance + finance = standard.
 */
export function contribution(
  person: Person,
  year: number,
  policy: ClaimPolicy,
  options: { student?: boolean } = {},
): ContributionResult {
  const c = policy.parameters.contribution;
  const age = ageOn(person.birthDate, `${year}-01-01`);
  const minorOrStudent = options.student === true || (age !== undefined && age < c.adultAge.value);
  const flags = person.flags;
  const welfareMinor = flags.minimumLivingAllowance === true || flags.severelyDisabled === true;
  const welfareAdult =
    flags.minimumLivingAllowance === true || (flags.severelyDisabled === true && flags.unableToWork === true);
  const welfare = minorOrStudent ? welfareMinor : welfareAdult;
  const elderlyLowIncome = flags.lowIncomeFamily === true && age !== undefined && age >= c.elderlyAge.value;
  let category: ContributionCategory;
  let personal: Fen;
  let medicalAssistance: Fen;
  if (minorOrStudent) {
    category = welfare ? 'assisted-minor-or-student' : 'minor-or-student';
    personal = welfare ? c.assistedMinorPersonal.value : c.minorOrStudent.value;
    medicalAssistance = welfare ? c.assistedMinorMedicalAssistance.value : 0;
  } else {
    const assisted = welfare || elderlyLowIncome;
    category = assisted ? 'assisted-adult' : 'adult';
    personal = assisted ? c.assistedAdultPersonal.value : c.adult.value;
    medicalAssistance = assisted ? c.assistedAdultMedicalAssistance.value : 0;
  }
  const standard = personal + medicalAssistance;
  const registeredPoor = registeredInYear(person, year);
  const finance = registeredPoor && c.registeredPoorPaidByFinance.value ? personal : 0;
  return { standard, personal: personal - finance, medicalAssistance, finance, category, registeredPoor };
}
