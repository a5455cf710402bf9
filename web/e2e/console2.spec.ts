import { expect, test, type Page } from '@playwright/test';
import { demoPersons, demoVillages } from '../../infra/local/seed';
import { makeIdentity } from '../../shared/identity/gb11643';
import { choose, shoot, signIn, tokenFor } from './helpers';

const base = () => process.env.CONSOLE_URL as string;

async function apiGet(path: string, claims: Record<string, string>) {
  const r = await fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${await tokenFor(claims)}` } });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> & { amounts: Record<string, number> } };
}

/** The value, or the test fails naming what was missing. */
function must<T>(value: T | null | undefined, what: string): T {
  if (value === null || value === undefined) throw new Error(`missing: ${what}`);
  return value;
}

const persons = demoPersons();
const patient = must(
  persons.find((p) => p.registeredFrom && !p.registeredUntil && p.township !== 'chaihe'),
  'a registered demo patient',
);

test('(a) a clinic checks eligibility, settles a claim, prints the slip; replay gives the same slip; void shows 作废', async ({
  page,
}) => {
  const hospital = { role: 'hospital', hospitalId: 'zlt-peoples' };
  await signIn(page, 'role=hospital&hospitalId=zlt-peoples', '/desk');
  await page.getByLabel('身份证号', { exact: true }).fill(patient.personId.slice(0, 17));
  await expect(page.getByText('还差 1 位')).toBeVisible();
  const wrong = patient.personId.slice(0, 17) + (patient.personId[17] === '0' ? '1' : '0');
  await page.getByLabel('身份证号', { exact: true }).fill(wrong);
  await expect(page.getByText('校验码不对，请核对身份证号')).toBeVisible();
  await page.getByLabel('身份证号', { exact: true }).fill(patient.personId);
  await page.getByLabel('就诊日期（YYYY-MM-DD）').fill('2019-06-10');
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByTestId('eligibility-result')).toContainText('建档立卡贫困人口');
  await expect(page.getByTestId('eligibility-result')).toContainText('可先诊疗后付费');
  await page.mouse.move(0, 0);
  await shoot(page, 'desk');

  const claimId = `E2E-${Date.now().toString(36)}`;
  await page.getByLabel('结算单号').fill(claimId);
  await page.getByLabel('入院日期').fill('2019-06-02');
  await page.getByLabel('出院日期').fill('2019-06-10');
  await page.getByLabel('医疗总费用（元）').fill('12345.67');
  await page.getByRole('button', { name: '核对并结算' }).click();
  await expect(page.getByTestId('confirm-claim')).toContainText('12,345.67');
  await page.getByRole('button', { name: '确认结算' }).click();
  await expect(page).toHaveURL(new RegExp(`/desk/claims/${claimId}$`));
  const slip = page.getByTestId('slip');
  await expect(slip).toBeVisible();

  const api = await apiGet(`/v1/claims/${claimId}`, hospital);
  expect(api.status).toBe(200);
  const fmt = (n: number) =>
    new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);
  for (const payer of [
    'basicInsurance',
    'criticalIllnessInsurance',
    'medicalAssistance',
    'commercialInsurance',
    'safetyNetFund',
    'hospital',
    'patient',
  ])
    await expect(page.getByTestId(`slip-${payer}`)).toHaveText(fmt(api.body.amounts[payer]));
  await expect(page.getByTestId('slip-total')).toHaveText('12,345.67');
  const shownId = await page.getByTestId('slip-id').textContent();
  expect(shownId).toBe(`${patient.personId.slice(0, 6)}********${patient.personId.slice(14)}`);
  await expect(slip).not.toContainText(patient.personId);
  await expect(page.getByTestId('slip-name')).toHaveText(
    `${Array.from(patient.name)[0]}${'*'.repeat(Array.from(patient.name).length - 1)}`,
  );
  await page.mouse.move(0, 0);
  await shoot(page, 'slip');
  // Printed, the slip is all there is on the page (its own A5 page; the rest of the console is hidden).
  await page.emulateMedia({ media: 'print' });
  await expect(slip).toBeVisible();
  await expect(page.getByRole('button', { name: '作废' })).toBeHidden();
  await page.emulateMedia({ media: 'screen' });
  const before = await slip.textContent();

  // A replay of the same claim (the hospital's billing system retrying) returns the same settlement: the same slip.
  const replay = await fetch(`${base()}/v1/claims`, {
    method: 'POST',
    headers: { authorization: `Bearer ${await tokenFor(hospital)}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      claimId,
      personId: patient.personId,
      kind: 'inpatient',
      admittedOn: '2019-06-02',
      dischargedOn: '2019-06-10',
      diagnosis: { icd10: null, majorDisease: null, chronicDisease: null },
      referral: { registered: false, emergency: false },
      costs: { total: 12345.67, outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
    }),
  });
  expect(replay.status).toBe(200);
  await page.reload();
  await expect(slip).toBeVisible();
  await expect(page.getByTestId('slip-name')).not.toHaveText('—');
  expect(await slip.textContent()).toBe(before);

  // At the next admission the desk shows the year so far: this admission by level and the self-pay toward the
  // cap of the year's highest level, the same figures the API keeps for the person's year.
  await page.goto('/desk');
  await page.getByLabel('身份证号', { exact: true }).fill(patient.personId);
  await page.getByLabel('就诊日期（YYYY-MM-DD）').fill('2019-06-20');
  await page.getByRole('button', { name: '查询' }).click();
  const year = page.getByTestId('eligibility-result');
  const elig = (await apiGet(`/v1/persons/${patient.personId}/eligibility?on=2019-06-20`, hospital)).body as {
    year: { selfPayBeyondDeductibles: number; highestLevel: string };
  };
  await expect(year).toContainText('2019年住院');
  await expect(year).toContainText(`本年自付（计入封顶）${fmt(elig.year.selfPayBeyondDeductibles)} 元`);
  await expect(year).toContainText('个人年度自付封顶');
  await page.goto(`/desk/claims/${claimId}`);

  await page.getByRole('button', { name: '作废' }).click();
  await page.getByRole('button', { name: '确认作废' }).click();
  await expect(page.getByTestId('slip-void')).toHaveText('作废');
  await page.mouse.move(0, 0);
  await shoot(page, 'slip-voided');

  await page.goto('/desk/month');
  await page.getByTestId('month').fill('2019-06');
  await expect(page.getByTestId('month-totals')).toBeVisible();
  await expect(page.getByText(claimId)).toBeVisible();
  await shoot(page, 'claims-month');
});

async function xlsx(rows: (string | null)[][]): Promise<Buffer> {
  const { default: ExcelJS } = await import('exceljs');
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('名单');
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function upload(page: Page, name: string, bytes: Buffer, mimeType: string) {
  await page.locator('#roster-file').setInputFiles({ name, mimeType, buffer: bytes });
}

test('(b) the poverty office imports 1,000 rows with 3 bad ones; a second import changes nothing', async ({ page }) => {
  test.setTimeout(300_000);
  const villages = demoVillages('wadi');
  const stamp = Date.now() % 900;
  const rows: (string | null)[][] = [['身份证号', '姓名', '户编号', '乡镇', '村', '纳入日期']];
  for (let i = 0; i < 1000; i += 1)
    rows.push([
      makeIdentity('159996', `19${50 + (i % 40)}0${1 + (i % 9)}1${i % 9}`, (stamp + i) % 1000).replace(/^/, ''),
      `导入${i}`,
      `HH-E2E-${stamp}-${Math.floor(i / 4)}`,
      '洼堤乡',
      must(villages[i % 5], 'village').code,
      '2016-03-01',
    ]);
  const row = (i: number) => must(rows[i], `row ${i}`);
  const id12 = must(row(11)[0], 'identity of sheet row 12');
  row(11)[0] = id12.slice(0, 17) + (id12[17] === '0' ? '1' : '0'); // sheet row 12
  row(501)[3] = null; // sheet row 502
  row(900)[4] = 'wadi-99'; // sheet row 901
  const bytes = await xlsx(rows);
  await signIn(page, 'role=poverty-office', '/roster/import');
  await upload(page, '建档立卡.xlsx', bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  const job = page.getByTestId('import-job');
  await expect(job).toHaveAttribute('data-status', 'checked', { timeout: 180_000 });
  await expect(page.getByTestId('dry-run')).toContainText('997');
  const rejected = page.getByTestId('rejected-rows');
  await expect(rejected).toContainText('第 12 行：身份证号校验码错误');
  await expect(rejected).toContainText('第 502 行：缺少乡镇');
  await expect(rejected).toContainText('第 901 行：村代码「wadi-99」不在洼堤乡的村名单中');
  await shoot(page, 'roster-import-checked');
  await page.getByTestId('confirm-import').click();
  await expect(job).toHaveAttribute('data-status', 'loaded', { timeout: 180_000 });
  await expect(page.getByTestId('loaded')).toContainText('997');
  const loaded = await apiGet(`/v1/persons/${row(1)[0]}`, { role: 'poverty-office' });
  expect(loaded.body.name).toBe('导入0');

  await page.reload();
  await upload(page, '建档立卡.xlsx', bytes, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  await expect(job).toHaveAttribute('data-status', 'checked', { timeout: 180_000 });
  // New 0, changed 0, unchanged 997, rejected 3.
  const texts = await page.getByTestId('dry-run').locator('.ant-statistic-content-value').allInnerTexts();
  expect(texts.map((t) => t.replace(/,/g, ''))).toEqual(['0', '0', '997', '3']);
});

test('(c) a GB18030 CSV imports with correct Chinese names', async ({ page }) => {
  const villages = demoVillages('zhonghe');
  const [a, b] = [0, 1].map((i) => makeIdentity('159995', '19800101', (Date.now() + i) % 1000)) as [string, string];
  const [v1, v2] = [must(villages[0], 'village 1'), must(villages[1], 'village 2')];
  const csv = [
    '身份证号,姓名,户编号,乡镇,村,纳入日期',
    `${a},张三丰,HH-GB-${a.slice(-6)},中和镇,${v1.code},2016-03-01`,
    `${b},欧阳娜娜,HH-GB-${b.slice(-6)},中和镇,${v2.name},2016-03-01`,
  ].join('\r\n');
  const ids = [a, b];
  const gb = encodeGb18030(csv);
  await signIn(page, 'role=poverty-office', '/roster/import');
  await upload(page, '名单.csv', gb, 'text/csv');
  const job = page.getByTestId('import-job');
  await expect(job).toHaveAttribute('data-status', 'checked', { timeout: 120_000 });
  await expect(job).toContainText('GB18030 编码');
  await page.getByTestId('confirm-import').click();
  await expect(job).toHaveAttribute('data-status', 'loaded', { timeout: 120_000 });
  expect((await apiGet(`/v1/persons/${ids[0]}`, { role: 'poverty-office' })).body.name).toBe('张三丰');
  expect((await apiGet(`/v1/persons/${ids[1]}`, { role: 'poverty-office' })).body.name).toBe('欧阳娜娜');
});

test('after a dry run with bad rows, the rejected rows download as xlsx with their row numbers and reasons', async ({
  page,
}) => {
  const villages = demoVillages('wadi');
  const stamp = Date.now() % 990;
  const header = ['身份证号', '姓名', '户编号', '乡镇', '村', '低保', '重度残疾'];
  const rows: (string | null)[][] = Array.from({ length: 10 }, (_, i) => [
    makeIdentity('159993', '19700303', (stamp + i) % 1000),
    `民政${i}`,
    `HH-REJ-${stamp}-${i}`,
    '洼堤乡',
    must(villages[i % 3], 'village').code,
    i % 2 ? '是' : '否',
    null,
  ]);
  const data = (sheetRow: number) => must(rows[sheetRow - 2], `sheet row ${sheetRow}`); // row 1 is the header
  const id3 = must(data(3)[0], 'identity of sheet row 3');
  const wrongId = id3.slice(0, 17) + (id3[17] === '0' ? '1' : '0');
  data(3)[0] = wrongId;
  data(6)[3] = null;
  data(8)[4] = 'wadi-99';
  data(10)[6] = '是'; // disability is the federation's field, not civil affairs'
  const expected = [
    [3, '身份证号校验码错误（GB 11643）', wrongId],
    [6, '缺少乡镇', data(6)[0]],
    [8, '村代码「wadi-99」不在洼堤乡的村名单中', data(8)[0]],
    [10, '重度残疾由残联维护，民政局不能导入该字段', data(10)[0]],
  ];

  await signIn(page, 'role=civil-affairs', '/roster/import');
  await upload(
    page,
    '低保名单.xlsx',
    await xlsx([header, ...rows]),
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  );
  const job = page.getByTestId('import-job');
  await expect(job).toHaveAttribute('data-status', 'checked', { timeout: 120_000 });
  // New 6, changed 0, unchanged 0, rejected 4: nothing is stored before the office confirms.
  const counts = await page.getByTestId('dry-run').locator('.ant-statistic-content-value').allInnerTexts();
  expect(counts).toEqual(['6', '0', '0', '4']);
  expect((await apiGet(`/v1/persons/${data(2)[0]}`, { role: 'poverty-office' })).status).toBe(404);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: '下载不能导入的行（Excel）' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^rejected-.+\.xlsx$/);
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const sheet = must(workbook.worksheets[0], 'the rejected-rows sheet');
  const values = (r: number) => (sheet.getRow(r).values as unknown[]).slice(1); // exceljs rows are 1-based
  expect(values(1)).toEqual(['行号', '原因', ...header]);
  expect(sheet.rowCount).toBe(1 + expected.length);
  expected.forEach(([rowNumber, reason, identity], i) => {
    const [n, why, id, name] = values(i + 2);
    expect([n, why, id]).toEqual([rowNumber, reason, identity]);
    // The row's own cells come back as the office wrote them, the identity number as text.
    expect(name).toBe(`民政${(rowNumber as number) - 2}`);
  });
});

test('unrecognised columns are mapped once in the console; the office’s next file with them is checked at once', async ({
  page,
}) => {
  const village = must(demoVillages('zhonghe')[2], 'village 3').code;
  const ids = [0, 1, 2].map((i) => makeIdentity('159994', '19750505', (Date.now() + i) % 1000));
  // The office remembers a mapping for good, so headers it has mapped before would be checked at once. Each run
  // (and a retry) uses headers of its own, so this file is always one the office has never mapped.
  const tag = Date.now().toString(36).slice(-5);
  const columns = ['证号', '名字', '家庭', '镇', '嘎查', '重残'].map((c) => `${c}-${tag}`);
  const header = columns.join(',');
  const row = (id: string, n: number) => `${id},映射${n},HH-MAP-${id.slice(-6)},中和镇,${village},是`;
  // UTF-8 with a byte-order mark, as Excel's "CSV UTF-8" saves it.
  const csv = (lines: string[]) => Buffer.from(`\uFEFF${lines.join('\r\n')}`, 'utf8');
  await signIn(page, 'role=disabled-federation', '/roster/import');
  await upload(page, '残联名单.csv', csv([header, row(ids[0] as string, 0), row(ids[1] as string, 1)]), 'text/csv');
  const job = page.getByTestId('import-job');
  await expect(job).toHaveAttribute('data-status', 'needs-mapping', { timeout: 120_000 });
  const stillMissing = page.getByText(/^还缺：/);
  await expect(stillMissing).toHaveText('还缺：身份证号、姓名、户编号、乡镇、村');
  const fields = ['身份证号', '姓名', '户编号', '乡镇', '村', '重度残疾'];
  for (const [i, column] of columns.entries()) await choose(page, `表格列「${column}」`, fields[i] as string);
  // The warning follows the choices: every required field is now mapped.
  await expect(stillMissing).toBeHidden();
  await page.mouse.move(0, 0);
  await shoot(page, 'roster-import-mapping');
  await page.getByRole('button', { name: '保存并重新核对' }).click();
  await expect(job).toHaveAttribute('data-status', 'checked', { timeout: 120_000 });
  await expect(job).toContainText('UTF-8 编码');
  await page.getByTestId('confirm-import').click();
  await expect(job).toHaveAttribute('data-status', 'loaded', { timeout: 120_000 });
  const stored = (await apiGet(`/v1/persons/${ids[0]}`, { role: 'poverty-office' })).body as {
    name: string;
    flags: { flag: string; value: boolean }[];
  };
  expect(stored.name).toBe('映射0');
  expect(stored.flags.find((f) => f.flag === 'severelyDisabled')?.value).toBe(true);

  await page.reload();
  await upload(page, '残联名单2.csv', csv([header, row(ids[2] as string, 2)]), 'text/csv');
  await expect(job).toHaveAttribute('data-status', 'checked', { timeout: 120_000 });
});

test("(e) a township sees its own household and gets the Chinese 403 for another township's", async ({ page }) => {
  const own = must(
    persons.find((p) => p.township === 'zhonghe'),
    'a zhonghe person',
  );
  const other = must(
    persons.find((p) => p.township === 'chaihe'),
    'a chaihe person',
  );
  await signIn(page, 'role=township&township=zhonghe', `/households/${own.householdId}`);
  await expect(page.getByRole('heading', { name: `一户一档 · ${own.householdId}` })).toBeVisible();
  await expect(page.getByText(own.name).first()).toBeVisible();
  await shoot(page, 'household');
  await page.goto(`/households/${other.householdId}`);
  await expect(page.getByText('无权访问', { exact: true })).toBeVisible();
});

/** GB18030 bytes of a text (the platform encodes only UTF-8): by a reverse lookup of the decoder. */
function encodeGb18030(text: string): Buffer {
  const decoder = new TextDecoder('gb18030');
  const table = new Map<string, number[]>();
  const wanted = new Set(Array.from(text).filter((c) => c.charCodeAt(0) > 0x7f));
  for (let a = 0x81; a <= 0xfe && table.size < wanted.size; a += 1)
    for (let b = 0x40; b <= 0xfe; b += 1) {
      if (b === 0x7f) continue;
      const c = decoder.decode(new Uint8Array([a, b]));
      if (wanted.has(c) && !table.has(c)) table.set(c, [a, b]);
    }
  const bytes: number[] = [];
  for (const c of Array.from(text)) {
    const t = c.charCodeAt(0) <= 0x7f ? [c.charCodeAt(0)] : table.get(c);
    if (!t) throw new Error(`no GB18030 bytes for ${c}`);
    bytes.push(...t);
  }
  return Buffer.from(bytes);
}
