import AxeBuilder from '@axe-core/playwright';
import { expect, type Locator, type Page } from '@playwright/test';
import { join } from 'node:path';
import { dateText } from '../src/lib/format';

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

/** A bearer token from the local stack's development issuer (/dev/token) with the given claims. */
export async function tokenFor(claims: Record<string, string>): Promise<string> {
  const r = await fetch(`${process.env.CONSOLE_URL}/dev/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(claims),
  });
  return ((await r.json()) as { token: string }).token;
}

/** Calls the API as the given claims (setting up data a journey starts from). */
export async function apiCall(
  method: string,
  path: string,
  claims: Record<string, string>,
  body?: unknown,
): Promise<{ status: number; body: unknown }> {
  const r = await fetch(`${process.env.CONSOLE_URL}${path}`, {
    method,
    headers: {
      authorization: `Bearer ${await tokenFor(claims)}`,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: r.status, body: await r.json() };
}

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

/** Nothing scrolls sideways at the page's width (the scrolling element is no wider than the window). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const overflow = await page.evaluate(() => {
    const root = document.scrollingElement ?? document.documentElement;
    return root.scrollWidth - window.innerWidth;
  });
  expect(overflow, 'the page scrolls sideways').toBeLessThanOrEqual(0);
}

/** The element shows all of its text: nothing clipped inside it, and it ends inside the window. */
export async function expectNotCut(locator: Locator, what: string): Promise<void> {
  const box = await locator.evaluate((el) => ({
    hidden: el.scrollWidth - el.clientWidth,
    right: el.getBoundingClientRect().right,
    window: window.innerWidth,
  }));
  expect(box.hidden, `${what}: text cut off inside its box`).toBeLessThanOrEqual(0);
  expect(box.right, `${what}: runs past the window's right edge`).toBeLessThanOrEqual(box.window);
}

/** No two pieces of text drawn in the chart (axis labels, legend, series labels) overlap each other. */
export async function expectChartTextApart(chart: Locator, what: string): Promise<void> {
  await expect(chart.locator('svg text').first()).toBeVisible();
  const clashes = await chart.evaluate((el) => {
    const texts = [...el.querySelectorAll('svg text')]
      .map((t) => ({ text: t.textContent?.trim() ?? '', r: t.getBoundingClientRect() }))
      .filter((t) => t.text && t.r.width > 0 && t.r.height > 0);
    const out: string[] = [];
    for (const [i, a] of texts.entries()) {
      for (const b of texts.slice(i + 1)) {
        const w = Math.min(a.r.right, b.r.right) - Math.max(a.r.left, b.r.left);
        const h = Math.min(a.r.bottom, b.r.bottom) - Math.max(a.r.top, b.r.top);
        if (w > 1 && h > 1) out.push(`"${a.text}" × "${b.text}"`);
      }
    }
    return out;
  });
  expect(clashes, `${what}: labels drawn over each other`).toEqual([]);
}

/** The two boxes do not overlap (e.g. the header's title and who is signed in). */
export async function expectApart(a: Locator, b: Locator, what: string): Promise<void> {
  const ra = await a.boundingBox();
  const rb = await b.boundingBox();
  expect(ra && rb, what).toBeTruthy();
  if (!ra || !rb) return;
  const apart =
    ra.x + ra.width <= rb.x || rb.x + rb.width <= ra.x || ra.y + ra.height <= rb.y || rb.y + rb.height <= ra.y;
  expect(apart, `${what}: overlap`).toBe(true);
}

/**
 * Types a date into one of the console's date inputs (lib/DateInput.tsx) the Chinese way, 2019年1月10日, and
 * checks that the field then shows it as YYYY-MM-DD (issue 9: inputs YYYY-MM-DD, text 2019年8月15日), whatever
 * the browser's locale.
 */
export async function fillDate(field: Locator, iso: string): Promise<void> {
  await field.fill(dateText(iso));
  await field.press('Enter');
  await expect(field).toHaveValue(iso);
  await expect(field).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
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
    if (size === PHONE) {
      await expectNoSidewaysScroll(page);
      // The header's title keeps its room beside who is signed in (AppLayout).
      if (await page.locator('.app-title').count()) {
        await expectNotCut(page.locator('.app-title'), 'header title');
        await expectApart(page.locator('.app-title'), page.getByTestId('who'), 'header title and who is signed in');
      }
      // Every card's title is read whole on the phone (it wraps; antd would cut it with an ellipsis).
      for (const title of await page.locator('.ant-card-head-title').all())
        await expectNotCut(title, `card title "${await title.textContent()}"`);
    }
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
