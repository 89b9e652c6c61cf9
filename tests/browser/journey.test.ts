/**
 * One reader's whole journey by keyboard alone, with focus visible at every step: skip link,
 * main navigation, the search dialog, a theme page, next theme, and copying a section link.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { palette } from '../../src/styles/tokens.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { baseUrl, cssRgb, launchBrowser, watchPage } from '../support/browser.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => browser?.close());

/** What has focus, and whether a sighted reader can see that it does. */
const FOCUS = cssRgb(palette.light.focus);
const focused = (page: Page) =>
  page.evaluate((focus) => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { html: '', visible: false, href: '', headingLink: false };
    const css = getComputedStyle(el);
    const ring = css.outlineStyle !== 'none' && parseFloat(css.outlineWidth) >= 2;
    const block = css.backgroundColor === focus;
    return {
      html: el.outerHTML.slice(0, 120),
      visible: ring || block || css.boxShadow !== 'none',
      href: el.getAttribute('href') ?? '',
      headingLink: el.classList.contains('heading-link'),
    };
  }, FOCUS);

/** Presses Tab until the focused link's href matches (and, if asked, it is a heading's link). */
async function tabTo(page: Page, hrefPattern: RegExp, limit = 60, headingLink = false) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const now = await focused(page);
    if (hrefPattern.test(now.href) && now.headingLink === headingLink) {
      expect(now.visible, `focus on ${now.html} is visible`).toBe(true);
      return;
    }
  }
  throw new Error(`No link matching ${hrefPattern} after ${limit} presses of Tab`);
}

describe('a keyboard-only journey', () => {
  it('skip link, navigation, search, a theme, the next theme and a copied section link', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });
    const page = await context.newPage();
    const problems = watchPage(page);
    await page.goto(`${baseUrl()}/`);

    // 1. The first Tab reaches the skip link; Enter moves focus into the main content.
    await page.keyboard.press('Tab');
    expect((await focused(page)).href).toBe('#main');
    expect((await focused(page)).visible).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');

    // 2. The main navigation: Tab to "Themes" and follow it.
    await page.goto(`${baseUrl()}/`);
    await tabTo(page, /^\/themes\/$/);
    await Promise.all([page.waitForURL(/\/themes\/$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBe('The ten themes');

    // 3. Search: "/" opens the dialog, type, arrow to the first result, Enter lands on it.
    await page.keyboard.press('/');
    await expect.poll(() => page.locator('dialog.search-dialog').isVisible(), { timeout: 15_000 }).toBe(true);
    await page.keyboard.type('fluid careers');
    // Results come as the words are typed: wait for those of the whole query (the results for "f"
    // put another theme first, and a quick Enter landed there), then arrow to the first.
    const firstResult = page.locator('dialog.search-dialog .search-result a').first();
    await expect.poll(() => firstResult.getAttribute('href'), { timeout: 15_000 }).toMatch(/\/themes\/fluid-careers\//);
    await page.keyboard.press('ArrowDown');
    await Promise.all([page.waitForURL(/\/themes\/fluid-careers\//), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBe('Fluid careers');

    // 4. Next theme by keyboard.
    await tabTo(page, /\/themes\/publicness-and-commerciality\/$/, 120);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('rel'))).toBe('next');
    await Promise.all([page.waitForURL(/publicness-and-commerciality\/$/), page.keyboard.press('Enter')]);
    expect(await page.locator('h1').innerText()).toBe('Publicness and commerciality');

    // 5. Copy the link to the Connections section with the keyboard.
    await tabTo(page, /^#connections$/, 120, true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${absoluteUrl('/themes/publicness-and-commerciality/')}#connections`);
    await expect.poll(() => page.locator('#status-message').textContent()).toBe('Link copied');

    expect(problems.consoleErrors).toEqual([]);
    expect(problems.otherOrigins).toEqual([]);
    await context.close();
  });
});
