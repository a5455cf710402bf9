/**
 * Report tables and their CSV form. A table is rows of cells under named columns; the same tables become
 * CSV (UTF-8 with a BOM so Excel opens Chinese text) and an .xlsx workbook (xlsx.ts).
 */
export type Cell = string | number;

export interface ReportTable {
  /** Sheet name in the workbook (≤ 31 characters, Chinese allowed). */
  sheet: string;
  columns: { key: string; header: string }[];
  rows: Record<string, Cell>[];
  /** A totals row, printed after the rows. */
  totals?: Record<string, Cell>;
  /** Rows printed after the totals, e.g. the plan to compare with. */
  footer?: Record<string, Cell>[];
}

const BOM = '\uFEFF';

function csvCell(value: Cell | undefined): string {
  if (value === undefined) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One CSV with every table, each preceded by its sheet name and separated by a blank line. */
export function toCsv(tables: readonly ReportTable[]): string {
  const lines: string[] = [];
  tables.forEach((table, i) => {
    if (i > 0) lines.push('');
    if (tables.length > 1) lines.push(csvCell(table.sheet));
    lines.push(table.columns.map((c) => csvCell(c.header)).join(','));
    for (const row of [...table.rows, ...(table.totals ? [table.totals] : []), ...(table.footer ?? [])]) {
      lines.push(table.columns.map((c) => csvCell(row[c.key])).join(','));
    }
  });
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
