import { PERSON_FLAGS, type PersonWithSetters } from './types.js';

/** Chinese names of the flags, as the offices write them. */
export const FLAG_NAMES: Record<string, string> = {
  minimumLivingAllowance: '低保',
  lowIncomeFamily: '低收入家庭',
  extremelyPoor: '特困供养',
  severelyDisabled: '重度残疾',
  poorDisabledHousehold: '贫困残疾人家庭',
  sickOrDisabledChild: '病残儿童',
  stableExit: '稳定脱贫',
  excludedFromRangerPosts: '不宜选聘护林员',
};

/** A person with each flag as stored and who last changed it, when and through what (absent: not recorded). */
export function personView(p: PersonWithSetters) {
  return {
    personId: p.personId,
    name: p.name,
    householdId: p.householdId,
    township: p.township,
    village: p.village,
    ...(p.registeredFrom ? { registeredFrom: p.registeredFrom } : {}),
    ...(p.registeredUntil ? { registeredUntil: p.registeredUntil } : {}),
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    insuredYears: p.insuredYears,
    flags: PERSON_FLAGS.filter((f) => p.flags[f] !== undefined).map((f) => ({
      flag: f,
      name: FLAG_NAMES[f] ?? f,
      value: p.flags[f] as boolean,
      ...(p.flagSetters[f] ? { setBy: p.flagSetters[f] } : {}),
    })),
  };
}
