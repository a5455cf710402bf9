import {
  PERSON_FLAGS,
  type ChronicCertification,
  type FlagSetter,
  type Person,
  type PersonWithSetters,
} from '../roster/types.js';

/**
 * The person's partition in the table, shared by the adapters that read it in one Query (the roster's and
 * the claims'):
 *   PERSON#<id> / PROFILE                       the person
 *   PERSON#<id> / CHRONIC#<disease>#<certifier> a chronic-disease certification
 *   PERSON#<id> / YEAR#<yyyy>                   the person's year (claims)
 */
export const personKey = (personId: string) => ({ pk: `PERSON#${personId}`, sk: 'PROFILE' });

/**
 * The person's entry in the roster index (gsi2), one partition per township: `PERSONS#<township>` /
 * `<township>#<id>`. One city-wide partition would take every roster load's writes (docs/deploy.md, "Hot
 * partitions at province scale"); split by township, a load spreads over 16 partitions here.
 */
export const PERSONS_INDEX = 'PERSONS';
export const personsShard = (township: string) => `${PERSONS_INDEX}#${township}`;
export const personIndexKeys = (township: string, personId: string) => ({
  gsi2pk: personsShard(township),
  gsi2sk: `${township}#${personId}`,
});

export function itemToPerson(item: Record<string, unknown>): Person {
  const flags: Person['flags'] = {};
  for (const f of PERSON_FLAGS) if (typeof item[f] === 'boolean') flags[f] = item[f] as boolean;
  const person: Person = {
    personId: item.personId as string,
    name: item.name as string,
    householdId: item.householdId as string,
    township: item.township as string,
    village: item.village as string,
    flags,
    insuredYears: (item.insuredYears as number[] | undefined) ?? [],
  };
  if (item.registeredFrom) person.registeredFrom = item.registeredFrom as string;
  if (item.registeredUntil) person.registeredUntil = item.registeredUntil as string;
  if (item.birthDate) person.birthDate = item.birthDate as string;
  return person;
}

/** The certifications among a person's partition items. */
export function certificationsIn(items: readonly Record<string, unknown>[]): ChronicCertification[] {
  return items
    .filter((i) => String(i.sk).startsWith('CHRONIC#'))
    .map((i) => ({ disease: i.disease, certifiedBy: i.certifiedBy, from: i.from }) as ChronicCertification);
}

/** The person with who last set each flag (`flagSet_<flag>` attributes on the profile). */
export function itemToPersonWithSetters(item: Record<string, unknown>): PersonWithSetters {
  const flagSetters: PersonWithSetters['flagSetters'] = {};
  for (const f of PERSON_FLAGS) {
    const s = item[`flagSet_${f}`] as FlagSetter | undefined;
    if (s) flagSetters[f] = { by: s.by, role: s.role, at: s.at, via: s.via };
  }
  return { ...itemToPerson(item), flagSetters };
}
