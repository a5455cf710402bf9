import { describe, expect, it } from 'vitest';
import { makeIdentity } from '../../../shared/identity/gb11643.js';
import { diffRow } from '../../../shared/roster/diff.js';
import { checkSheetRows } from '../../../shared/roster/import/check.js';
import { missingFields, suggestMapping } from '../../../shared/roster/import/fields.js';
import { decodeCsv, formatOf } from '../../../shared/roster/import/read.js';
import type { Person } from '../../../shared/roster/types.js';

const ID = makeIdentity('159998', '19800101', 12);
const ID2 = makeIdentity('159998', '19810202', 13);
const villages = new Map([['wadi', [{ code: 'V1', name: '一村' }]]]);
const columns = ['身份证号', '姓名', '户编号', '乡镇', '村', '纳入日期', '低保', '参保年度'];
const mapping = suggestMapping(columns);
const check = (cells: unknown[][], role: 'poverty-office' | 'civil-affairs' = 'poverty-office') =>
  checkSheetRows(
    cells.map((c, i) => ({ rowNumber: i + 2, cells: c as never })),
    columns,
    mapping,
    role,
    villages,
  );
const row = (over: Record<number, unknown> = {}) => {
  const base: unknown[] = [ID, '张三', 'HH-1', '洼堤乡', 'V1', '2016-01-01', null, '2018,2019'];
  for (const [i, v] of Object.entries(over)) base[Number(i)] = v;
  return base;
};

describe('checkSheetRows', () => {
  it('reads a good row: township by name, village by code stored as its name, dates and years', () => {
    expect(check([row()])).toEqual([
      {
        rowNumber: 2,
        ok: true,
        row: {
          personId: ID,
          name: '张三',
          householdId: 'HH-1',
          township: 'wadi',
          village: '一村',
          registeredFrom: '2016-01-01',
          insuredYears: [2018, 2019],
        },
      },
    ]);
  });

  it('accepts the short township name, 2016/3/1, 2016年3月1日, 20160301, an Excel date, and the village by name', () => {
    for (const d of ['2016/3/1', '2016年3月1日', '20160301', new Date(Date.UTC(2016, 2, 1))]) {
      const [r] = check([row({ 3: 'wadi', 4: '一村', 5: d })]);
      expect(r).toMatchObject({ ok: true, row: { registeredFrom: '2016-03-01', township: 'wadi' } });
    }
    expect(check([row({ 3: '南木乡' })])[0]).toMatchObject({
      ok: false,
      reasons: ['南木乡尚未登记村名单，无法核对村「V1」'],
    });
  });

  it('names each problem in Chinese with the sheet row number', () => {
    const bad = ID.slice(0, 17) + (ID[17] === '0' ? '1' : '0');
    const [a, b, c] = [21, 22, 23].map((n) => makeIdentity('159998', '19800101', n));
    expect(
      check([
        row({ 0: bad }),
        row({ 0: a, 3: null }),
        row({ 0: b, 4: 'V9' }),
        row({ 0: c, 3: '北京' }),
        row({ 0: 152103195001011230 }),
      ]),
    ).toEqual([
      { rowNumber: 2, ok: false, personId: bad, reasons: ['身份证号校验码错误（GB 11643）'] },
      { rowNumber: 3, ok: false, personId: a, reasons: ['缺少乡镇'] },
      { rowNumber: 4, ok: false, personId: b, reasons: ['村代码「V9」不在洼堤乡的村名单中'] },
      { rowNumber: 5, ok: false, personId: c, reasons: ['乡镇「北京」不是本市的乡镇（街道）'] },
      {
        rowNumber: 6,
        ok: false,
        reasons: ['身份证号被 Excel 存成了数字，末几位已丢失（请将该列设为文本后重新导出）'],
      },
    ]);
  });

  it('refuses a field the office does not own, a bad flag, a bad date, and a repeated identity number', () => {
    expect(check([row({ 6: '是' })])[0]).toMatchObject({
      ok: false,
      reasons: ['低保由民政局维护，扶贫办不能导入该字段'],
    });
    expect(check([row({ 5: null, 6: '是' })], 'civil-affairs')[0]).toMatchObject({
      ok: true,
      row: { flags: { minimumLivingAllowance: true } },
    });
    expect(check([row({ 5: null, 6: '也许' })], 'civil-affairs')[0]).toMatchObject({
      reasons: ['低保应填“是”或“否”：也许'],
    });
    expect(check([row({ 5: '2016-02-30' })])[0]).toMatchObject({ reasons: ['纳入日期不是有效日期：2016-02-30'] });
    expect(check([row(), row({ 1: '李四' }), row({ 0: ID2 })]).map((r) => (r.ok ? 'ok' : r.reasons[0]))).toEqual([
      'ok',
      '身份证号与第 2 行重复',
      'ok',
    ]);
  });
});

describe('mapping', () => {
  it('recognises the usual Chinese headers and says which required fields are unmapped', () => {
    expect(suggestMapping(['公民身份号码', '姓名', '户码', '所属乡镇', '行政村', '其他'])).toEqual({
      公民身份号码: 'personId',
      姓名: 'name',
      户码: 'householdId',
      所属乡镇: 'township',
      行政村: 'village',
    });
    expect(missingFields(suggestMapping(['证号', '姓名']))).toEqual(['personId', 'householdId', 'township', 'village']);
  });

  it("prefers the office's remembered choice for a header it has seen", () => {
    expect(suggestMapping(['证号', '姓名'], { 证号: 'personId', 姓名: 'householdId' })).toEqual({
      证号: 'personId',
      姓名: 'householdId',
    });
  });
});

describe('reading files', () => {
  it('tells xlsx (zip) from CSV and decodes UTF-8 with or without BOM and GB18030', () => {
    expect(formatOf(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0]))).toBe('xlsx');
    expect(decodeCsv(new Uint8Array([0xef, 0xbb, 0xbf, 0xe5, 0xbc, 0xa0]))).toEqual({ text: '张', encoding: 'utf-8' });
    expect(decodeCsv(new Uint8Array([0xe5, 0xbc, 0xa0]))).toEqual({ text: '张', encoding: 'utf-8' });
    // 张三 in GBK/GB18030 is D5 C5 C8 FD: not valid UTF-8.
    expect(decodeCsv(new Uint8Array([0xd5, 0xc5, 0xc8, 0xfd]))).toEqual({ text: '张三', encoding: 'gb18030' });
  });
});

describe('diffRow', () => {
  const stored: Person = {
    personId: ID,
    name: '张三',
    householdId: 'HH-1',
    township: 'wadi',
    village: '一村',
    registeredFrom: '2016-01-01',
    flags: { minimumLivingAllowance: true },
    insuredYears: [2018],
  };
  const base = { personId: ID, name: '张三', householdId: 'HH-1', township: 'wadi', village: '一村' };

  it('is unchanged when every field the row sets is stored as is, ignoring other bodies’ fields', () => {
    expect(diffRow(stored, { ...base, registeredFrom: '2016-01-01' }, 'poverty-office')).toEqual({
      change: 'unchanged',
      fields: [],
      flags: [],
    });
  });

  it('lists what changes, flags apart, and counts a missing person as new', () => {
    expect(
      diffRow(stored, { ...base, insuredYears: [2018, 2019], flags: { stableExit: true } }, 'poverty-office'),
    ).toEqual({
      change: 'changed',
      fields: ['insuredYears', 'stableExit'],
      flags: ['stableExit'],
    });
    expect(diffRow(undefined, { ...base, flags: { stableExit: false } }, 'poverty-office').change).toBe('new');
  });
});
