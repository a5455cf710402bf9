import { expect, test } from '@playwright/test';
import { demoPersons } from '../../infra/local/seed';
import { makeIdentity } from '../../shared/identity/gb11643';
import { choose, shoot, signIn, tokenFor } from './helpers';

const base = () => process.env.CONSOLE_URL as string;

async function apiGet(path: string, claims: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const token = await tokenFor(claims);
  const r = await fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: r.status, body: await r.json() };
}

const yuan = (n: number) =>
  new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

test('rangers: a township hires (and is refused in Chinese), forestry runs the month’s pay, the household shows the pay', async ({
  page,
}) => {
  // A registered person of 中和镇 on 2019-03-01, in a household of its own township: the post's holder.
  const ranger = demoPersons().find(
    (p) => p.township === 'zhonghe' && p.registeredFrom && p.registeredFrom <= '2019-03-01' && !p.registeredUntil,
  ) as { personId: string; householdId: string; name: string };
  await signIn(page, 'role=township&township=zhonghe', '/rangers');
  await expect(page.getByTestId('quota-zhonghe')).toBeVisible();
  const freeBefore = await page.getByTestId('quota-zhonghe').locator('td').nth(3).textContent();

  // Not on the roster: refused with the Chinese reason, nothing hired.
  await page.getByLabel('身份证号').fill(makeIdentity('159993', '19700101', 7));
  await page.getByLabel('上岗日期（YYYY-MM-DD）').fill('2019-03-01');
  await page.getByRole('button', { name: '选聘' }).click();
  await expect(page.getByTestId('hire-refusal')).toContainText('此人不在名册中');

  await page.getByLabel('身份证号').fill(ranger.personId);
  await page.getByRole('button', { name: '选聘' }).click();
  await expect(page.getByText('已选聘')).toBeVisible();
  await expect(page.getByTestId(`ranger-${ranger.personId}`)).toContainText('在岗');
  await expect(page.getByTestId('quota-zhonghe').locator('td').nth(3)).toHaveText(String(Number(freeBefore) - 1));
  await page.mouse.move(0, 0);
  await shoot(page, 'rangers-township');

  await signIn(page, 'role=forestry-bureau', '/rangers');
  await page.getByLabel('月份（YYYY-MM）').fill('2019-04');
  await page.getByRole('button', { name: '计算并记账' }).click();
  await expect(page.getByTestId('pay-run')).toContainText('2019-04');
  await shoot(page, 'rangers-forestry');

  await signIn(page, 'role=poverty-office', `/households/${ranger.householdId}`);
  const shown = page.getByTestId('household-ranger');
  await expect(shown).toContainText('2019年04月');
  const api = (await apiGet(`/v1/households/${ranger.householdId}`, { role: 'poverty-office' })).body as {
    rangers: { total: number; pay: { month: string }[] }[];
  };
  expect(api.rangers[0]?.pay.map((p) => p.month)).toContain('2019-04');
  await expect(page.getByTestId('ranger-total')).toHaveText(yuan(api.rangers[0]?.total ?? -1));
  await shoot(page, 'household-ranger');
});

test('education: the bureau registers a student, pays against the cap, verifies a school’s list for a semester', async ({
  page,
}) => {
  const studentId = makeIdentity('159992', '20010203', Date.now() % 1000);
  const householdId = `HH-EDU-${studentId.slice(-6)}`;
  // University aid needs the student's own roster row to show the registered-poor family (E 三.(二).2).
  const token = await tokenFor({ role: 'poverty-office' });
  const loaded = await fetch(`${base()}/v1/roster/persons`, {
    method: 'PUT',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      persons: [
        {
          personId: studentId,
          name: '王小明',
          householdId,
          township: 'zhonghe',
          village: '中和示例村1',
          registeredFrom: '2016-03-01',
        },
      ],
    }),
  });
  expect(loaded.status).toBe(200);
  await signIn(page, 'role=education-bureau', '/education');
  await page.getByLabel('身份证号', { exact: true }).fill(studentId);
  await page.getByLabel('姓名').fill('王小明');
  await page.getByLabel('户编号').fill(householdId);
  await choose(page, '乡镇', '中和镇');
  await page.getByLabel('学校', { exact: true }).fill('内蒙古大学');
  await page.getByRole('button', { name: '登记' }).click();
  const student = page.getByTestId('student');
  await expect(student).toContainText('王小明');
  await expect(page.getByTestId('caps')).toContainText('尚可发 40,000.00 元');

  // The school's list for the semester: the student and a mistyped number (refused as typed).
  const wrong = studentId.slice(0, 17) + (studentId[17] === '0' ? '1' : '0');
  await page.getByLabel('学校在校学生名单（身份证号，每行一个）').fill(`${studentId}\n${wrong}`);
  await page.getByLabel('核查日期（YYYY-MM-DD）').fill('2019-09-10');
  await page.getByRole('button', { name: '批量确认在校' }).click();
  const results = page.getByTestId('verify-results');
  await expect(results).toContainText('已确认');
  await expect(results).toContainText('校验码不对');

  // Verified for the autumn semester, the student is paid the year's university aid: 10,000 of the 40,000
  // bachelor cap (E 三.(二).2), 30,000 left; a milk subsidy is refused for a university student.
  await page.getByLabel('发放日期（YYYY-MM-DD）').fill('2019-09-20');
  await page.getByRole('button', { name: '发放', exact: true }).click();
  await expect(page.getByText('已发放 10,000.00 元')).toBeVisible();
  await expect(page.getByTestId('caps')).toContainText('尚可发 30,000.00 元');
  await expect(page.getByTestId('payments')).toContainText('大学生资助 10,000.00 元');
  await choose(page, '资助项目', '一杯奶补助');
  await page.getByRole('button', { name: '发放', exact: true }).click();
  // The refusal says why, not only 不符合申请条件.
  await expect(page.getByTestId('payment-refusal')).toContainText('一杯奶补助只发给学前至高中阶段的学生');
  await page.mouse.move(0, 0);
  await shoot(page, 'education');
});

test('finance sees what is due; audit reads every workspace without the acting buttons', async ({ page }) => {
  await signIn(page, 'role=finance', '/finance');
  await expect(page.getByRole('heading', { name: '待支付资金' })).toBeVisible();
  await expect(page.getByRole('button', { name: '计算并记账' })).toBeVisible();
  await shoot(page, 'finance');

  await signIn(page, 'role=audit', '/hospitals');
  await expect(page.getByTestId('hospital-zlt-peoples')).toBeVisible();
  await expect(page.getByRole('button', { name: '新增医疗机构' })).toHaveCount(0);
  await page.goto('/reconciliation');
  await expect(page.getByRole('heading', { name: '年度自付封顶核算' })).toBeVisible();
  await expect(page.getByTestId('run-reconciliation')).toHaveCount(0);
  await page.goto('/rangers');
  await expect(page.getByTestId('quotas')).toBeVisible();
  await expect(page.getByRole('button', { name: '选聘' })).toHaveCount(0);
  await shoot(page, 'rangers-audit');
  await page.goto('/finance');
  await expect(page.getByRole('button', { name: '计算并记账' })).toHaveCount(0);
  const first = demoPersons()[0] as { householdId: string; name: string };
  await page.goto('/persons');
  await page.getByLabel('身份证号、户编号或姓名').fill(first.householdId);
  await page.getByRole('button', { name: '查询' }).click();
  await expect(page.getByText(first.name).first()).toBeVisible();
  await shoot(page, 'persons');
  await page.goto('/households');
  await shoot(page, 'household-lookup');
  await page.getByLabel('户编号').fill(first.householdId);
  await page.getByRole('button', { name: '查看' }).click();
  await expect(page.getByRole('heading', { name: /一户一档 · HH-/ })).toBeVisible();
  await shoot(page, 'household-audit');
});
