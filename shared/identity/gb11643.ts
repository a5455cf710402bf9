/**
 * Resident identity numbers (GB 11643-1999): 17 digits and a check character computed with the
 * ISO 7064 MOD 11-2 weights (docs/rules.md §1 "Personal identity").
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2] as const;
const CHECK = '10X98765432';

export const IDENTITY_PATTERN = /^\d{17}[\dX]$/;

/** The check character for the first 17 digits. */
export function checkCharacter(first17: string): string {
  if (!/^\d{17}$/.test(first17)) throw new RangeError('17 digits expected');
  let sum = 0;
  for (const [i, weight] of WEIGHTS.entries()) sum += Number(first17[i]) * weight;
  return CHECK.charAt(sum % 11);
}

export type IdentityProblem = 'format' | 'check-character';

/** Why an identity number is invalid, or undefined when it is valid. */
export function identityProblem(id: string): IdentityProblem | undefined {
  if (!IDENTITY_PATTERN.test(id)) return 'format';
  return checkCharacter(id.slice(0, 17)) === id[17] ? undefined : 'check-character';
}

export const isValidIdentity = (id: string): boolean => identityProblem(id) === undefined;

/** Builds a valid identity number from region (6 digits), birth date (YYYYMMDD) and sequence (3 digits). */
export function makeIdentity(region: string, birth: string, sequence: number): string {
  const first17 = `${region}${birth}${String(sequence).padStart(3, '0')}`;
  return first17 + checkCharacter(first17);
}
