import { GetCommand } from '@aws-sdk/lib-dynamodb';
import { beforeAll, describe, expect, it } from 'vitest';
import { call, dynamo, newPersonId, tableName, uniqueSuffix } from '../../support/api.js';
import {
  confirmAndWait,
  registerTestVillages,
  startImport,
  TEST_VILLAGES,
  waitForImport,
  xlsxOf,
} from '../../support/roster-import.js';

const poverty = { role: 'poverty-office' } as const;
const civil = { role: 'civil-affairs' } as const;

const stored = async (personId: string) =>
  (await dynamo().send(new GetCommand({ TableName: tableName(), Key: { pk: `PERSON#${personId}`, sk: 'PROFILE' } })))
    .Item;

const HEADER = ['身份证号', '姓名', '户编号', '乡镇', '村', '纳入日期', '稳定脱贫'];
const wrongCheck = (id: string) => id.slice(0, 17) + (id[17] === '0' ? '1' : '0');

function goodRows(n: number) {
  const hh = `HH-IMP-${uniqueSuffix()}`;
  return Array.from({ length: n }, (_, i) => [
    newPersonId(),
    `导入${i}`,
    `${hh}-${Math.floor(i / 3)}`,
    i % 2 === 0 ? '洼堤乡' : 'wadi',
    i % 2 === 0 ? TEST_VILLAGES[i % 5]!.code : TEST_VILLAGES[i % 5]!.name,
    '2016-03-01',
    i % 4 === 0 ? '是' : '',
  ]);
}

beforeAll(registerTestVillages);

describe('roster import from Excel', () => {
  it('lists each township’s registered villages, 洼堤乡 with the ones just registered', async () => {
    const r = await call('GET', '/v1/reference/villages', { as: poverty });
    expect(r.status).toBe(200);
    const wadi = r.body.villages.find((t: { township: string }) => t.township === 'wadi');
    expect(wadi?.villages).toEqual(expect.arrayContaining(TEST_VILLAGES.map((v) => expect.objectContaining(v))));
  });

  it('dry-runs with counts and Chinese reasons per row, loads the good rows, and a second import changes nothing', async () => {
    const rows: (string | null)[][] = goodRows(20);
    // Sheet rows: header is row 1, so data row i is sheet row i + 2.
    rows[3] = [wrongCheck(newPersonId()), '校验错', 'HH-X', '洼堤乡', TEST_VILLAGES[0]!.code, '2016-03-01', ''];
    rows[7] = [newPersonId(), '缺乡镇', 'HH-X', null, TEST_VILLAGES[0]!.code, '2016-03-01', ''];
    rows[11] = [newPersonId(), '村不对', 'HH-X', '洼堤乡', '150783209999', '2016-03-01', ''];
    const bytes = await xlsxOf([HEADER, ...rows]);
    const importId = await startImport(poverty, bytes);
    const checked = await waitForImport(poverty, importId, ['checked']);
    expect(checked.dryRun).toEqual({ new: 17, changed: 0, unchanged: 0, rejected: 3 });
    expect(checked.total).toBe(20);
    expect(checked.rejected).toEqual([
      expect.objectContaining({ rowNumber: 5, reasons: ['身份证号校验码错误（GB 11643）'] }),
      expect.objectContaining({ rowNumber: 9, reasons: ['缺少乡镇'] }),
      expect.objectContaining({ rowNumber: 13, reasons: ['村代码「150783209999」不在洼堤乡的村名单中'] }),
    ]);
    // Nothing is stored by a dry run.
    expect(await stored(rows[0]![0]!)).toBeUndefined();

    // The rejected rows as a workbook: row number, reason, the row as written.
    const file = await fetch(checked.rejectedUrl);
    expect(file.status).toBe(200);
    const { default: ExcelJS } = await import('exceljs');
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await file.arrayBuffer()) as never);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, '行号', '原因', ...HEADER]);
    expect([2, 3, 4].map((r) => ws.getRow(r).getCell(1).value)).toEqual([5, 9, 13]);
    expect(ws.getRow(2).getCell(3).value).toBe(rows[3]![0]);

    const loaded = await confirmAndWait(poverty, importId);
    expect(loaded.loaded).toEqual({ new: 17, changed: 0, unchanged: 0, rejected: 3 });
    expect(loaded.processed).toBe(20);
    const first = await stored(rows[0]![0]!);
    expect(first).toMatchObject({
      name: '导入0',
      township: 'wadi',
      village: TEST_VILLAGES[0]!.name,
      registeredFrom: '2016-03-01',
      stableExit: true,
      flagSet_stableExit: { by: expect.any(String), role: 'poverty-office', via: `import ${importId}` },
    });
    expect((await stored(rows[1]![0]!))?.village).toBe(TEST_VILLAGES[1]!.name);
    expect(await stored(rows[7]![0]!)).toBeUndefined();

    // The same file again: every good row unchanged, nothing written (the flag's setter record is the first).
    const again = await startImport(poverty, bytes);
    const second = await waitForImport(poverty, again, ['checked']);
    expect(second.dryRun).toEqual({ new: 0, changed: 0, unchanged: 17, rejected: 3 });
    const reloaded = await confirmAndWait(poverty, again);
    expect(reloaded.loaded).toEqual({ new: 0, changed: 0, unchanged: 17, rejected: 3 });
    expect(await stored(rows[0]![0]!)).toEqual(first);
  });

  it('reads a GB18030 CSV (as Chinese Excel saves it) with correct Chinese names, and a UTF-8 one with a BOM', async () => {
    const rows = goodRows(3);
    rows[0]![1] = '张三丰';
    rows[1]![1] = '欧阳娜娜';
    rows[2]![1] = '䶮';
    const csv = [HEADER, ...rows].map((r) => r.join(',')).join('\r\n');
    // GB18030 bytes, produced by round-tripping through a decoder check: 张 is D5 C5 in GBK/GB18030.
    const gb = encodeGb18030(csv);
    expect(gb.subarray(0, 2)).not.toEqual(Buffer.from([0xef, 0xbb]));
    const importId = await startImport(poverty, gb, '名单.csv');
    const checked = await waitForImport(poverty, importId, ['checked']);
    expect(checked).toMatchObject({ format: 'csv', encoding: 'gb18030', dryRun: { new: 3, rejected: 0 } });
    await confirmAndWait(poverty, importId);
    expect((await stored(rows[0]![0]!))?.name).toBe('张三丰');
    expect((await stored(rows[1]![0]!))?.name).toBe('欧阳娜娜');
    expect((await stored(rows[2]![0]!))?.name).toBe('䶮');

    const utf = goodRows(1);
    utf[0]![1] = '李四';
    const bom = Buffer.concat([
      Buffer.from([0xef, 0xbb, 0xbf]),
      Buffer.from([HEADER, ...utf].map((r) => r.join(',')).join('\n')),
    ]);
    const id2 = await startImport(poverty, bom, 'utf8.csv');
    expect(await waitForImport(poverty, id2, ['checked'])).toMatchObject({ encoding: 'utf-8', columns: HEADER });
    await confirmAndWait(poverty, id2);
    expect((await stored(utf[0]![0]!))?.name).toBe('李四');
  });

  it('refuses a row setting a field the office does not own, naming the owner', async () => {
    const rows = goodRows(2);
    const bytes = await xlsxOf([
      ['身份证号', '姓名', '户编号', '乡镇', '村', '纳入日期', '低保'],
      [...rows[0]!.slice(0, 5), '', '是'],
      [...rows[1]!.slice(0, 5), '2016-01-01', '是'],
    ]);
    const importId = await startImport(civil, bytes);
    const checked = await waitForImport(civil, importId, ['checked']);
    expect(checked.dryRun).toMatchObject({ new: 1, rejected: 1 });
    expect(checked.rejected).toEqual([
      expect.objectContaining({ rowNumber: 3, reasons: ['纳入日期由扶贫办维护，民政局不能导入该字段'] }),
    ]);
  });

  it('asks for a mapping when the headers are not recognised, remembers it for the office, and reuses it', async () => {
    const office = { role: 'disabled-federation', sub: `df-${uniqueSuffix()}` } as const;
    const rows = goodRows(2);
    const header = ['证号', '名字', '家庭', '镇', '嘎查', '重残'];
    const data = rows.map((r) => [...r.slice(0, 5), '是']);
    const importId = await startImport(office, await xlsxOf([header, ...data]));
    const needs = await waitForImport(office, importId, ['needs-mapping', 'checked']);
    // 嘎查 is not a recognised header here (the recognised one is 嘎查村); 证号 neither.
    expect(needs.status).toBe('needs-mapping');
    expect(needs.missing).toEqual(expect.arrayContaining(['身份证号', '姓名', '户编号', '乡镇', '村']));
    const mapping = {
      证号: 'personId',
      名字: 'name',
      家庭: 'householdId',
      镇: 'township',
      嘎查: 'village',
      重残: 'severelyDisabled',
    };
    const bad = await call('PUT', `/v1/roster/imports/${importId}/mapping`, {
      as: office,
      body: { mapping: { ...mapping, 不存在: 'name' } },
    });
    expect(bad.status).toBe(400);
    const set = await call('PUT', `/v1/roster/imports/${importId}/mapping`, { as: office, body: { mapping } });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect((await waitForImport(office, importId, ['checked'])).dryRun).toMatchObject({ new: 2, rejected: 0 });
    await confirmAndWait(office, importId);
    expect(await stored(rows[0]![0]!)).toMatchObject({ severelyDisabled: true });

    // The next file with the same headers is checked straight away with the remembered mapping.
    const next = await startImport(office, await xlsxOf([header, ...goodRows(1).map((r) => [...r.slice(0, 5), '否'])]));
    expect((await waitForImport(office, next, ['checked', 'needs-mapping'])).status).toBe('checked');
    const listed = await call('GET', '/v1/roster/imports', { as: office });
    expect(listed.body.mapping).toMatchObject(mapping);
  });

  it("keeps an office's imports to itself, and refuses to confirm an import that is not checked", async () => {
    const importId = await startImport(poverty, await xlsxOf([HEADER, ...goodRows(1)]));
    expect((await call('GET', `/v1/roster/imports/${importId}`, { as: civil })).status).toBe(403);
    expect((await call('GET', `/v1/roster/imports/${importId}`, { as: { role: 'audit' } })).status).toBe(200);
    expect(
      (await call('GET', `/v1/roster/imports/${importId}`, { as: { role: 'hospital', hospitalId: 'zlt-peoples' } }))
        .status,
    ).toBe(403);
    const fresh = await call('POST', '/v1/roster/imports', { as: poverty, body: { fileName: 'x.xlsx', size: 10 } });
    const early = await call('POST', `/v1/roster/imports/${fresh.body.job.importId}/confirm`, { as: poverty });
    expect(early.status).toBe(409);
    expect((await call('POST', '/v1/roster/imports', { as: poverty, body: { fileName: 'x', size: 0 } })).status).toBe(
      400,
    );
  });
});

/** GB18030 encoding of a string (the platform's TextEncoder writes only UTF-8): by a reverse table of the decoder. */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  const wanted = new Set(Array.from(text).filter((c) => c.charCodeAt(0) > 0x7f));
  // Two-byte GBK area, then the four-byte area for characters outside it (such as 䶮).
  for (let a = 0x81; a <= 0xfe && table.size < wanted.size; a += 1)
    for (let b = 0x40; b <= 0xfe; b += 1) {
      if (b === 0x7f) continue;
      const c = decoder.decode(new Uint8Array([a, b]));
      if (wanted.has(c) && !table.has(c)) table.set(c, [a, b]);
    }
  for (const c of wanted) {
    if (table.has(c)) continue;
    outer: for (let a = 0x81; a <= 0x84; a += 1)
      for (let b = 0x30; b <= 0x39; b += 1)
        for (let x = 0x81; x <= 0xfe; x += 1)
          for (let y = 0x30; y <= 0x39; y += 1) {
            if (decoder.decode(new Uint8Array([a, b, x, y])) === c) {
              table.set(c, [a, b, x, y]);
              break outer;
            }
          }
  }
  const bytes: number[] = [];
  for (const c of Array.from(text)) {
    if (c.charCodeAt(0) <= 0x7f) bytes.push(c.charCodeAt(0));
    else {
      const t = table.get(c);
      if (!t) throw new Error(`no GB18030 bytes for ${c}`);
      bytes.push(...t);
    }
  }
  return Buffer.from(bytes);
}
