import { expect, test } from '@playwright/test';
import { makeIdentity } from '../../shared/identity/gb11643';
import { apiCall, choose, expectChartTextApart, shoot, signIn } from './helpers';

test('the insurance bureau simulates 2019 with a higher county cap and sees the charts', async ({ page }) => {
  await signIn(page, 'role=insurance-bureau', '/simulations');
  await expect(page.getByRole('heading', { name: '政策测算' })).toBeVisible();
  await page.getByLabel('方案名称').fill('县级封顶线3000');
  await page.getByLabel('测算理由').fill('测算县级医院自付封顶线由2000元提高到3000元的影响');
  await page.getByLabel('参数').click();
  // Parameters are listed by their Chinese names, searchable as typed.
  await page.keyboard.type('自付封顶额');
  await page.getByRole('option', { name: /^自付封顶额（县级医院）（现为 2,000\.00 元）$/ }).click();
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

test('finance simulates a higher milk subsidy over the year’s education payments', async ({ page }) => {
  // A registered-poor high-school student of 中和镇, verified for autumn 2019 and paid the 500 milk subsidy.
  const studentId = makeIdentity('159992', '20030405', Date.now() % 1000);
  const poverty = { role: 'poverty-office' };
  const bureau = { role: 'education-bureau' };
  const person = {
    personId: studentId,
    name: '李小华',
    householdId: `HH-SIM-${studentId.slice(-6)}`,
    township: 'zhonghe',
    village: '中和示例村1',
    registeredFrom: '2016-03-01',
  };
  expect((await apiCall('PUT', '/v1/roster/persons', poverty, { persons: [person] })).status).toBe(200);
  const student = {
    studentId,
    name: person.name,
    householdId: person.householdId,
    township: person.township,
    family: 'registered-poor',
    stage: 'high-school',
    school: '示例高中',
    admissionYear: 2018,
  };
  expect((await apiCall('POST', '/v1/education/students', bureau, student)).status).toBe(201);
  const verification = { semester: '2019-autumn', on: '2019-09-02' };
  expect(
    (await apiCall('POST', `/v1/education/students/${studentId}/verifications`, bureau, verification)).status,
  ).toBeLessThan(300);
  const milk = {
    paymentId: `E2E-MILK-${studentId.slice(-6)}`,
    studentId,
    type: 'milk-subsidy',
    academicYear: 2019,
    paidOn: '2019-09-20',
  };
  expect((await apiCall('POST', '/v1/education/payments', bureau, milk)).status).toBe(201);

  await signIn(page, 'role=finance', '/simulations');
  await choose(page, '项目', '教育扶贫资助');
  await page.getByLabel('方案名称').fill('一杯奶800元');
  await page.getByLabel('测算理由').fill('测算一杯奶补助提高到每生每年800元');
  await page.getByLabel('参数').click();
  await page.keyboard.type('一杯奶');
  await page.getByRole('option', { name: /^一杯奶补助每生每年（现为 500\.00 元）$/ }).click();
  await page.getByLabel('新值（元 / % / 个 / 平方米）').fill('800');
  await page.getByRole('button', { name: '开始测算' }).click();
  await expect(page.getByText('一杯奶800元 · 已完成')).toBeVisible({ timeout: 60_000 });
  const result = page.getByTestId('education-result');
  await expect(result).toContainText('大学生资助累计上限');
  await expect(result).toContainText('中和镇');
  await expect(result.getByText('按现行标准重算与实际发放分毫不差')).toBeVisible();
  await expect(page.getByRole('img', { name: '各资助项目实际发放与调整方案金额柱状图' })).toBeVisible();
  await shoot(page, 'simulation-education');
});
