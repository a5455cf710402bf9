import { OWNED_FIELDS, SHARED_FIELDS, type LoadingRole } from './ownership.js';
import type { PersonRow } from './schemas.js';
import { PERSON_FLAGS, type Person, type PersonFlag } from './types.js';

export type RowChange = 'new' | 'changed' | 'unchanged';

export interface RowDiff {
  change: RowChange;
  /** Fields whose stored value the row changes (all it sets when new). */
  fields: string[];
  /** Flags among them: these get "set by whom, when" recorded. */
  flags: PersonFlag[];
}

const same = (a: unknown, b: unknown): boolean =>
  Array.isArray(a) || Array.isArray(b) ? JSON.stringify(a ?? []) === JSON.stringify(b ?? []) : a === b;

/**
 * What a row would change for the loading body: only the shared fields and the body's own fields the row
 * sets are compared (a load never touches another body's fields), so loading the same row twice is
 * `unchanged` the second time. Pure.
 */
export function diffRow(current: Person | undefined, row: PersonRow, role: LoadingRole): RowDiff {
  const owned = OWNED_FIELDS[role];
  const fields: string[] = [];
  const flags: PersonFlag[] = [];
  const stored: Record<string, unknown> = current ? { ...current, ...current.flags } : {};
  const incoming: Record<string, unknown> = { ...row, ...(row.flags ?? {}) };
  for (const field of [...SHARED_FIELDS, ...owned]) {
    const value = incoming[field];
    if (value === undefined) continue;
    if (current && same(stored[field], value)) continue;
    fields.push(field);
    if ((PERSON_FLAGS as readonly string[]).includes(field)) flags.push(field as PersonFlag);
  }
  if (!current) return { change: 'new', fields, flags };
  return { change: fields.length === 0 ? 'unchanged' : 'changed', fields, flags };
}
