import { randomInt } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, type Locator, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { countText, dateText, yuanText } from '../src/lib/format';
import { PROGRAMME_NAMES } from '../src/i18n/labels';
import { DESKTOP, expectChartTextApart, expectNotCut, PHONE, shoot, signIn } from './helpers';

async function apiCall(baseURL: string, as: Record<string, string>, method: string, path: string, body?: unknown) {
  const t = await fetch(`${baseURL}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(as),
  });
  const token = ((await t.json()) as { token: string }).token;
  const r = await fetch(`${baseURL}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  // biome-ignore lint/suspicious/noExplicitAny: the API's JSON, checked field by field below
  return { status: r.status, body: (await r.json()) as any };
}

// The demo data (seeded by `npm start`) holds R1 cases in several townships from January 2019 on.
const PROGRESS_CUT_OFF = '2019-06-15';
// A cut-off of its own for each run (a retry runs with another), the 1st or 15th of a month after 2019.
const year = 2020 + randomInt(6);
const month = String(1 + randomInt(12)).padStart(2, '0');
const BULLETIN_CUT_OFF = `${year}-${month}-${randomInt(2) ? '01' : '15'}`;

test.describe
  .serial('progress dashboard and the 1st/15th bulletin', () => {
    test('the dashboard shows the report API’s figures for a seeded cut-off, with charts, per township and city-wide', async ({
      page,
      baseURL,
    }) => {
      const office = { role: 'housing-office' };
      expect(
        (await apiCall(baseURL as string, office, 'POST', '/v1/reports/progress', { asOf: PROGRESS_CUT_OFF })).status,
      ).toBe(201);
      const report = (await apiCall(baseURL as string, office, 'GET', `/v1/reports/progress/${PROGRESS_CUT_OFF}`)).body;
      const totals = report.programmes[0].totals;
      expect(totals.cases).toBeGreaterThan(0);

      await page.setViewportSize(DESKTOP);
      await signIn(page, 'role=housing-office', `/progress?asOf=${PROGRESS_CUT_OFF}`);
      await expect(page.getByRole('heading', { name: `工程进度 · 截至${dateText(PROGRESS_CUT_OFF)}` })).toBeVisible();
      await expect(page.getByTestId('total-cases')).toHaveText(countText(totals.cases));
      await expect(page.getByTestId('total-accepted')).toHaveText(countText(totals.accepted));
      await expect(page.getByTestId('total-late')).toHaveText(countText(totals.late));
      await expect(page.getByTestId('total-committed')).toHaveText(yuanText(totals.subsidyCommitted));
      await expect(page.getByTestId('total-paid')).toHaveText(yuanText(totals.subsidyPaid));
      await expect(page.getByTestId('budget-planned')).toHaveText(yuanText(report.programmes[0].budget.planned));
      await expect(page.getByTestId('budget-committed')).toHaveText(yuanText(report.programmes[0].budget.committed));
      await expect(page.getByTestId('total-photos')).toHaveText(
        `${countText(totals.acceptedWithPhotos)} / ${countText(totals.accepted)}`,
      );
      // The one-household file and the sales of government-backed houses, as the API reports them.
      await expect(page.getByTestId('total-documents')).toHaveText(
        `${countText(totals.acceptedWithDocuments)} / ${countText(totals.accepted)}`,
      );
      await expect(page.getByTestId('total-files-behind')).toHaveText(countText(totals.filesBehind));
      await expect(page.getByTestId('total-sales')).toHaveText(
        `${countText(totals.sales.count)}（${countText(totals.sales.early)}）`,
      );
      await expect(page.getByTestId('total-sales-due')).toHaveText(yuanText(totals.sales.amountDue));
      for (const t of report.townships as { township: string; R1: { cases: number; subsidyCommitted: number } }[]) {
        const row = page.getByTestId(`row-${t.township}`);
        await expect(row.locator('[data-field="cases"]')).toHaveText(countText(t.R1.cases));
        await expect(row.locator('[data-field="committed"]')).toHaveText(yuanText(t.R1.subsidyCommitted));
      }
      // ECharts is fetched on demand and draws both charts (SVG).
      await expect(page.getByTestId('chart').first().locator('svg')).toBeVisible();
      await expect(page.getByTestId('chart').nth(1).locator('svg')).toBeVisible();
      await expectChartTextApart(page.getByTestId('chart').first(), 'bar chart at 1440 px');
      await expectChartTextApart(page.getByTestId('chart').nth(1), 'funnel at 1440 px');
      await shoot(page, 'progress-dashboard');

      // The same dashboard on a phone: sixteen townships' labels, the legend and the funnel's stage labels each
      // stand apart; the cut-off reads 2019年6月15日 (not 06/15/2019); both programme names show in full.
      await page.setViewportSize(PHONE);
      await page.reload();
      await expect(page.getByTestId('chart').first().locator('svg')).toBeVisible();
      await expect(page.getByTestId('chart').nth(1).locator('svg')).toBeVisible();
      await expectChartTextApart(page.getByTestId('chart').first(), 'bar chart at 390 px');
      await expectChartTextApart(page.getByTestId('chart').nth(1), 'funnel at 390 px');
      const asOfInput = page.getByLabel('截止日期');
      await expect(asOfInput).toHaveValue(PROGRESS_CUT_OFF);
      await expect(asOfInput).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
      for (const name of [PROGRAMME_NAMES.R1, PROGRAMME_NAMES.R2] as string[]) {
        const tab = page.locator('.programme-switch label').filter({ hasText: name });
        await expect(tab).toHaveText(name);
        await expectNotCut(tab, `programme tab ${name}`);
      }
      await shoot(page, 'progress-dashboard-phone');

      // A township clerk sees its own row and the city totals.
      await page.setViewportSize(PHONE);
      await signIn(page, 'role=township&township=zhonghe', `/progress?asOf=${PROGRESS_CUT_OFF}`);
      await expect(page.getByTestId('total-cases')).toHaveText(countText(totals.cases));
      await expect(page.getByTestId('progress-table').locator('tbody tr')).toHaveCount(1);
      await expect(page.getByTestId('row-zhonghe')).toBeVisible();
      await shoot(page, 'progress-township');
    });

    test('(c) a township submits its figures, the housing office publishes, the xlsx is downloaded and its print setup, title and totals are right', async ({
      page,
      baseURL,
    }) => {
      const title = `扎兰屯市建档立卡贫困户农村危房改造工作进度通报（截至${dateText(BULLETIN_CUT_OFF)}）`;
      // The township clerk, on a phone.
      await page.setViewportSize(PHONE);
      await signIn(page, 'role=township&township=woniuhe', `/bulletins?asOf=${BULLETIN_CUT_OFF}`);
      await expect(page.getByRole('heading', { name: `进度通报 · 截至${dateText(BULLETIN_CUT_OFF)}` })).toBeVisible();
      // The cut-off chosen reads as a Chinese date even when it is not one of 2019's listed dates.
      await expect(page.locator('.toolbar .ant-select')).toContainText(dateText(BULLETIN_CUT_OFF));
      await expect(page.getByTestId('own-figures')).toBeVisible();
      // On a phone the figures are a card per programme, each figure under its label; nothing scrolls inside.
      for (const p of ['R1', 'R2'] as const) {
        const card = page.getByTestId(`own-figures-${p}`);
        await expect(card.getByRole('heading', { name: PROGRAMME_NAMES[p] })).toBeVisible();
        for (const label of ['改造任务（户）', '完成率', '已承诺（元）', '已拨付（元）'])
          await expect(card.getByText(label, { exact: true })).toBeVisible();
      }
      await expectNotCut(page.getByTestId('own-figures'), 'own figures');
      await expect(page.getByTestId('own-figures').locator('table')).toHaveCount(0);
      await expect(page.getByTestId('submission-status')).toContainText('本期尚未报送');
      await page.getByRole('button', { name: '报送', exact: true }).click();
      await expect(page.getByText('请填写工作进展')).toBeVisible();
      await page.getByLabel('工作进展').fill('本期完成入户核查，开工户数持续增加');
      await page.getByLabel('存在问题').fill('个别农户自筹资金不足');
      await page.getByLabel('下步措施').fill('包联干部逐户督促，确保8月底前完工');
      await shoot(page, 'bulletin-township-form');
      await page.getByRole('button', { name: '报送', exact: true }).click();
      await expect(page.getByTestId('submission-status')).toContainText('已报送第1次');
      await expect(page.getByText('本期通报尚未发布')).toBeVisible();

      // The housing office, on a desktop: who has submitted, then publish.
      await page.setViewportSize(DESKTOP);
      await signIn(page, 'role=housing-office', `/bulletins?asOf=${BULLETIN_CUT_OFF}`);
      const grid = page.getByTestId('submissions');
      await expect(grid).toContainText('卧牛河镇已报送（第1次）');
      await expect(page.getByText('报送情况：1 / 16 个乡镇（街道）已报送')).toBeVisible();
      await page.getByRole('button', { name: '发布通报' }).click();
      await page
        .locator('.ant-modal-confirm')
        .getByRole('button', { name: /^发\s?布$/ })
        .click();
      await expect(page.getByTestId('bulletin-title')).toHaveText(
        `扎兰屯市农村危房改造工作进度通报（截至${dateText(BULLETIN_CUT_OFF)}）`,
      );
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
      await expect(page.getByTestId('bulletin-missing')).not.toContainText('卧牛河镇');
      await expect(page.getByTestId('bulletin-missing')).toContainText('中和镇');
      await expect(page.getByText('本期完成入户核查，开工户数持续增加')).toBeVisible();
      // Text reads from the left, figures line up on the right (the late cases are all text).
      const align = (cell: Locator) => cell.evaluate((el) => getComputedStyle(el).textAlign);
      const lateRow = page.getByTestId('late-cases-R1').locator('tbody tr').first();
      const lateCells = await lateRow.locator('td').count();
      expect(lateCells).toBe(6);
      for (let i = 0; i < lateCells; i += 1) expect(await align(lateRow.locator('td').nth(i))).toBe('left');
      const rankRow = page.getByTestId('bulletin-table-R1').locator('tbody tr').first();
      expect(await align(rankRow.locator('th'))).toBe('left');
      for (let i = 0; i < 9; i += 1) expect(await align(rankRow.locator('td').nth(i))).toBe('right');
      await shoot(page, 'bulletin-published');

      const published = (
        await apiCall(baseURL as string, { role: 'housing-office' }, 'GET', `/v1/bulletins/${BULLETIN_CUT_OFF}`)
      ).body;
      expect(published).toMatchObject({ status: 'published', revision: 1 });
      const r1 = published.programmes[0];
      await expect(page.getByTestId('bulletin-total-R1')).toContainText(countText(r1.totals.tasks));

      // The workbook, downloaded through its short-lived link and opened back.
      const downloading = page.waitForEvent('download');
      await page.getByTestId('bulletin-xlsx').click();
      const download = await downloading;
      expect(download.suggestedFilename()).toBe(`bulletin-${BULLETIN_CUT_OFF}-r1.xlsx`);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(readFileSync(await download.path()) as never);
      const sheet = workbook.getWorksheet('R1进度');
      expect(sheet).toBeDefined();
      expect(sheet?.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: '1:2',
        printTitlesColumn: 'A:B',
      });
      expect(sheet?.headerFooter.oddHeader).toContain(title);
      expect(sheet?.headerFooter.oddFooter).toMatch(/&P.*&N/);
      const totalsRow = sheet?.getRow(19);
      expect(totalsRow?.getCell(2).value).toBe('全市合计');
      expect(totalsRow?.getCell(3).value).toBe(r1.totals.tasks);
      expect(totalsRow?.getCell(5).value).toBe(r1.totals.accepted);
      expect(totalsRow?.getCell(9).value).toBe(r1.totals.committed);
      expect(totalsRow?.getCell(9).numFmt).toBe('#,##0.00');

      // Printing hides the controls (A4 landscape stylesheet).
      await page.emulateMedia({ media: 'print' });
      await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
      await expect(page.getByTestId('bulletin-title')).toBeVisible();
      await page.emulateMedia({ media: 'screen' });

      // The township now reads the published bulletin; its submission is closed.
      await page.setViewportSize(PHONE);
      await signIn(page, 'role=township&township=woniuhe', `/bulletins?asOf=${BULLETIN_CUT_OFF}`);
      await expect(page.getByText('本期通报已发布，报送已截止')).toBeVisible();
      await expect(page.getByRole('heading', { name: title })).toBeVisible();
      await shoot(page, 'bulletin-township-published');
    });
  });
