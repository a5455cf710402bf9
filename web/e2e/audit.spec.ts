import { expect, test } from '@playwright/test';
import { demoPersons } from '../../infra/local/seed';
import { shortHash } from '../src/pages/audit/text';
import { apiCall, choose, shoot, signIn } from './helpers';

/**
 * The audit bureau's page (docs/audit.md "Reading the audit page"): a claim settled and voided by a hospital
 * is looked up by its id and shown as two records with who, when and the hashes; 校验 recomputes every chain
 * and says what the API says.
 */
const hospital = { role: 'hospital', hospitalId: 'zlt-peoples', sub: 'his-peoples' };
const auditor = { role: 'audit', sub: 'e2e-auditor' };

test('the auditor opens a claim’s history and runs 校验', async ({ page }) => {
  const patient = demoPersons().find((p) => p.registeredFrom && !p.registeredUntil && p.township !== 'chaihe');
  if (!patient) throw new Error('missing: a registered demo patient');
  const claimId = `E2E-AUD-${Date.now().toString(36)}`;
  const settled = await apiCall('POST', '/v1/claims', hospital, {
    claimId,
    personId: patient.personId,
    kind: 'inpatient',
    admittedOn: '2019-07-02',
    dischargedOn: '2019-07-09',
    diagnosis: { icd10: 'K35.9' },
    referral: { registered: false, emergency: false },
    costs: { total: 6000, outOfCatalogue: 0, patientExcess: 0, hospitalExcess: 0 },
  });
  expect(settled.status, JSON.stringify(settled.body)).toBe(201);
  expect((await apiCall('POST', `/v1/claims/${claimId}/void`, hospital)).status).toBe(200);
  const entityId = `zlt-peoples/${claimId}`;
  const api = (await apiCall('GET', `/v1/audit/records?entity=claim&entityId=${entityId}`, auditor)).body as {
    records: { action: string; hash: string; prevHash: string; at: string }[];
  };
  expect(api.records.map((r) => r.action)).toEqual(['claim.settled', 'claim.voided']);

  await signIn(page, 'role=audit', '/audit');
  await expect(page.getByRole('heading', { name: '审计追踪' })).toBeVisible();
  await choose(page, '对象类型', '结算单');
  await page.getByLabel('编号', { exact: true }).fill(entityId);
  await page.getByRole('button', { name: '查询' }).click();
  const history = page.getByTestId('audit-history');
  await expect(history).toBeVisible();
  await expect(page).toHaveURL(/\/audit\?entity=claim&entityId=zlt-peoples%2FE2E-AUD-/);
  // The claim's records in its person-year chain (the demo patient may have other claims of 2019 before it).
  const settledCard = history.getByTestId('audit-record').nth(0);
  const voidedCard = history.getByTestId('audit-record').nth(1);
  await expect(history.getByTestId('audit-record')).toHaveCount(2);
  await expect(settledCard.getByText('结算', { exact: true })).toBeVisible();
  await expect(voidedCard.getByText('作废结算', { exact: true })).toBeVisible();
  for (const card of [settledCard, voidedCard])
    await expect(card).toContainText('定点医疗机构 · zlt-peoples（his-peoples）');
  // Times in Beijing time, 2019年8月15日 14:03; hashes abbreviated, the second linking to the first.
  await expect(settledCard).toContainText(/\d{4}年\d{1,2}月\d{1,2}日 \d{2}:\d{2}/);
  const [first, second] = api.records as [(typeof api.records)[0], (typeof api.records)[0]];
  await expect(settledCard).toContainText(shortHash(first.hash));
  await expect(voidedCard.getByLabel(`上一条哈希 ${first.hash}`)).toContainText(shortHash(second.prevHash));
  await page.mouse.move(0, 0);
  await shoot(page, 'audit-history');

  await page.getByTestId('verify').click();
  const result = page.getByTestId('verify-result');
  await expect(result).toBeVisible({ timeout: 120_000 });
  const report = (await apiCall('POST', '/v1/audit/verify', auditor)).body as {
    ok: boolean;
    chains: number;
    broken: { entityId: string }[];
  };
  if (report.ok) await expect(result).toContainText('校验通过');
  else {
    await expect(result).toContainText(`发现 ${report.broken.length} 条记录链有问题`);
    await expect(page.getByTestId('broken').first()).toContainText(report.broken[0]?.entityId as string);
  }
  await page.mouse.move(0, 0);
  await shoot(page, 'audit-verify');

  // Only the audit role has the page in its menu.
  await signIn(page, 'role=hospital&hospitalId=zlt-peoples', '/');
  await expect(page.getByRole('link', { name: '审计追踪' })).toHaveCount(0);
});
