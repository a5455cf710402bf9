import type { Caller } from '../auth/roles.js';
import { assertTownshipScope } from '../auth/scope.js';
import { NotFoundError } from '../errors.js';
import { isValidIdentity } from '../identity/gb11643.js';
import type { RosterStore } from '../roster/ports.js';
import { personView } from '../roster/person-view.js';

export const SEARCH_LIMIT = 50;

type Roster = Pick<RosterStore, 'getPersonWithSetters' | 'householdMembers' | 'searchByName'>;

export async function getPerson(roster: Roster, caller: Caller, personId: string) {
  const p = await roster.getPersonWithSetters(personId);
  if (!p) throw new NotFoundError(`Person ${personId} is not on the roster.`, 'person-not-found');
  assertTownshipScope(caller, p.township);
  return personView(p);
}

/**
 * Person search: an identity number finds that person, a household id its members, anything else is a
 * part of a name (within a township when given). Township staff search their own township only.
 */
export async function searchPersons(roster: Roster, caller: Caller, q: string, township?: string) {
  const scope = caller.role === 'township' ? caller.township : township;
  if (township && caller.role === 'township') assertTownshipScope(caller, township);
  const inScope = <T extends { township: string }>(list: T[]) => list.filter((p) => !scope || p.township === scope);
  const id = q.toUpperCase();
  if (isValidIdentity(id)) {
    const p = await roster.getPersonWithSetters(id);
    return { persons: p ? inScope([p]).map(personView) : [], truncated: false };
  }
  const household = /^[A-Za-z0-9._-]{1,64}$/.test(q) ? inScope(await roster.householdMembers(q)) : [];
  if (household.length > 0) return { persons: household.map(personView), truncated: false };
  const found = await roster.searchByName(q, scope, SEARCH_LIMIT + 1);
  return {
    persons: found.slice(0, SEARCH_LIMIT).map((p) => personView({ ...p, flagSetters: {} })),
    truncated: found.length > SEARCH_LIMIT,
  };
}
