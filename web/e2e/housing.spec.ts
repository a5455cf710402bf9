import { expect, type Page, test } from '@playwright/test';
import { randomInt } from 'node:crypto';
import { makeIdentity } from '../../shared/identity/gb11643';
import { choose, DESKTOP, fillDate, PHONE, shoot, signIn } from './helpers';

/** A token straight from the local gateway, for the steps other offices take outside these journeys. */
async function token(baseURL: string, caller: Record<string, string>): Promise<string> {
  const r = await fetch(`${baseURL}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(caller),
  });
  return ((await r.json()) as { token: string }).token;
}

async function apiCall(baseURL: string, as: Record<string, string>, method: string, path: string, body?: unknown) {
  const r = await fetch(`${baseURL}${path}`, {
    method,
    headers: { authorization: `Bearer ${await token(baseURL, as)}`, 'content-type': 'application/json' },
    ...(body ? { body: JSON.stringify(body) } : {}),
  });
  return { status: r.status, body: (await r.json()) as Record<string, unknown> };
}

const suffix = `${Date.now().toString(36)}${randomInt(1e6).toString(36)}`;
const householdId = `HH-E2E-${suffix}`;
const personId = makeIdentity('159998', `19${50 + randomInt(40)}0${1 + randomInt(8)}1${randomInt(9)}`, randomInt(1000));
let caseUrl = '';

async function takeStep(page: Page, button: string, fill: (page: Page) => Promise<void>, submit: string) {
  await page.getByRole('button', { name: button }).click();
  const drawer = page.locator('.ant-drawer-open');
  await expect(drawer).toBeVisible();
  await fill(page);
  await drawer.getByRole('button', { name: submit }).click();
}

test.describe
  .serial('housing renovation in the console', () => {
    test('(a) a township clerk on a phone opens a case, takes village review and notice, uploads photos', async ({
      page,
      baseURL,
    }) => {
      await page.setViewportSize(PHONE);
      const loaded = await apiCall(baseURL as string, { role: 'poverty-office' }, 'PUT', '/v1/roster/persons', {
        persons: [
          {
            personId,
            name: '测试户主',
            householdId,
            township: 'zhonghe',
            village: '前进村',
            registeredFrom: '2016-01-01',
            insuredYears: [2019],
          },
        ],
      });
      expect(loaded.body.accepted).toBe(1);

      await signIn(page, 'role=township&township=zhonghe', '/cases');
      await page.getByRole('button', { name: '新建档案' }).click();
      await expect(page.getByRole('heading', { name: '新建危房改造档案 · 中和镇' })).toBeVisible();
      // The identity number's check character is checked in the form, by the API's own rule.
      const wrong = `${personId.slice(0, 17)}${personId.endsWith('0') ? '1' : '0'}`;
      await page.getByLabel('户主身份证号').fill(wrong);
      await page.getByLabel('户号（名册中的户编号）').click();
      await expect(page.getByText('身份证号校验码不对，请核对')).toBeVisible();
      await page.getByLabel('户主身份证号').fill(personId);
      await page.getByLabel('户号（名册中的户编号）').fill(householdId);
      await page.getByLabel('村（嘎查）').fill('前进村');
      await choose(page, '危房等级', 'D级');
      await choose(page, '改造方式', '自建');
      await page.getByLabel('计划面积（平方米）').fill('55');
      await fillDate(page.getByLabel('申请日期'), '2019-01-10');
      await page.getByLabel('农业户籍 · 核实人（姓名及单位）').fill('前进村委会 王某');
      await page.getByLabel('在村居住 · 核实人（姓名及单位）').fill('前进村委会 王某');
      await page.getByLabel('唯一住房 · 核实人（姓名及单位）').fill('中和镇扶贫办 李某');
      await fillDate(page.getByLabel('核实日期'), '2019-01-08');
      await shoot(page, 'case-new');
      await page.getByRole('button', { name: '提交申请' }).click();

      await expect(page.getByRole('heading', { name: `前进村 · 户 ${householdId}` })).toBeVisible();
      caseUrl = new URL(page.url()).pathname;
      await expect(page.getByTestId('next-step')).toHaveText('待乡镇（街道）：村民代表评议');
      // The committed subsidy is shown as the API states it, in yuan with separators and two decimals.
      const file = await apiCall(
        baseURL as string,
        { role: 'township', township: 'zhonghe' },
        'GET',
        `/v1/housing/cases/${caseUrl.split('/').pop()}`,
      );
      const committed = (file.body.subsidy as { committed: number }).committed;
      expect(committed).toBeGreaterThan(0);
      const shown = new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(
        committed,
      );
      await expect(page.locator('.facts div', { hasText: '补助（已承诺）' })).toContainText(`${shown} 元`);

      await takeStep(
        page,
        '办理：村民代表评议',
        async (p) => {
          await fillDate(p.getByLabel('评议日期'), '2019-01-12');
          await p.getByRole('radio', { name: '通过', exact: true }).check();
        },
        '提交村民代表评议',
      );
      await expect(page.getByTestId('next-step')).toHaveText('待乡镇（街道）：村内公示');

      // A notice shorter than the plan's days is refused by the server, and the console says so in Chinese.
      await takeStep(
        page,
        '办理：村内公示',
        async (p) => {
          await fillDate(p.getByLabel('公示结束后办理日期'), '2019-01-18');
          await fillDate(p.getByLabel('公示开始日期'), '2019-01-16');
          await fillDate(p.getByLabel('公示结束日期'), '2019-01-17');
          await choose(p, '公示异议', '无异议');
        },
        '提交村内公示',
      );
      await expect(page.getByText('公示期不足规定天数')).toBeVisible();
      await shoot(page, 'case-step-refused');
      await fillDate(page.getByLabel('公示开始日期'), '2019-01-13');
      await page.locator('.ant-drawer-open').getByRole('button', { name: '提交村内公示' }).click();
      await expect(page.getByTestId('next-step')).toHaveText('待乡镇（街道）：乡镇审核');

      // The township's own steps up to the identity check.
      await takeStep(
        page,
        '办理：乡镇审核',
        async (p) => {
          await fillDate(p.getByLabel('审核日期'), '2019-01-25');
          await p.getByRole('radio', { name: '通过', exact: true }).check();
          await fillDate(p.getByLabel('入户核查日期'), '2019-01-20');
          await fillDate(p.getByLabel('会议研究日期'), '2019-01-24');
        },
        '提交乡镇审核',
      );
      await takeStep(
        page,
        '办理：乡镇公示',
        async (p) => {
          await fillDate(p.getByLabel('公示结束后办理日期'), '2019-02-01');
          await fillDate(p.getByLabel('公示开始日期'), '2019-01-26');
          await fillDate(p.getByLabel('公示结束日期'), '2019-01-30');
          await p.getByLabel('公示期间无异议').check();
        },
        '提交乡镇公示',
      );
      await expect(page.getByTestId('next-step')).toHaveText('待市扶贫办：身份核实');

      // A real JPEG, larger than 2,560 px: downscaled in the browser, uploaded, accepted.
      const big = await page.evaluate(async () => {
        const canvas = new OffscreenCanvas(3200, 2400);
        const g = canvas.getContext('2d') as OffscreenCanvasRenderingContext2D;
        g.fillStyle = '#8b5a2b';
        g.fillRect(0, 0, 3200, 2400);
        g.fillStyle = '#ddd';
        g.fillRect(600, 600, 2000, 1200);
        const blob = await canvas.convertToBlob({ type: 'image/jpeg', quality: 0.9 });
        const bytes = new Uint8Array(await blob.arrayBuffer());
        let s = '';
        for (const b of bytes) s += String.fromCharCode(b);
        return btoa(s);
      });
      await page.getByTestId('photo-gallery').setInputFiles({
        name: 'house-before.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from(big, 'base64'),
      });
      await expect(page.getByText(/已压缩为 2560×1920/)).toBeVisible();
      await expect(page.getByTestId('photo').filter({ hasText: '已通过' })).toHaveCount(1);
      await expect(page.getByRole('img', { name: '改造前照片' })).toBeVisible();
      // The upload's own row says what became of it, not "waiting" once the verdict is in.
      await expect(page.getByTestId('upload').filter({ hasText: 'house-before.jpg' })).toContainText('检查通过');

      // A text file sent as a photo: the server's content check rejects it, and the verdict appears by itself.
      await page.getByTestId('photo-gallery').setInputFiles({
        name: 'notes.jpg',
        mimeType: 'image/jpeg',
        buffer: Buffer.from('这不是照片，是一个文本文件。'),
      });
      await expect(page.getByTestId('photo').filter({ hasText: '未通过' })).toHaveCount(1);
      await expect(page.getByTestId('photo').getByText('文件不是照片')).toBeVisible();
      await expect(page.getByTestId('upload').filter({ hasText: 'notes.jpg' })).toContainText(
        '检查未通过：文件不是照片',
      );
      await shoot(page, 'case-detail-township');
    });

    test('(b) the housing office appraises and approves the case from its queue', async ({ page, baseURL }) => {
      expect(caseUrl).not.toBe('');
      const caseId = decodeURIComponent(caseUrl.split('/').pop() as string);
      const checked = await apiCall(
        baseURL as string,
        { role: 'poverty-office' },
        'POST',
        `/v1/housing/cases/${caseId}/events`,
        {
          type: 'identity-check',
          on: '2019-02-05',
          passed: true,
        },
      );
      expect(checked.status).toBe(201);

      await page.setViewportSize(DESKTOP);
      await signIn(page, 'role=housing-office', '/queues');
      await expect(page.getByRole('heading', { name: '待办队列 · 市危改办' })).toBeVisible();
      await shoot(page, 'queues');
      await page.getByRole('radio', { name: /^待鉴定/ }).check();
      await page.getByRole('link', { name: `前进村 · 户 ${householdId}` }).click();
      await expect(page.getByTestId('next-step')).toHaveText('待市危改办：危房鉴定');
      await takeStep(
        page,
        '办理：危房鉴定',
        async (p) => {
          await fillDate(p.getByLabel('鉴定日期'), '2019-02-20');
          await choose(p, '鉴定等级', 'D级');
          await p.getByLabel('鉴定机构').fill('扎兰屯市房屋安全鉴定站');
        },
        '提交危房鉴定',
      );
      await expect(page.getByTestId('next-step')).toHaveText('待市危改办：市危改办审批');
      await takeStep(
        page,
        '办理：市危改办审批',
        async (p) => {
          await fillDate(p.getByLabel('审批日期'), '2019-03-05');
          await fillDate(p.getByLabel('市级公示开始日期'), '2019-02-25');
          await fillDate(p.getByLabel('市级公示结束日期'), '2019-03-01');
          await p.getByLabel('公示期间无异议').check();
        },
        '提交市危改办审批',
      );
      await expect(page.getByTestId('next-step')).toHaveText('待乡镇（街道）：签订改造协议');
      await expect(page.getByTestId('history-item').first()).toContainText('2019年3月5日 市危改办审批');
      await shoot(page, 'case-detail-office');
    });

    test('(d) a township cannot open another township’s case from the URL', async ({ page }) => {
      expect(caseUrl).not.toBe('');
      await page.setViewportSize(PHONE);
      await signIn(page, 'role=township&township=chaihe', caseUrl);
      await expect(page.getByText('无权访问', { exact: true })).toBeVisible();
      await expect(page.getByText('无权访问：您没有查看或办理此事项的权限')).toBeVisible();
      await expect(page.getByText(householdId)).toHaveCount(0);
      await shoot(page, 'case-forbidden');
    });
  });
