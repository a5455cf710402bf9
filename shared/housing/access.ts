import type { Caller, Role } from '../auth/roles.js';
import type { HousingCase } from './types.js';

/**
 * Who may touch a housing case at all (docs/rules.md §8). Which step each role takes is the step table's
 * (steps.ts `roles`); this is the gate before it, and the read check of every housing route.
 */

export type Access = 'read' | 'write';

/** City offices that take part in housing cases; they act city-wide (docs/rules.md §8). */
const CITY_HOUSING_ROLES: readonly Role[] = [
  'housing-office',
  'finance',
  'poverty-office',
  'civil-affairs',
  'disabled-federation',
];

/**
 * Whether a caller may see (`read`) or act on (`write`) a case at all (docs/rules.md §8). Township staff only in their
 * own township; audit reads everything and changes nothing; the city offices in the housing workflow read and
 * act city-wide (which step each may take is `stepRoles`); every other role has no business here.
 */
export function mayAccess(caller: Caller, c: Pick<HousingCase, 'township'>, access: Access): boolean {
  if (caller.role === 'township') return caller.township !== undefined && caller.township === c.township;
  if (caller.role === 'audit') return access === 'read';
  return CITY_HOUSING_ROLES.includes(caller.role);
}
