import { describe, expect, it } from 'vitest';
import { neutraliseCell, toCsv, type ReportTable } from '../../../shared/reports/formats.js';
import { toXlsx } from '../../../shared/reports/xlsx.js';

const table: ReportTable = {
  sheet: '医院',
  columns: [
    { key: 'name', header: '名称' },
    { key: 'amount', header: '金额' },
  ],
  rows: [
    { name: '=HYPERLINK("http://evil.example","x")', amount: -12.5 },
    { name: '+86 cmd', amount: 3 },
    { name: '@SUM(A1)', amount: 0 },
    { name: '\t=1+1', amount: 1 },
    { name: '扎兰屯市人民医院', amount: 2 },
  ],
};

describe('formula neutralisation in CSV and xlsx (finding 7)', () => {
  it('prefixes text starting with = + - @ tab or CR with an apostrophe; numbers stay numbers', () => {
    expect(neutraliseCell('=1+1')).toBe("'=1+1");
    expect(neutraliseCell('-x')).toBe("'-x");
    expect(neutraliseCell('\rA')).toBe("'\rA");
    expect(neutraliseCell(-5)).toBe(-5);
    expect(neutraliseCell('扎兰屯')).toBe('扎兰屯');
    const csv = toCsv([table]);
    expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")",-12.5`);
    expect(csv).toContain("'+86 cmd,3");
    expect(csv).toContain("'@SUM(A1),0");
    expect(csv).toContain("'\t=1+1,1");
  });

  it('the workbook holds the same inert text, and the numbers as numbers', async () => {
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await toXlsx([table], new Date('2019-07-01T00:00:00Z'))) as never);
    const sheet = book.getWorksheet('医院')!;
    expect(sheet.getRow(2).getCell(1).value).toBe('\'=HYPERLINK("http://evil.example","x")');
    expect(sheet.getRow(2).getCell(2).value).toBe(-12.5);
    expect(sheet.getRow(4).getCell(1).value).toBe("'@SUM(A1)");
    expect(sheet.getRow(6).getCell(1).value).toBe('扎兰屯市人民医院');
  });
});
