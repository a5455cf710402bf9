import type { Worksheet } from 'exceljs';
import { STAGE_NAMES } from '../reports/progress-run.js';
import type { BulletinContent, BulletinRow, ProgrammeBulletin } from './compose.js';

/** Formats: money with thousands separators and two decimals, households as integers, rates as percent. */
export const MONEY_FORMAT = '#,##0.00';
export const COUNT_FORMAT = '#,##0';
export const RATE_FORMAT = '0.0%';

/** The workbook's printed page footer: 第 1 页，共 3 页. */
export const FOOTER = '&C第 &P 页，共 &N 页';
/** Page header: the title (which names the cut-off) centred, bold. Ampersands in text are doubled. */
export const pageHeader = (title: string, revisionText: string): string =>
  `&C&"SimSun,Bold"&12${title.replace(/&/g, '&&')}&R&8${revisionText.replace(/&/g, '&&')}`;

interface Column {
  key: keyof BulletinRow;
  header: string;
  group?: string;
  width: number;
  format?: string;
}

/** The programme sheet's columns: township first, then households, rate, late, photos, money. */
const COLUMNS: Column[] = [
  { key: 'rank', header: '排名', width: 6 },
  { key: 'name', header: '乡镇(街道)', width: 22 },
  { key: 'tasks', header: '改造任务', group: '改造进度(户)', width: 10, format: COUNT_FORMAT },
  { key: 'started', header: '已开工', group: '改造进度(户)', width: 10, format: COUNT_FORMAT },
  { key: 'accepted', header: '已竣工验收', group: '改造进度(户)', width: 12, format: COUNT_FORMAT },
  { key: 'completionRate', header: '完成率', width: 10, format: RATE_FORMAT },
  { key: 'late', header: '逾期未完成(户)', width: 14, format: COUNT_FORMAT },
  { key: 'withPhotos', header: '验收照片齐全(户)', width: 16, format: COUNT_FORMAT },
  { key: 'committed', header: '已承诺补助(元)', group: '补助资金', width: 18, format: MONEY_FORMAT },
  { key: 'paid', header: '已拨付补助(元)', group: '补助资金', width: 18, format: MONEY_FORMAT },
];

/** A4 landscape, one page wide, header rows 1–2 and the township columns A–B on every page, centred. */
function printSetup(sheet: Worksheet, title: string, revisionText: string, titleRows: string | undefined): void {
  sheet.pageSetup = {
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    margins: { left: 0.4, right: 0.4, top: 0.75, bottom: 0.6, header: 0.3, footer: 0.3 },
    ...(titleRows ? { printTitlesRow: titleRows } : {}),
  };
  sheet.headerFooter = { oddHeader: pageHeader(title, revisionText), oddFooter: FOOTER };
}

function headerRows(sheet: Worksheet, columns: readonly { header: string; group?: string }[]): void {
  const top = sheet.getRow(1);
  const bottom = sheet.getRow(2);
  columns.forEach((c, i) => {
    top.getCell(i + 1).value = c.group ?? c.header;
    bottom.getCell(i + 1).value = c.header;
  });
  // Merge each group across its columns, and each ungrouped header down its two rows.
  let i = 0;
  while (i < columns.length) {
    const group = columns[i]?.group;
    let j = i;
    while (group && columns[j + 1]?.group === group) j += 1;
    if (group) sheet.mergeCells(1, i + 1, 1, j + 1);
    else sheet.mergeCells(1, i + 1, 2, i + 1);
    i = j + 1;
  }
  for (const row of [top, bottom]) {
    row.font = { bold: true };
    row.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
  }
}

function border(sheet: Worksheet): void {
  const thin = { style: 'thin' as const };
  sheet.eachRow((row) => {
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = { top: thin, left: thin, bottom: thin, right: thin };
    });
  });
}

function programmeSheet(sheet: Worksheet, p: ProgrammeBulletin, revisionText: string): void {
  COLUMNS.forEach((c, i) => {
    sheet.getColumn(i + 1).width = c.width;
    if (c.format) sheet.getColumn(i + 1).numFmt = c.format;
  });
  headerRows(sheet, COLUMNS);
  for (const r of p.rows) {
    sheet.addRow(COLUMNS.map((c) => (c.key === 'completionRate' ? (r.completionRate ?? '—') : (r[c.key] ?? '—'))));
  }
  const t = p.totals;
  const totals = sheet.addRow([
    '',
    '全市合计',
    t.tasks,
    t.started,
    t.accepted,
    t.completionRate ?? '—',
    t.late,
    t.withPhotos,
    t.committed,
    t.paid,
  ]);
  totals.font = { bold: true };
  const planRow = sheet.addRow([
    '',
    p.programme === 'R1' ? '2019年计划(投资不含无房户)' : '2019年计划',
    p.plan.households,
    '',
    t.accepted,
    t.planCompletionRate,
    '',
    '',
    p.plan.budget,
    '',
  ]);
  planRow.font = { italic: true };
  if (p.programme === 'R1') {
    sheet.addRow([
      '',
      '其中无房户补助(不在计划投资内)',
      '',
      '',
      '',
      '',
      '',
      '',
      t.noHouseCommitted,
      t.noHousePaid,
    ]).font = { italic: true };
  }
  if (t.sales.count > 0) {
    // R2 八.(二): the backing money of government-backed houses sold comes back to city finance.
    sheet.addRow([
      '',
      `兜底房出售 ${t.sales.count} 户(其中未满五年 ${t.sales.early} 户),应返还兜底资金 ${t.sales.amountDue.toFixed(2)} 元`,
    ]).font = { italic: true };
  }
  border(sheet);
  sheet.views = [{ state: 'frozen', xSplit: 2, ySplit: 2, topLeftCell: 'C3', activeCell: 'C3' }];
  printSetup(sheet, p.title, revisionText, '1:2');
  sheet.pageSetup.printTitlesColumn = 'A:B';
}

/**
 * The bulletin as a workbook that prints readably: one sheet per programme (ranked townships, city totals,
 * the plan with its completion rate), the late cases (masked), and the townships' reports with those that
 * did not submit. Every sheet: A4 landscape, one page wide, header rows repeated (and the township columns
 * on the programme sheets), the title with its cut-off in the page header, page numbers in the footer,
 * frozen panes, money as #,##0.00 under headers saying (元). exceljs is loaded only here (it is large).
 */
export async function bulletinXlsx(
  b: BulletinContent & { revision?: number; status: 'draft' | 'published' },
  stamp: Date,
): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = '扎兰屯市危改办';
  workbook.title = b.title;
  workbook.created = stamp;
  workbook.modified = stamp;
  const revisionText = b.status === 'draft' ? '草稿' : `第${b.revision}版`;

  for (const p of b.programmes) {
    programmeSheet(workbook.addWorksheet(`${p.programme}进度`), p, revisionText);
  }

  const late = workbook.addWorksheet('逾期案件');
  const lateColumns = [
    { header: '序号', width: 6 },
    { header: '项目', width: 8 },
    { header: '乡镇(街道)', width: 22 },
    { header: '村', width: 14 },
    { header: '户主', width: 10 },
    { header: '身份证号', width: 22 },
    { header: '当前阶段', width: 14 },
    { header: '约定竣工日期', width: 14 },
    { header: '竣工验收日期', width: 14 },
  ];
  lateColumns.forEach((c, i) => {
    late.getColumn(i + 1).width = c.width;
  });
  late.addRow(lateColumns.map((c) => c.header)).font = { bold: true };
  let n = 0;
  for (const p of b.programmes) {
    for (const c of p.lateCases) {
      n += 1;
      late.addRow([
        n,
        p.programme,
        c.townshipName,
        c.village,
        c.householder,
        c.identity,
        STAGE_NAMES[c.status] ?? c.status,
        c.completionBy ?? '',
        c.finalAcceptedOn ?? '',
      ]);
    }
  }
  if (n === 0) late.addRow(['', '', '无逾期案件']);
  border(late);
  late.views = [{ state: 'frozen', xSplit: 0, ySplit: 1, topLeftCell: 'A2', activeCell: 'A2' }];
  printSetup(late, `${b.title} 逾期案件`, revisionText, '1:1');

  const reports = workbook.addWorksheet('乡镇报告');
  const reportColumns = [
    { header: '乡镇(街道)', width: 20 },
    { header: '报送版本', width: 8 },
    { header: '报送时间', width: 18 },
    { header: '工作进展', width: 45 },
    { header: '存在问题', width: 40 },
    { header: '下步措施', width: 40 },
  ];
  reportColumns.forEach((c, i) => {
    reports.getColumn(i + 1).width = c.width;
  });
  reports.addRow(reportColumns.map((c) => c.header)).font = { bold: true };
  for (const s of b.narratives) {
    const row = reports.addRow([s.name, s.version, s.submittedAt, s.progress, s.problems, s.measures]);
    row.alignment = { wrapText: true, vertical: 'top' };
  }
  const missing = b.missing.length > 0 ? b.missing.map((m) => m.name).join('、') : '无';
  reports.addRow([`未报送乡镇(街道): ${missing}`]).font = { bold: true };
  border(reports);
  reports.views = [{ state: 'frozen', xSplit: 1, ySplit: 1, topLeftCell: 'B2', activeCell: 'B2' }];
  printSetup(reports, `${b.title} 乡镇报告`, revisionText, '1:1');

  return Buffer.from(await workbook.xlsx.writeBuffer());
}
