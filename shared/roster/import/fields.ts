import { FLAG_NAMES } from '../person-view.js';
import { PERSON_FLAGS } from '../types.js';
import type { LoadingRole } from '../ownership.js';

/**
 * The roster fields a spreadsheet column can be mapped to, with the Chinese labels the offices use in
 * their 建档立卡 sheets. A clerk maps each column once; the mapping is remembered per office.
 */
export const IMPORT_FIELDS = [
  'personId',
  'name',
  'householdId',
  'township',
  'village',
  'registeredFrom',
  'registeredUntil',
  'birthDate',
  'insuredYears',
  ...PERSON_FLAGS,
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const REQUIRED_FIELDS: readonly ImportField[] = ['personId', 'name', 'householdId', 'township', 'village'];

/** Chinese label of each field (the first synonym), used in reasons and in the rejected-rows workbook. */
export const FIELD_LABELS: Record<string, string> = {
  personId: '身份证号',
  name: '姓名',
  householdId: '户编号',
  township: '乡镇',
  village: '村',
  registeredFrom: '纳入日期',
  registeredUntil: '退出日期',
  birthDate: '出生日期',
  insuredYears: '参保年度',
  ...FLAG_NAMES,
};

/** Header texts recognised without a mapping (after removing spaces and brackets). */
const SYNONYMS: Record<string, readonly string[]> = {
  personId: ['身份证号', '身份证号码', '公民身份号码', '证件号码', '身份证'],
  name: ['姓名', '成员姓名', '人员姓名'],
  householdId: ['户编号', '户编码', '户码', '户号', '家庭编号'],
  township: ['乡镇', '乡镇街道', '所属乡镇', '乡镇名称', '乡镇代码'],
  village: ['村', '行政村', '村名', '村名称', '所属村', '村代码', '嘎查村'],
  registeredFrom: ['纳入日期', '识别日期', '建档立卡日期', '纳入时间', '识别时间'],
  registeredUntil: ['退出日期', '退出时间', '脱离日期'],
  birthDate: ['出生日期', '出生年月日'],
  insuredYears: ['参保年度', '参保年份'],
  minimumLivingAllowance: ['低保', '低保户', '是否低保'],
  lowIncomeFamily: ['低收入家庭', '是否低收入家庭'],
  extremelyPoor: ['特困供养', '特困', '五保', '特困人员', '是否特困'],
  severelyDisabled: ['重度残疾', '是否重度残疾'],
  poorDisabledHousehold: ['贫困残疾人家庭', '残疾人家庭'],
  sickOrDisabledChild: ['病残儿童'],
  stableExit: ['稳定脱贫', '是否稳定脱贫'],
  excludedFromRangerPosts: ['不宜选聘护林员', '八类人员'],
};

export const ROLE_LABELS: Record<LoadingRole, string> = {
  'poverty-office': '扶贫办',
  'civil-affairs': '民政局',
  'disabled-federation': '残联',
};

/** A column → field mapping: header text as written in the sheet → roster field. */
export type ColumnMapping = Record<string, ImportField>;

export const normaliseHeader = (h: string): string => h.replace(/[\s()（）【】[\]*:：]/g, '');

/**
 * The mapping for a sheet's header row: the office's remembered choices for the headers it has seen,
 * then the recognised Chinese headers; every other column stays unmapped (ignored).
 */
export function suggestMapping(columns: readonly string[], remembered: ColumnMapping = {}): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<ImportField>();
  for (const column of columns) {
    const field = remembered[column];
    if (field && !taken.has(field)) {
      mapping[column] = field;
      taken.add(field);
    }
  }
  for (const column of columns) {
    if (mapping[column]) continue;
    const key = normaliseHeader(column);
    const field = (Object.entries(SYNONYMS) as [ImportField, readonly string[]][]).find(
      ([f, names]) => !taken.has(f) && (names.includes(key) || f === column),
    )?.[0];
    if (field) {
      mapping[column] = field;
      taken.add(field);
    }
  }
  return mapping;
}

/** The required fields no column is mapped to. */
export function missingFields(mapping: ColumnMapping): ImportField[] {
  const mapped = new Set(Object.values(mapping));
  return REQUIRED_FIELDS.filter((f) => !mapped.has(f));
}
