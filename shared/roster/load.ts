import type { $ZodError } from '../zod.js';
import type { Caller } from '../auth/roles.js';
import { AppError, ServiceUnavailableError, type ErrorDetail } from '../errors.js';
import { isUnavailable, zodDetails } from '../http/error-mapper.js';
import type { RowsNotStoredError } from './ports.js';
import { OWNED_FIELDS, ownerOf, type LoadingRole, type OwnedField } from './ownership.js';
import { personRowSchema, type PersonRow } from './schemas.js';
import { PERSON_FLAGS } from './types.js';

export interface RowError {
  index: number;
  personId?: string;
  error: { code: string; message: string; details: ErrorDetail[] };
}

export interface CheckedRows {
  good: { index: number; row: PersonRow }[];
  rejected: RowError[];
}

/** The owned fields a row sets (dates at top level, flags under `flags`). */
function ownedFieldsSet(row: PersonRow): { field: OwnedField; path: string }[] {
  const set: { field: OwnedField; path: string }[] = [];
  if (row.registeredFrom !== undefined) set.push({ field: 'registeredFrom', path: 'registeredFrom' });
  if (row.registeredUntil !== undefined) set.push({ field: 'registeredUntil', path: 'registeredUntil' });
  for (const flag of PERSON_FLAGS)
    if (row.flags?.[flag] !== undefined) set.push({ field: flag, path: `flags.${flag}` });
  return set;
}

/**
 * Validates each row on its own and checks field ownership (docs/rules.md §3.1). Pure: the caller stores
 * the good rows. A later row for the same personId in one batch wins, as it would in two loads.
 */
export function checkRosterRows(rows: readonly unknown[], role: LoadingRole): CheckedRows {
  const good: CheckedRows['good'] = [];
  const rejected: RowError[] = [];
  rows.forEach((raw, index) => {
    const rawId =
      typeof raw === 'object' && raw !== null && typeof (raw as { personId?: unknown }).personId === 'string'
        ? (raw as { personId: string }).personId
        : undefined;
    const parsed = personRowSchema.safeParse(raw);
    if (!parsed.success) {
      rejected.push({
        index,
        ...(rawId !== undefined ? { personId: rawId } : {}),
        error: {
          code: 'validation-error',
          message: `Row ${index} is not valid.`,
          details: zodDetails(parsed.error as $ZodError, `persons.${index}`),
        },
      });
      return;
    }
    const foreign = ownedFieldsSet(parsed.data).filter(({ field }) => !OWNED_FIELDS[role].includes(field));
    if (foreign.length > 0) {
      rejected.push({
        index,
        personId: parsed.data.personId,
        error: {
          code: 'field-not-owned',
          message: `Row ${index} sets fields that ${role} does not own.`,
          details: foreign.map(({ field, path }) => ({
            path: `persons.${index}.${path}`,
            message: `only ${ownerOf(field)} sets ${field}`,
          })),
        },
      });
      return;
    }
    good.push({ index, row: parsed.data });
  });
  return { good, rejected };
}

export function loadingRoleOf(caller: Caller): LoadingRole {
  if (caller.role === 'poverty-office' || caller.role === 'civil-affairs' || caller.role === 'disabled-federation')
    return caller.role;
  throw new Error(`role ${caller.role} does not load the roster`);
}

/**
 * The answer to a load that stopped partway (RowsNotStoredError): never a bare 500. `details` names every valid
 * row that was not stored (`persons.<index>`); every other valid row is stored. A load is a set of idempotent
 * upserts, so sending the same request again is the way to finish it: rows already stored are unchanged and
 * skipped. A dependency that failed or timed out is a 503 with Retry-After; anything else a 500 with the same
 * report.
 */
export function loadIncomplete(error: RowsNotStoredError, good: CheckedRows['good']): AppError {
  const missing = new Set(error.notStored);
  const details: ErrorDetail[] = good
    .filter((g) => missing.has(g.row.personId))
    .map((g) => ({
      path: `persons.${g.index}`,
      code: 'not-stored',
      message: 'This row was not stored (or its write was not confirmed); send the request again.',
    }));
  const message =
    `${good.length - details.length} of ${good.length} valid rows were stored; the ${details.length} listed in ` +
    'details were not (a write that timed out may still have landed). Send the same request again: stored rows ' +
    'are unchanged and skipped.';
  return isUnavailable(error.cause)
    ? new ServiceUnavailableError(message, undefined, 'roster-load-incomplete', details)
    : new AppError(500, 'roster-load-incomplete', message, details);
}
