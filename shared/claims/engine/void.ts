import type { PersonYear, YearDelta } from '../types.js';
import { applyYearDelta } from './person-year.js';

/**
 * Voiding a claim (docs/rules.md §3.4): the person's year without what the claim added. Exact subtraction of the
 * settlement's `yearDelta`, so settling claims and voiding them all, in any order, gives the empty year.
 * Later claims are not re-settled (their settlements are an append-only record). Throws ValidationError
 * `invalid-reversal` when the delta is not part of this year.
 */
export function reverse(personYear: PersonYear, yearDelta: YearDelta): PersonYear {
  return applyYearDelta(personYear, yearDelta, -1);
}
