import type { Role } from '../auth/roles.js';
import type { PersonFlag } from './types.js';

/**
 * Which body owns which roster fields (docs/rules.md §3.1): each loading body writes only its own fields
 * plus the shared ones, and never clears another body's.
 */
export type LoadingRole = Extract<Role, 'poverty-office' | 'civil-affairs' | 'disabled-federation'>;

export type OwnedField = PersonFlag | 'registeredFrom' | 'registeredUntil';

export const OWNED_FIELDS: Record<LoadingRole, readonly OwnedField[]> = {
  'poverty-office': ['registeredFrom', 'registeredUntil', 'stableExit', 'excludedFromRangerPosts'],
  'civil-affairs': ['minimumLivingAllowance', 'lowIncomeFamily', 'extremelyPoor', 'orphan'],
  'disabled-federation': ['severelyDisabled', 'unableToWork', 'poorDisabledHousehold', 'sickOrDisabledChild'],
};

/** Fields any loading body may set (name, household, township, village, birth date, insured years). */
export const SHARED_FIELDS = ['name', 'householdId', 'township', 'village', 'birthDate', 'insuredYears'] as const;

export function ownerOf(field: OwnedField): LoadingRole {
  for (const [role, fields] of Object.entries(OWNED_FIELDS) as [LoadingRole, readonly OwnedField[]][]) {
    if (fields.includes(field)) return role;
  }
  throw new Error(`unknown field ${field}`);
}
