import { isIsoDate } from '../../dates.js';
import { identityProblem } from '../../identity/gb11643.js';
import { TOWNSHIPS } from '../../reference/townships.js';
import { OWNED_FIELDS, ownerOf, type LoadingRole, type OwnedField } from '../ownership.js';
import { personRowSchema, type PersonRow } from '../schemas.js';
import { PERSON_FLAGS, type PersonFlag } from '../types.js';
import { FIELD_LABELS, ROLE_LABELS, type ColumnMapping, type ImportField } from './fields.js';
import type { Cell, SheetRow } from './read.js';

/** A township's registered villages (code and name); a row's village must be one of them. */
export interface Village {
  code: string;
  name: string;
}
export type VillageRegistry = ReadonlyMap<string, readonly Village[]>;

export type CheckedRow =
  | { rowNumber: number; ok: true; row: PersonRow }
  | { rowNumber: number; ok: false; personId?: string; reasons: string[] };

const label = (field: string): string => FIELD_LABELS[field] ?? field;

const townshipLookup = new Map<string, string>();
for (const t of TOWNSHIPS) {
  townshipLookup.set(t.code, t.code);
  townshipLookup.set(t.name, t.code);
  // 南木鄂伦春民族乡 is also written 南木乡; 高台子街道 as 高台子街道办事处.
  townshipLookup.set(t.name.replace(/(鄂伦春|鄂温克)?民族乡$/, '乡'), t.code);
  townshipLookup.set(`${t.name}办事处`, t.code);
}

function text(cell: Cell): string | undefined {
  if (cell === null) return undefined;
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  if (typeof cell === 'boolean') return cell ? '是' : '否';
  const s = String(cell).trim();
  return s === '' ? undefined : s;
}

function date(cell: Cell): string | undefined | 'invalid' {
  if (cell instanceof Date) return Number.isNaN(cell.getTime()) ? 'invalid' : cell.toISOString().slice(0, 10);
  const s = text(cell);
  if (s === undefined) return undefined;
  const m =
    /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(s) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(s.replace(/\s/g, ''));
  if (!m) return 'invalid';
  const [, y, mo = '', d = ''] = m;
  const iso = `${y}-${mo.padStart(2, '0')}-${d.padStart(2, '0')}`;
  return isIsoDate(iso) ? iso : 'invalid';
}

const YES = new Set(['是', '1', 'y', 'yes', 'true', '√', '✓', '有']);
const NO = new Set(['否', '0', 'n', 'no', 'false', '×', '✗', '无']);

function flag(cell: Cell): boolean | undefined | 'invalid' {
  if (typeof cell === 'boolean') return cell;
  const s = text(cell)?.toLowerCase();
  if (s === undefined) return undefined;
  if (YES.has(s)) return true;
  if (NO.has(s)) return false;
  return 'invalid';
}

/** Chinese reasons for what the row schema still refuses (after the field-by-field reading below). */
function schemaReasons(row: Record<string, unknown>): string[] {
  const parsed = personRowSchema.safeParse(row);
  if (parsed.success) return [];
  return parsed.error.issues.map((issue) => {
    const field = String(issue.path[0] ?? '');
    if (field === 'householdId') return '户编号只能由字母、数字和 . _ - 组成（1–64 位）';
    if (field === 'registeredUntil') return '退出日期须有纳入日期且不早于纳入日期';
    if (field === 'name' || field === 'village') return `${label(field)}过长（最多 64 字）`;
    if (field === 'insuredYears') return '参保年度应为 2000–2100 之间的年份';
    return `${label(field)}无效`;
  });
}

/**
 * Reads and checks each row of an office's sheet: the identity number and its check character, the
 * township and a registered village, dates and yes/no flags, and that the office sets only the fields it
 * owns (R: 建档立卡 by the poverty office, 低保/特困 by civil affairs, disability by the federation). Every
 * problem of a row is named in Chinese with the row's own number. A second row for an identity number
 * already seen is refused rather than silently overwriting the first. Pure.
 */
export function checkSheetRows(
  rows: readonly SheetRow[],
  columns: readonly string[],
  mapping: ColumnMapping,
  role: LoadingRole,
  villages: VillageRegistry,
): CheckedRow[] {
  const index = new Map<ImportField, number>();
  columns.forEach((column, i) => {
    const field = mapping[column];
    if (field && !index.has(field)) index.set(field, i);
  });
  const owned = new Set<string>(OWNED_FIELDS[role]);
  const seen = new Map<string, number>();
  const out: CheckedRow[] = [];
  for (const { rowNumber, cells } of rows) {
    const cell = (field: ImportField): Cell => {
      const i = index.get(field);
      return i === undefined ? null : (cells[i] ?? null);
    };
    const reasons: string[] = [];
    const row: Record<string, unknown> = {};

    const rawId = cell('personId');
    let personId: string | undefined;
    if (typeof rawId === 'number') {
      reasons.push('身份证号被 Excel 存成了数字，末几位已丢失（请将该列设为文本后重新导出）');
    } else {
      personId = text(rawId)?.replace(/\s/g, '').toUpperCase();
      const problem = personId === undefined ? 'missing' : identityProblem(personId);
      if (problem === 'missing') reasons.push('缺少身份证号');
      else if (problem === 'format') reasons.push('身份证号应为 18 位：17 位数字加 1 位校验码');
      else if (problem === 'check-character') reasons.push('身份证号校验码错误（GB 11643）');
      else if (personId !== undefined && seen.has(personId)) reasons.push(`身份证号与第 ${seen.get(personId)} 行重复`);
      row.personId = personId;
    }

    for (const field of ['name', 'householdId'] as const) {
      const value = text(cell(field));
      if (value === undefined) reasons.push(`缺少${label(field)}`);
      else row[field] = value;
    }

    const townshipText = text(cell('township'));
    const township = townshipText === undefined ? undefined : townshipLookup.get(townshipText.replace(/\s/g, ''));
    if (townshipText === undefined) reasons.push('缺少乡镇');
    else if (township === undefined) reasons.push(`乡镇「${townshipText}」不是本市的乡镇（街道）`);
    else row.township = township;

    const villageText = text(cell('village'));
    if (villageText === undefined) reasons.push('缺少村');
    else if (township !== undefined) {
      const registered = villages.get(township) ?? [];
      const village = registered.find((v) => v.code === villageText || v.name === villageText);
      if (registered.length === 0) reasons.push(`${townshipText}尚未登记村名单，无法核对村「${villageText}」`);
      else if (!village) reasons.push(`村代码「${villageText}」不在${townshipText}的村名单中`);
      else row.village = village.name;
    }

    for (const field of ['registeredFrom', 'registeredUntil', 'birthDate'] as const) {
      const value = date(cell(field));
      if (value === 'invalid') reasons.push(`${label(field)}不是有效日期：${text(cell(field))}`);
      else if (value !== undefined) row[field] = value;
    }

    const years = text(cell('insuredYears'));
    if (years !== undefined) {
      const list = years.split(/[,，、;；\s]+/).filter(Boolean);
      if (list.every((y) => /^\d{4}$/.test(y))) row.insuredYears = [...new Set(list.map(Number))].sort();
      else reasons.push(`参保年度应为年份，用逗号或顿号分隔：${years}`);
    }

    const flags: Partial<Record<PersonFlag, boolean>> = {};
    for (const f of PERSON_FLAGS) {
      const value = flag(cell(f));
      if (value === 'invalid') reasons.push(`${label(f)}应填“是”或“否”：${text(cell(f))}`);
      else if (value !== undefined) flags[f] = value;
    }
    if (Object.keys(flags).length > 0) row.flags = flags;

    const setOwnedFields = [
      ...(['registeredFrom', 'registeredUntil'] as const).filter((f) => row[f] !== undefined),
      ...(Object.keys(flags) as PersonFlag[]),
    ] as OwnedField[];
    for (const field of setOwnedFields) {
      if (!owned.has(field))
        reasons.push(`${label(field)}由${ROLE_LABELS[ownerOf(field)]}维护，${ROLE_LABELS[role]}不能导入该字段`);
    }

    if (reasons.length === 0) reasons.push(...schemaReasons(row));
    if (personId !== undefined && !seen.has(personId) && identityProblem(personId) === undefined)
      seen.set(personId, rowNumber);
    if (reasons.length > 0) {
      out.push({ rowNumber, ok: false, ...(personId ? { personId } : {}), reasons });
      continue;
    }
    out.push({ rowNumber, ok: true, row: personRowSchema.parse(row) });
  }
  return out;
}
