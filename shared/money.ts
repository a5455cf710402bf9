/**
 * Money is integer fen inside the system and decimal yuan at the HTTP boundary (docs/rules.md §9).
 * Percentages are integer basis points (1% = 100 bp) so that every product stays an exact integer.
 */
export type Fen = number;
export type BasisPoints = number;

/** Converts a validated yuan amount (at most two decimals) to integer fen. */
export function yuanToFen(yuan: number): Fen {
  const fen = Math.round(yuan * 100);
  if (!Number.isSafeInteger(fen)) throw new RangeError(`amount out of range: ${yuan}`);
  return fen;
}

export function fenToYuan(fen: Fen): number {
  return fen / 100;
}

/** True when the number has at most two decimals (checked on the decimal text, not by float arithmetic). */
export function hasAtMostTwoDecimals(yuan: number): boolean {
  if (!Number.isFinite(yuan)) return false;
  const text = String(yuan);
  if (/e/i.test(text)) return Number.isInteger(yuan);
  const dot = text.indexOf('.');
  return dot === -1 || text.length - dot - 1 <= 2;
}

/**
 * fen × bp / 10,000 rounded half up to the fen (docs/rules.md §2.4).
 * Only for non-negative amounts; the engines never apply a percentage to a negative amount.
 */
export function applyBp(fen: Fen, bp: BasisPoints): Fen {
  if (fen < 0 || bp < 0) throw new RangeError('applyBp takes non-negative amounts');
  return Math.floor((fen * bp + 5000) / 10000);
}

export function sumFen(values: readonly Fen[]): Fen {
  let total = 0;
  for (const v of values) total += v;
  return total;
}

export const minFen = (a: Fen, b: Fen): Fen => (a < b ? a : b);
export const maxFen = (a: Fen, b: Fen): Fen => (a > b ? a : b);
export const positive = (a: Fen): Fen => (a > 0 ? a : 0);
