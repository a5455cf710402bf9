import { Readable } from 'node:stream';

/** One cell as the sheet holds it: text, a number, a date (xlsx date cells), a boolean, or empty. */
export type Cell = string | number | boolean | Date | null;

export interface SheetRow {
  /** The row's number in the sheet as the clerk sees it (the header is row 1). */
  rowNumber: number;
  cells: Cell[];
}

export interface Sheet {
  columns: string[];
  rows: SheetRow[];
}

export type SheetFormat = 'xlsx' | 'csv';

export class UnreadableFileError extends Error {}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

/** xlsx is a zip file; anything else is read as CSV text. */
export function formatOf(bytes: Uint8Array): SheetFormat {
  return ZIP_MAGIC.every((b, i) => bytes[i] === b) ? 'xlsx' : 'csv';
}

/**
 * The text of a CSV file: UTF-8 with or without a byte-order mark, or GB18030 as Chinese Excel saves
 * "CSV (逗号分隔)". A file that is not valid UTF-8 is read as GB18030 (a superset of GBK and GB2312).
 */
export function decodeCsv(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), encoding: 'utf-8' };
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { text: new TextDecoder('gb18030').decode(bytes), encoding: 'gb18030' };
  }
}

function cellValue(value: unknown): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.trim() === '' ? null : value.trim();
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as { richText?: { text: string }[]; text?: unknown; result?: unknown; error?: string };
    if (Array.isArray(v.richText)) return cellValue(v.richText.map((r) => r.text).join(''));
    if (v.result !== undefined) return cellValue(v.result);
    if (typeof v.text === 'string') return cellValue(v.text);
    if (v.error) return v.error;
  }
  return String(value);
}

function toRow(values: unknown, rowNumber: number): SheetRow {
  // exceljs row.values is 1-based (index 0 unused).
  const list = Array.isArray(values) ? values.slice(1) : [];
  return { rowNumber, cells: list.map(cellValue) };
}

function finish(rows: SheetRow[]): Sheet {
  const header = rows.shift();
  if (!header) throw new UnreadableFileError('文件是空的：第一行应为列标题。');
  const columns = header.cells.map((c, i) => (c === null ? `第${i + 1}列` : String(c)));
  return { columns, rows: rows.filter((r) => r.cells.some((c) => c !== null)) };
}

/**
 * Reads the first worksheet of an xlsx or a CSV file.
 * exceljs is loaded only here, when a file is read, never at module load.
 */
export async function readSheet(bytes: Uint8Array): Promise<Sheet & { format: SheetFormat; encoding?: string }> {
  const { default: ExcelJS } = await import('exceljs');
  const rows: SheetRow[] = [];
  if (formatOf(bytes) === 'xlsx') {
    try {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(bytes) as never);
      const sheet = workbook.worksheets[0];
      sheet?.eachRow({ includeEmpty: false }, (row, n) => rows.push(toRow(row.values, n)));
    } catch (error) {
      throw new UnreadableFileError(`无法读取 Excel 文件：${(error as Error).message}`);
    }
    return { ...finish(rows), format: 'xlsx' };
  }
  const { text, encoding } = decodeCsv(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    const sheet = await workbook.csv.read(Readable.from([text]), {
      map: (value: string) => value,
      parserOptions: { ignoreEmpty: false, trim: true },
    } as never);
    sheet.eachRow({ includeEmpty: false }, (row, n) => rows.push(toRow(row.values, n)));
  } catch (error) {
    throw new UnreadableFileError(`无法读取 CSV 文件：${(error as Error).message}`);
  }
  return { ...finish(rows), format: 'csv', encoding };
}
