import { neutraliseCell, neutraliseRow, type ReportTable } from './formats.js';

/**
 * The workbook: one sheet per table, Chinese headers in bold, numbers stored as numbers, the totals row
 * bold after the rows, then any footer rows (e.g. the plan) in italics. exceljs is loaded only when a
 * workbook is made (it is large), never at module load. `stamp` fixes the document's created/modified
 * dates so a rerun describes the same report.
 */
export async function toXlsx(tables: readonly ReportTable[], stamp: Date): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Zhalantun poverty-alleviation platform';
  workbook.created = stamp;
  workbook.modified = stamp;
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.sheet.slice(0, 31));
    sheet.columns = table.columns.map((c) => ({
      header: neutraliseCell(c.header),
      key: c.key,
      width: Math.max(10, c.header.length * 2 + 2),
    }));
    sheet.getRow(1).font = { bold: true };
    // Text cells that look like formulas are neutralised here too (formats.ts neutraliseCell).
    for (const row of table.rows) sheet.addRow(neutraliseRow(row));
    if (table.totals) sheet.addRow(neutraliseRow(table.totals)).font = { bold: true };
    for (const row of table.footer ?? []) sheet.addRow(neutraliseRow(row)).font = { italic: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
