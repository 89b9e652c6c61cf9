/** Search in a real browser (Debian's Chromium): the dialog, the /search/ page, landing on a result, odd queries. */
import { mkdirSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { palette } from '../../src/styles/tokens.ts';
import { VIEWS, baseUrl, launchBrowser, watchPage, type PageProblems } from '../support/browser.ts';

const SCREENSHOTS = 'test-results/screenshots';
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

/** One browser context per viewport, scheme and JavaScript setting, so its cache spares reloading Pagefind for every test. */
const contexts = new Map<string, Promise<BrowserContext>>();
function contextFor(width: number, scheme: 'light' | 'dark', javaScript: boolean): Promise<BrowserContext> {
  const key = `${width}/${scheme}/${javaScript}`;
  let context = contexts.get(key);
  if (!context) {
    context = browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: javaScript });
    contexts.set(key, context);
  }
  return context;
}

interface Opened {
  page: Page;
  problems: PageProblems;
  requests: string[];
  close: () => Promise<void>;
}
async function open(path: string, options: { width?: number; scheme?: 'light' | 'dark'; javaScript?: boolean } = {}): Promise<Opened> {
  const context = await contextFor(options.width ?? 1280, options.scheme ?? 'light', options.javaScript ?? true);
  const page = await context.newPage();
  const problems = watchPage(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url().replace(baseUrl(), '')));
  await page.goto(baseUrl() + path, { waitUntil: 'load' });
  return { page, problems, requests, close: () => page.close() };
}

/** Waits for a value: loading Pagefind for the first time in a fresh browser can take a few seconds on a busy machine. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000 });
const noProblems = { consoleErrors: [], failedRequests: [], otherOrigins: [] };
const activeElement = (page: Page) => page.evaluate(() => document.activeElement?.outerHTML ?? '');
const dialog = (page: Page) => page.locator('dialog.pf-modal');
const isSearchAsset = (url: string) => url.includes('/pagefind/') || /\/_astro\/search/.test(url);

async function openDialogWithSlash(page: Page) {
  await page.keyboard.press('/');
  await poll(() => dialog(page).isVisible()).toBe(true);
  await poll(async () => (await activeElement(page)).startsWith('<input')).toBe(true);
}
async function typeAndWait(page: Page, text: string) {
  await page.keyboard.type(text);
  await page.locator('dialog.pf-modal pagefind-results .pf-result a').first().waitFor();
}

describe('a plain page view', () => {
  it.each(['/themes/fluid-careers/', '/leadership/', '/about/?utm_source=blog'])('%s loads no search code or index', async (path) => {
    const { page, requests, problems, close } = await open(path);
    await page.waitForLoadState('networkidle');
    expect(requests.filter(isSearchAsset)).toEqual([]);
    expect(problems).toEqual(noProblems);
    await close();
  });
});

describe('the search dialog', () => {
  it('opens with /, searches as you type, moves with the arrows and lands on the highlighted section with Enter', async () => {
    const { page, problems, close } = await open('/themes/fluid-careers/');
    await openDialogWithSlash(page);
    await typeAndWait(page, 'commerciality');
    const first = page.locator('dialog.pf-modal .pf-result').first();
    expect(await first.locator('.search-kicker').innerText()).toMatch(/theme 5 of 10/i);
    expect(await first.locator('.pf-result-title').innerText()).toMatch(/Publicness and commerciality/);
    await page.keyboard.press('ArrowDown');
    expect(await activeElement(page)).toMatch(/href="\/themes\/publicness-and-commerciality\/\?highlight=commerciality"/);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.closest('.pf-result-card')!).outline);
    expect(ring, 'the result the arrows moved to has the site focus ring').toContain(`rgb(${[1, 3, 5].map((i) => parseInt(palette.light.focus.slice(i, i + 2), 16)).join(', ')}) solid 3px`);
    await page.keyboard.press('ArrowDown');
    expect(await activeElement(page)).toMatch(/#in-brief"/);
    await Promise.all([page.waitForURL(/\/themes\/publicness-and-commerciality\/\?highlight=commerciality#in-brief$/), page.keyboard.press('Enter')]);
    const marks = page.locator('mark.search-highlight');
    await marks.first().waitFor();
    expect(await page.locator('.heading-link-wrap:has(#in-brief) ~ p mark.search-highlight').count()).toBeGreaterThan(0);
    // The section is brought to the top of the window (smoothly, unless the reader asks for less motion).
    await poll(async () => (await page.locator('#in-brief').boundingBox())?.y ?? -1).toBeGreaterThanOrEqual(0);
    await poll(async () => (await page.locator('#in-brief').boundingBox())?.y ?? 9999).toBeLessThan(300);
    // The highlighted words stay out of navigation and are readable in both schemes (checked by axe below).
    expect(await page.locator('header mark, nav mark, footer mark').count()).toBe(0);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it('keeps every key typed straight after / while the dialog is still loading', async () => {
    const { page, close } = await open('/leadership/');
    await page.keyboard.press('/');
    await page.keyboard.type('commerciality');
    await page.locator('dialog.pf-modal pagefind-results .pf-result a').first().waitFor();
    expect(await page.locator('dialog.pf-modal input[type="search"]').inputValue()).toBe('commerciality');
    expect(await page.locator('#site-search-q').inputValue()).toBe('');
    await close();
  });

  it('opens with Ctrl+K and ⌘K, closes with Esc and gives focus back to where it was', async () => {
    const { page, close } = await open('/report/');
    const link = page.locator('main nav a[href="#preface"]');
    await link.focus();
    for (const shortcut of ['Control+k', 'Meta+k']) {
      await page.keyboard.press(shortcut);
      await poll(() => dialog(page).isVisible()).toBe(true);
      await page.keyboard.press('Escape');
      await poll(() => dialog(page).isVisible()).toBe(false);
      await poll(() => activeElement(page)).toMatch(/href="#preface"/);
    }
    await close();
  });

  it('has a Close button, and the header search form opens it with what was typed, without leaving the page', async () => {
    const { page, close } = await open('/about/');
    await page.focus('#site-search-q');
    await page.keyboard.type('careers');
    await page.keyboard.press('Enter');
    await page.locator('dialog.pf-modal pagefind-results .pf-result a').first().waitFor();
    expect(page.url()).toBe(`${baseUrl()}/about/`);
    expect(await page.locator('dialog.pf-modal .pf-result-title').first().innerText()).toMatch(/Fluid careers/);
    await page.getByRole('button', { name: 'Close' }).click();
    await poll(() => dialog(page).isVisible()).toBe(false);
    await poll(() => activeElement(page)).toMatch(/id="site-search-q"/);
    await close();
  });

  it('Enter in the search box goes to the first result', async () => {
    const { page, close } = await open('/');
    await openDialogWithSlash(page);
    await typeAndWait(page, 'Ben Willmott');
    await Promise.all([page.waitForURL(/\/leadership\/\?highlight=ben&highlight=willmott/), page.keyboard.press('Enter')]);
    await close();
  });

  it('suggests the ten themes before anything is typed and when nothing is found', async () => {
    const { page, problems, close } = await open('/themes/');
    await openDialogWithSlash(page);
    const suggestions = page.locator('dialog.pf-modal [data-search-suggestions]');
    await poll(() => suggestions.isVisible()).toBe(true);
    expect(await suggestions.innerText()).toMatch(/Type a word or phrase/);
    await page.keyboard.type('🦄🦄🦄');
    await poll(() => page.locator('dialog.pf-modal pagefind-summary').innerText()).toMatch(/No results for “🦄🦄🦄”/);
    expect(await suggestions.innerText()).toMatch(/Check the spelling/);
    expect(await suggestions.locator('a[href^="/themes/"]').count()).toBe(10);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it.each(VIEWS)('passes axe with results open at %i px in the %s scheme', async (width, scheme) => {
    const { page, problems, close } = await open('/themes/fluid-careers/', { width, scheme });
    await openDialogWithSlash(page);
    await typeAndWait(page, 'leadership');
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `${SCREENSHOTS}/search-dialog-${width}-${scheme}.png` });
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual(noProblems);
    await close();
  });
});

describe('the /search/ page', () => {
  it('runs the search in its URL, so a search can be linked to', async () => {
    const { page, problems, close } = await open('/search/?q=commerciality');
    await page.locator('.search-page .pf-result a').first().waitFor();
    expect(await page.locator('.search-page pagefind-summary').innerText()).toMatch(/results? for “commerciality”/);
    expect(await page.locator('.search-page .pf-result-link').first().getAttribute('href')).toBe('/themes/publicness-and-commerciality/?highlight=commerciality');
    expect(await page.locator('.search-page input[type="search"]').inputValue()).toBe('commerciality');
    expect(await page.title()).toMatch(/^Search: commerciality/);
    expect(await page.locator('[data-search-needs-js]').isVisible()).toBe(false);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it('applies the filters in its URL and puts filter changes in the URL; back and forward restore them', async () => {
    const { page, close } = await open('/search/?q=leadership&type=theme');
    const theme = page.locator('input[data-filter="type"][value="theme"]');
    const findings = page.locator('input[data-filter="type"][value="leadership"]');
    await page.locator('.search-page .pf-result a').first().waitFor();
    expect(await theme.isChecked()).toBe(true);
    const kickers = async () => page.locator('.search-page .search-kicker').allInnerTexts();
    await poll(async () => (await kickers()).every((k) => /^theme \d+ of 10$/i.test(k))).toBe(true);
    await findings.check();
    await page.waitForURL(/\?q=leadership&type=theme&type=leadership$/);
    await poll(async () => (await kickers()).some((k) => /leadership findings/i.test(k))).toBe(true);
    await page.goBack();
    await page.waitForURL(/\?q=leadership&type=theme$/);
    expect(await findings.isChecked()).toBe(false);
    await poll(async () => (await kickers()).every((k) => /^theme \d+ of 10$/i.test(k))).toBe(true);
    await page.goForward();
    await page.waitForURL(/type=leadership$/);
    expect(await findings.isChecked()).toBe(true);
    await close();
  });

  it('keeps the typed query in the URL; back brings the earlier search back', async () => {
    const { page, close } = await open('/search/');
    const box = page.locator('.search-page input[type="search"]');
    const firstTitle = () => page.locator('.search-page .pf-result-title').first().innerText();
    await box.fill('commerciality');
    await page.waitForURL(/\?q=commerciality$/);
    await poll(firstTitle).toMatch(/Publicness and commerciality/);
    await page.waitForTimeout(1600); // a pause: the next search gets its own history entry
    await box.fill('careers');
    await page.waitForURL(/\?q=careers$/);
    await poll(firstTitle).toMatch(/Fluid careers/);
    await page.goBack();
    await page.waitForURL(/\?q=commerciality$/);
    await poll(() => box.inputValue()).toBe('commerciality');
    await poll(firstTitle).toMatch(/Publicness and commerciality/);
    await close();
  });

  const nothingFound = ['z'.repeat(2000), '<script>window.__injected=1</script>', '🦄🦄🦄', '"no such phrase anywhere"'];
  it.each(nothingFound)('answers %s with a clear "no results" and the ten themes', async (query) => {
    const { page, problems, close } = await open(`/search/?q=${encodeURIComponent(query)}`);
    const summary = page.locator('.search-page pagefind-summary');
    await poll(() => summary.innerText()).toMatch(/^No results for “/);
    expect((await summary.innerText()).length).toBeLessThan(260);
    const suggestions = page.locator('.search-page [data-search-suggestions]');
    expect(await suggestions.isVisible()).toBe(true);
    expect(await suggestions.locator('a[href^="/themes/"]').count()).toBe(10);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.locator('main script, main img, main iframe').count()).toBe(0);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it('treats markup in a query as text, even when words in it match', async () => {
    const { page, problems, close } = await open(`/search/?q=${encodeURIComponent('<img src=x onerror="window.__injected=1"> values')}`);
    await poll(() => page.locator('.search-page pagefind-summary').innerText()).toMatch(/results? for “<img src=x/);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.locator('main img, main script, main iframe').count()).toBe(0);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it.each(['', '%20%20%20'])('with an empty query (q=%s) offers every theme and finding to browse', async (q) => {
    const { page, problems, close } = await open(`/search/?q=${q}`);
    await page.locator('.search-page input[type="search"]').waitFor();
    expect(await page.locator('.search-page pagefind-summary').innerText()).not.toMatch(/result/);
    expect(await page.locator('#browse-themes ~ ol a').count()).toBe(10);
    expect(await page.locator('#browse-themes').isVisible()).toBe(true);
    expect(await page.locator('#browse-findings ~ ul a').count()).toBe(5);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it.each(VIEWS)('passes axe with results at %i px in the %s scheme, and fits the screen', async (width, scheme) => {
    const { page, problems, close } = await open('/search/?q=values&source=cipd&source=inlogov', { width, scheme });
    await page.locator('.search-page .pf-result a').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/search-page-${width}-${scheme}.png`, fullPage: true });
    const axe = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
    expect(axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it('without JavaScript says search needs it, and lists every theme and finding', async () => {
    const { page, close } = await open('/search/?q=commerciality', { javaScript: false });
    expect(await page.locator('[data-search-needs-js]').isVisible()).toBe(true);
    expect(await page.locator('[data-search-page]').isVisible()).toBe(false);
    expect(await page.locator('#browse-themes ~ ol a').count()).toBe(10);
    expect(await page.locator('#browse-findings ~ ul a').count()).toBe(5);
    await close();
  });
});

describe('landing on a result', () => {
  it('loads only the highlighter, marks the words in the reading content and shows the first one', async () => {
    const { page, requests, problems, close } = await open('/report/?highlight=rogers');
    await page.locator('mark.search-highlight').first().waitFor();
    expect(requests.filter(isSearchAsset).filter((url) => url.includes('/pagefind/'))).toEqual(['/pagefind/pagefind-highlight.js']);
    expect(await page.locator('main mark.search-highlight').count()).toBeGreaterThan(0);
    expect(await page.locator('header mark, footer mark, nav mark').count()).toBe(0);
    await poll(() => page.evaluate(() => {
      const mark = document.querySelector('mark.search-highlight')!.getBoundingClientRect();
      return mark.top >= 0 && mark.bottom <= window.innerHeight;
    })).toBe(true);
    expect(problems).toEqual(noProblems);
    await close();
  });
});
