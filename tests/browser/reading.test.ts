/** Reading pages in a real browser (Debian's Chromium): layout, schemes, keyboard, print, no JavaScript. */
import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { AXE_WIDTH, axeViolations, baseUrl, cssRgb, useBrowser, VIEWS } from '../support/browser.ts';
import { focusContrast } from '../support/focus-contrast.ts';
import { contractUrls } from '../support/url-contract.ts';
import { palette } from '../../src/styles/tokens.ts';

const SCREENSHOTS = 'test-results/screenshots';

const chromium = useBrowser();
const { open } = chromium;
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

describe.each(VIEWS)('at %i px in the %s scheme', (width, scheme) => {
  const withAxe = width === AXE_WIDTH;
  // A few pages at a time, each in its own page of the view's one context.
  // At the axe width, also what axe does not test: every focusable element, focused, keeps its text at 4.5:1 or more.
  it.concurrent.for(contractUrls)(`%s loads cleanly and fits the screen${withAxe ? ', passes axe, and keeps focused text at 4.5:1 or more' : ''}`, async (path, { expect }) => {
    const { page, problems, response, release } = await open(path, { width, scheme });
    expect(response?.status()).toBe(200);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
    if (path === '/' || path === '/themes/publicness-and-commerciality/') {
      const name = path === '/' ? 'home' : 'theme';
      await page.screenshot({ path: `${SCREENSHOTS}/${name}-${width}-${scheme}.png`, fullPage: true });
    }
    if (withAxe) expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    if (withAxe) {
      // Last: it opens every block and moves the focus.
      const { measured, failures } = await focusContrast(page);
      expect(measured).toBeGreaterThan(5);
      expect(failures).toEqual([]);
    }
    await release();
  });
});

describe('at 320 px, the narrowest supported screen', () => {
  it('no page scrolls sideways', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 320, height: 700 } });
    const page = await context.newPage();
    const overflowing: string[] = [];
    for (const path of contractUrls) {
      await page.goto(baseUrl() + path);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) overflowing.push(`${path} (${overflow} px)`);
    }
    expect(overflowing).toEqual([]);
    await context.close();
  });
});

describe('keyboard', () => {
  it('the first Tab shows the skip link, and Enter moves focus to the main content', async () => {
    const { page, close } = await open('/themes/fluid-careers/');
    await page.keyboard.press('Tab');
    const skip = page.locator('a[href="#main"]');
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    const box = await skip.boundingBox();
    expect(box?.width ?? 0).toBeGreaterThan(20);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('main');
    await close();
  });
  it('focus is clearly visible on links', async () => {
    const { page, close } = await open('/');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    const style = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      const css = getComputedStyle(el);
      return { tag: el.tagName, background: css.backgroundColor, shadow: css.boxShadow, outline: css.outlineStyle };
    });
    expect(style.tag).toBe('A');
    const focus = cssRgb(palette.light.focus);
    expect(style.background === focus || style.outline !== 'none').toBe(true);
    await close();
  });
});

describe('paper', () => {
  it('prints the reading content without navigation, with link URLs', async () => {
    const { page, close } = await open('/themes/distributed-leadership/');
    await page.emulateMedia({ media: 'print' });
    const visible = async (selector: string) => page.locator(selector).first().isVisible();
    expect(await visible('header')).toBe(false);
    expect(await visible('footer')).toBe(false);
    expect(await visible('nav[aria-label="Breadcrumb"]')).toBe(false);
    expect(await visible('h1')).toBe(true);
    expect(await visible('#in-brief')).toBe(true);
    const after = await page.locator('.heading-link-wrap:has(#connections) ~ ul a[data-print-url]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toContain('http');
    await close();
  });
});

describe('without JavaScript', () => {
  it.concurrent.for(contractUrls)('%s still shows its content', async (path, { expect }) => {
    const { page, response, release } = await open(path, { javaScript: false });
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').isVisible()).toBe(true);
    expect((await page.locator('main').innerText()).length).toBeGreaterThan(200);
    await release();
  });
  it('the header search is a plain form that goes to /search/', async () => {
    const { page, close } = await open('/themes/', { javaScript: false });
    await page.fill('#site-search-q', 'commerciality');
    await Promise.all([page.waitForURL(/\/search\/\?q=commerciality$/), page.press('#site-search-q', 'Enter')]);
    expect(await page.locator('main').innerText()).toMatch(/needs JavaScript/);
    expect(await page.locator('main a[href="/themes/publicness-and-commerciality/"]').count()).toBeGreaterThan(0);
    await close();
  });
});
