/**
 * Masking of identity numbers and names wherever they leave the system in logs or reports
 * (docs/rules.md §1: `152103********1234`).
 */
const IDENTITY_ANYWHERE = /(?<![0-9])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;

export function maskIdentity(id: string): string {
  if (id.length !== 18) return '*'.repeat(Math.max(id.length, 1));
  return `${id.slice(0, 6)}********${id.slice(14)}`;
}

/** Masks every 18-character identity number inside a free text. */
export function maskIdentitiesIn(text: string): string {
  return text.replace(IDENTITY_ANYWHERE, (_m, head: string, tail: string) => `${head}********${tail}`);
}

/** Keeps the first character of a name (the surname) and masks the rest: 张三丰 → 张**. */
export function maskName(name: string): string {
  const chars = Array.from(name);
  if (chars.length === 0) return '';
  return chars[0] + '*'.repeat(Math.max(chars.length - 1, 1));
}
