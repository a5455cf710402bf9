import { expect, test } from '@playwright/test';
import { expectChartTextApart, shoot, signIn } from './helpers';

test('the insurance bureau simulates 2019 with a higher county cap and sees the charts', async ({ page }) => {
  await signIn(page, 'role=insurance-bureau', '/simulations');
  await expect(page.getByRole('heading', { name: '政策测算' })).toBeVisible();
  await page.getByLabel('方案名称').fill('县级封顶线3000');
  await page.getByLabel('测算理由').fill('测算县级医院自付封顶线由2000元提高到3000元的影响');
  await page.getByLabel('参数').click();
  await page.keyboard.type('county-level hospital');
  await page.getByRole('option', { name: /Self-pay cap, county-level hospital/ }).click();
  await page.getByLabel('新值（元 / % / 个 / 平方米）').fill('3000');
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.getByText('县级封顶线3000 · 已完成')).toBeVisible({ timeout: 60_000 });
  await expect(page.getByRole('img', { name: '各支付方实际记账与调整方案金额柱状图' })).toBeVisible();
  await expect(page.getByRole('img', { name: '每人个人自付变化人数分布柱状图' })).toBeVisible();
  await expect(page).toHaveURL(/\/simulations\?id=[0-9a-f-]{36}$/);
  // At 390 px no payer name runs into another or into the legend.
  await expectChartTextApart(page.getByRole('img', { name: '各支付方实际记账与调整方案金额柱状图' }), 'payer bars');
  await expectChartTextApart(page.getByRole('img', { name: '每人个人自付变化人数分布柱状图' }), 'histogram');
  await shoot(page, 'simulation');
});
