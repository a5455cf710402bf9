import { ForbiddenError } from '../errors.js';
import type { Caller } from './roles.js';

/**
 * Scope checks that depend on the data a request touches (docs/rules.md §8): township staff act only in their own
 * township, hospitals only on their own claims. Role checks per route are table-driven in the middleware
 * (shared/platform/routes); these are the data-dependent half, in one place.
 */
export function assertTownshipScope(caller: Caller, township: string): void {
  if (caller.role === 'township' && caller.township !== township) {
    throw new ForbiddenError(`Township staff of ${caller.township} may not act in township ${township}.`);
  }
}

export function assertHospitalScope(caller: Caller, hospitalId: string): void {
  if (caller.role === 'hospital' && caller.hospitalId !== hospitalId) {
    throw new ForbiddenError(`Hospital ${caller.hospitalId} may not act for hospital ${hospitalId}.`);
  }
}

/** The hospital a request acts for: the token's for hospitals, a query parameter for city-wide readers. */
export function hospitalFor(caller: Caller, requested: string | undefined): string | undefined {
  if (caller.role === 'hospital') {
    if (requested !== undefined && requested !== caller.hospitalId) assertHospitalScope(caller, requested);
    return caller.hospitalId;
  }
  return requested;
}
