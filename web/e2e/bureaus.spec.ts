import { expect, test } from '@playwright/test';
import { demoPersons } from '../../infra/local/seed';
import { choose, shoot, signIn } from './helpers';

const base = () => process.env.CONSOLE_URL as string;

async function apiGet(path: string, claims: Record<string, string>): Promise<{ status: number; body: unknown }> {
  const t = await fetch(`${base()}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(claims),
  });
  const { token } = (await t.json()) as { token: string };
  const r = await fetch(`${base()}${path}`, { headers: { authorization: `Bearer ${token}` } });
  return { status: r.status, body: await r.json() };
}

const bureau = { role: 'insurance-bureau' };
const yuan = (n: number) =>
  new Intl.NumberFormat('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(n);

test('(d) the insurance bureau adds and edits a hospital and runs the reconciliation', async ({ page }) => {
  const hospitalId = `e2e-${Date.now().toString(36)}`;
  await signIn(page, 'role=insurance-bureau', '/hospitals');
  await expect(page.getByTestId('hospital-zlt-peoples')).toContainText('扎兰屯市人民医院');
  await shoot(page, 'hospitals');

  // Add a township clinic, then edit it: a county hospital, second grade, designated for major diseases.
  await page.getByRole('button', { name: '新增医疗机构' }).click();
  await page.getByLabel('机构编号（小写字母、数字、连字符）').fill(hospitalId);
  await page.getByLabel('机构名称').fill('测试卫生院');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByTestId(`hospital-${hospitalId}`)).toContainText('乡镇级');
  await page.getByRole('button', { name: '修改 测试卫生院' }).click();
  await page.getByLabel('机构名称').fill('测试县医院');
  await choose(page, '级别', '县级');
  await choose(page, '等级', '二级');
  await page.getByLabel('重大疾病定点救治（H 三.(二).2）').click();
  await page.mouse.move(0, 0);
  await shoot(page, 'hospital-edit');
  await page.getByRole('button', { name: '保存' }).click();
  const row = page.getByTestId(`hospital-${hospitalId}`);
  await expect(row).toContainText('测试县医院');
  await expect(row).toContainText('县级');
  await expect(row).toContainText('重大疾病定点救治');
  const stored = (await apiGet('/v1/hospitals', bureau)).body as { hospitals: Record<string, unknown>[] };
  expect(stored.hospitals.find((h) => h.hospitalId === hospitalId)).toEqual({
    hospitalId,
    name: '测试县医院',
    level: 'county',
    grade: 'secondary',
    inCounty: true,
    majorDiseaseDesignated: true,
    cataractProgramme: false,
    secondaryOutOfCatalogueLimit: false,
  });

  // The yearly reconciliation: run it, see the same figures the API gives, run again: unchanged.
  await page.goto('/reconciliation');
  // Today is past January–March of 2020, so the run carries the bureau's reason.
  await page.getByLabel('补结算理由（次年3月后须填写）').fill('系统上线后补结算2019年度');
  await page.getByTestId('run-reconciliation').click();
  await expect(page.getByText('2019年核算已完成')).toBeVisible({ timeout: 60_000 });
  const summary = page.getByTestId('reconciliation');
  await expect(summary).toBeVisible();
  const api = (await apiGet('/v1/reconciliations/2019', bureau)).body as { persons: number; refundTotal: number };
  await expect(summary).toContainText(`应退还人数${api.persons}`);
  await expect(summary).toContainText(yuan(api.refundTotal));
  await expect(summary.getByRole('link', { name: '下载 CSV' })).toBeVisible();
  await page.mouse.move(0, 0);
  await shoot(page, 'reconciliation');
});

test('the bureau reads the monthly health report, a hospital’s month and a contribution', async ({ page }) => {
  await signIn(page, 'role=insurance-bureau', '/health-report');
  await page.getByLabel('月份（YYYY-MM）').fill('2019-06');
  await page.getByRole('button', { name: '生成本月报告' }).click();
  const report = page.getByTestId('health-report');
  await expect(report).toBeVisible({ timeout: 60_000 });
  const api = (await apiGet('/v1/reports/health/2019-06', bureau)).body as {
    claims: number;
    indicators: { inCountyAdmissions: { percent: number | null } };
  };
  await expect(report).toContainText(`已结算 ${api.claims} 笔`);
  const inCounty = api.indicators.inCountyAdmissions.percent;
  await expect(page.getByTestId('indicator-县域内就诊率')).toContainText(
    typeof inCounty === 'number' ? `${inCounty.toFixed(2)}%` : '—',
  );
  await expect(page.getByRole('img', { name: /政策指标与目标的条形图/ })).toBeVisible();
  await shoot(page, 'health-report');

  await page.goto('/desk/month');
  await expect(page.getByRole('heading', { name: '结算查询' })).toBeVisible();
  await page.getByTestId('month').fill('2019-06');
  await choose(page, '医疗机构', '扎兰屯市人民医院');
  await expect(page.getByTestId('month-totals')).toBeVisible();
  await shoot(page, 'claims-search');

  const person = demoPersons().find((p) => p.registeredFrom && !p.registeredUntil) as { personId: string };
  await page.goto('/contributions');
  await page.getByLabel('身份证号').fill(person.personId);
  await page.getByRole('button', { name: '查询' }).click();
  const shown = page.getByTestId('contribution');
  await expect(shown).toBeVisible();
  const c = (await apiGet(`/v1/contributions/${person.personId}?year=2019`, bureau)).body as { finance: number };
  await expect(shown).toContainText(yuan(c.finance));
  await shoot(page, 'contributions');
});
