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

/**
 * A text cell that a spreadsheet would read as a formula (starting with = + - @, or a tab or carriage return
 * that some importers skip before one) is prefixed with an apostrophe, so `=HYPERLINK(…)` in a hospital name
 * shows as text and never runs (OWASP "CSV injection"). Numbers stay numbers: only text is neutralised. Every
 * CSV and workbook the system writes goes through this (toCsv, toXlsx).
 */
export function neutraliseCell<T extends Cell | undefined>(value: T): T {
  if (typeof value !== 'string') return value;
  return (/^[=+\-@\t\r]/.test(value) ? `'${value}` : value) as T;
}

/** A row with every text cell neutralised. */
export const neutraliseRow = (row: Record<string, Cell>): Record<string, Cell> =>
  Object.fromEntries(Object.entries(row).map(([k, v]) => [k, neutraliseCell(v)]));

function csvCell(value: Cell | undefined): string {
  if (value === undefined) return '';
  const text = String(neutraliseCell(value));
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
