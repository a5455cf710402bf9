import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';
import { join } from 'node:path';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

/** Signs in through the local console's /dev-login link and waits for the first page. */
export async function signIn(page: Page, query: string, next = '/'): Promise<void> {
  await page.goto(`/dev-login?${query}&next=${encodeURIComponent(next)}`);
  await expect(page.getByTestId('who')).toBeVisible();
}

/** axe on the current page: no serious or critical violations (the report names them if any). */
export async function expectAccessible(page: Page, name: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const bad = result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    bad.map((v) => `${name}: ${v.id} (${v.impact}) ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`),
  ).toEqual([]);
}

/** Nothing scrolls sideways at the page's width. */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

/**
 * Screenshots of the page at 390×844 and 1440×900 (full page) into SCREENSHOT_DIR, for review; also runs
 * the accessibility scan at both sizes and checks that nothing scrolls sideways on the phone.
 */
export async function shoot(page: Page, name: string): Promise<void> {
  const dir = process.env.SCREENSHOT_DIR as string;
  const before = page.viewportSize() ?? PHONE;
  for (const [label, size] of [
    ['390x844', PHONE],
    ['1440x900', DESKTOP],
  ] as const) {
    await page.setViewportSize(size);
    await page.waitForTimeout(250);
    if (size === PHONE) await expectNoSidewaysScroll(page);
    await expectAccessible(page, `${name} ${label}`);
    await page.screenshot({ path: join(dir, `${name}-${label}.png`), fullPage: true });
  }
  await page.setViewportSize(before);
}

/**
 * Chooses an option of the antd Select labelled `label`. The option is looked up in that select's own listbox
 * (`<input id>_list`), never in "whichever dropdown is visible": a dropdown still animating shut, or another
 * select's dropdown offering the same word (the column mapping offers 姓名 in every column), cannot be picked
 * by mistake. A click that lands while the dropdown is still sliding open can be lost, so the whole pick is
 * retried until the select shows the option and its dropdown is closed.
 */
export async function choose(page: Page, label: string, option: string): Promise<void> {
  const select = page.getByLabel(label, { exact: true });
  const id = await select.getAttribute('id');
  if (!id) throw new Error(`the select labelled ${label} has no id, so its listbox cannot be found`);
  const listbox = page.locator(`[id="${id}_list"]`);
  const shown = page.locator('.ant-select').filter({ has: page.locator(`[id="${id}"]`) });
  await expect(async () => {
    if ((await select.getAttribute('aria-expanded')) !== 'true') await select.click();
    await listbox.getByRole('option', { name: option, exact: true }).click({ timeout: 2_000 });
    await expect(select).toHaveAttribute('aria-expanded', 'false', { timeout: 2_000 });
    await expect(shown).toContainText(option, { timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}
