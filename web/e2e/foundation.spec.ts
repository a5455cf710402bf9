import { expect, test } from '@playwright/test';
import { choose, shoot, signIn } from './helpers';

test('local sign-in page lists roles and townships and signs a township clerk in', async ({ page }) => {
  await page.goto('/cases');
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fcases/);
  await expect(page.getByRole('heading', { name: '扎兰屯市脱贫攻坚业务平台' })).toBeVisible();
  await shoot(page, 'sign-in');
  await page.getByLabel('身份').click();
  await expect(page.getByRole('option', { name: '市危改办' })).toBeVisible();
  await expect(page.getByRole('option', { name: '定点医疗机构' })).toBeVisible();
  await page.keyboard.press('Escape');
  await choose(page, '乡镇（街道）', '柴河镇');
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/cases$/);
  await expect(page.getByTestId('who')).toHaveText('乡镇（街道） · 柴河镇');
  await expect(page.getByRole('heading', { name: '危房改造档案 · 柴河镇' })).toBeVisible();
});

test('/dev-login signs in directly; the session lives in sessionStorage, never localStorage', async ({ page }) => {
  await signIn(page, 'role=township&township=zhonghe', '/cases');
  await expect(page.getByRole('heading', { name: '危房改造档案 · 中和镇' })).toBeVisible();
  await expect(page.getByTestId('case-card').first()).toBeVisible();
  const stored = await page.evaluate(() => ({ local: localStorage.length, session: sessionStorage.length }));
  expect(stored).toEqual({ local: 0, session: 1 });
  await shoot(page, 'case-list-township');
  await page.getByRole('button', { name: '退出' }).click();
  await expect(page).toHaveURL(/\/sign-in/);
});

test('an unknown page says so in Chinese', async ({ page }) => {
  await signIn(page, 'role=housing-office', '/no-such-page');
  await expect(page.getByText('页面不存在')).toBeVisible();
});

test('a repeat visit takes the hashed assets from the service worker’s cache; pages and the API never', async ({
  page,
}) => {
  await signIn(page, 'role=township&township=zhonghe', '/cases');
  await expect(page.getByTestId('case-card').first()).toBeVisible();
  // The worker is ready and has cached what this first visit loaded (main.tsx sends it the list).
  const entry = await page.evaluate(() => (document.querySelector('script[type=module]') as HTMLScriptElement).src);
  await expect
    .poll(() => page.evaluate(async (url) => !!(await caches.match(url)), entry), { timeout: 15_000 })
    .toBe(true);
  const fromWorker: Record<string, boolean> = {};
  page.on('response', (r) => {
    const path = new URL(r.url()).pathname;
    if (path.startsWith('/assets/') || path.startsWith('/v1/') || path === '/cases')
      fromWorker[path] = r.fromServiceWorker();
  });
  await page.reload();
  await expect(page.getByTestId('case-card').first()).toBeVisible();
  const assets = Object.entries(fromWorker).filter(([p]) => p.startsWith('/assets/'));
  expect(assets.length).toBeGreaterThan(0);
  expect(assets.filter(([, cached]) => !cached)).toEqual([]);
  expect(Object.entries(fromWorker).filter(([p, cached]) => !p.startsWith('/assets/') && cached)).toEqual([]);
  expect(Object.keys(fromWorker).some((p) => p.startsWith('/v1/'))).toBe(true);
  const cachedPaths = await page.evaluate(async () =>
    (await Promise.all((await caches.keys()).map(async (n) => (await caches.open(n)).keys())))
      .flat()
      .map((r) => new URL(r.url).pathname),
  );
  expect(cachedPaths.filter((p) => !p.startsWith('/assets/'))).toEqual([]);
});
