import { expect } from 'vitest';
import { call, stackLog, type TokenClaims } from './api.js';

/** An xlsx workbook of the rows (first row the header), identity numbers as text as an office keeps them. */
export async function xlsxOf(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('建档立卡');
  for (const row of rows) ws.addRow(row);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Starts an import and uploads the file through the presigned POST, as the console does. */
export async function startImport(as: TokenClaims, bytes: Buffer, fileName = '名单.xlsx'): Promise<string> {
  const r = await call('POST', '/v1/roster/imports', { as, body: { fileName, size: bytes.length } });
  expect(r.status, JSON.stringify(r.body)).toBe(201);
  const form = new FormData();
  for (const [k, v] of Object.entries(r.body.upload.fields as Record<string, string>)) form.append(k, v);
  form.append('file', new Blob([bytes]), fileName);
  const posted = await fetch(r.body.upload.url, { method: 'POST', body: form });
  expect(posted.status).toBeLessThan(300);
  return r.body.job.importId as string;
}

/** Polls the import until it reaches one of `statuses`. */
export async function waitForImport(as: TokenClaims, importId: string, statuses: string[], seconds = 60) {
  const until = Date.now() + seconds * 1000;
  for (;;) {
    const r = await call('GET', `/v1/roster/imports/${importId}`, { as });
    expect(r.status, JSON.stringify(r.body)).toBe(200);
    if (statuses.includes(r.body.status)) return r.body;
    if (r.body.status === 'failed' && !statuses.includes('failed'))
      throw new Error(
        `import failed: ${r.body.error}\n${stackLog()
          .split('\n')
          .filter((l) => l.includes('roster import step failed'))
          .slice(-1)}`,
      );
    if (Date.now() > until) throw new Error(`import stayed ${r.body.status}`);
    await new Promise((ok) => setTimeout(ok, 100));
  }
}

export async function confirmAndWait(as: TokenClaims, importId: string) {
  const r = await call('POST', `/v1/roster/imports/${importId}/confirm`, { as });
  expect(r.status, JSON.stringify(r.body)).toBe(202);
  return waitForImport(as, importId, ['loaded']);
}

/** The villages the import tests register for 洼堤乡 (the same list every time, so files do not race). */
export const TEST_VILLAGES = [1, 2, 3, 4, 5].map((n) => ({
  code: `150783209${String(n).padStart(3, '0')}`,
  name: `洼堤测试村${n}`,
}));

export async function registerTestVillages(): Promise<void> {
  const r = await call('PUT', '/v1/reference/villages/wadi', {
    as: { role: 'poverty-office' },
    body: { villages: TEST_VILLAGES },
  });
  expect(r.status, JSON.stringify(r.body)).toBe(200);
}
