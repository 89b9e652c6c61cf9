/** Search in a real browser (Debian's Chromium): the dialog, the /search/ page, landing on a result, odd queries. */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { palette } from '../../src/styles/tokens.ts';
import { SEARCH_FILTERS } from '../../src/shared/search.ts';
import { AXE_WIDTH, axeViolations, baseUrl, cssRgb, useBrowser, VIEWS } from '../support/browser.ts';

const SCREENSHOTS = 'test-results/screenshots';

/** One browser context per view (useBrowser's pages), so its cache spares reloading Pagefind for every test. */
const chromium = useBrowser();
const { open } = chromium;
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** Waits for a value: loading Pagefind for the first time in a fresh browser can take a few seconds on a busy machine. */
/** Polls up to 15 s; concurrent tests pass their own `expect`. */
const poll = <T>(read: () => T | Promise<T>, by: typeof expect = expect) => by.poll(read, { timeout: 15_000 });
const noProblems = { consoleErrors: [], failedRequests: [], otherOrigins: [] };
const activeElement = (page: Page) => page.evaluate(() => document.activeElement?.outerHTML ?? '');
const dialog = (page: Page) => page.locator('dialog.search-dialog');
const isSearchAsset = (url: string) => url.includes('/pagefind/') || /\/_astro\/search/.test(url);

// Concurrent tests pass their own `expect` (`by`): the global one does not know which test is running.
async function openDialogWithSlash(page: Page, by: typeof expect = expect) {
  await page.keyboard.press('/');
  await poll(() => dialog(page).isVisible(), by).toBe(true);
  await poll(async () => (await activeElement(page)).startsWith('<input'), by).toBe(true);
}
async function typeAndWait(page: Page, text: string, by: typeof expect = expect) {
  await page.keyboard.type(text);
  // Results for the letters typed so far show first: wait for those of the whole text.
  await poll(() => page.locator('dialog.search-dialog [data-search-status]').getAttribute('data-query'), by).toBe(text);
  await page.locator('dialog.search-dialog .search-result a').first().waitFor();
}

describe('a plain page view', () => {
  it.concurrent.for(['/themes/fluid-careers/', '/leadership/', '/about/?utm_source=blog'])('%s loads no search code or index', async (path, { expect }) => {
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
    const first = page.locator('dialog.search-dialog .search-result').first();
    expect(await first.locator('.search-kicker').innerText()).toMatch(/theme 5 of 10/i);
    expect(await first.locator('.search-result-title').innerText()).toMatch(/Publicness and commerciality/);
    await page.keyboard.press('ArrowDown');
    expect(await activeElement(page)).toMatch(/href="\/themes\/publicness-and-commerciality\/\?highlight=commerciality"/);
    const ring = await page.evaluate(() => getComputedStyle(document.activeElement!.closest('.search-result')!).outline);
    expect(ring, 'the result the arrows moved to has the site focus ring').toContain(`${cssRgb(palette.light.focus)} solid 3px`);
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
    await page.locator('dialog.search-dialog .search-result a').first().waitFor();
    expect(await page.locator('dialog.search-dialog input[type="search"]').inputValue()).toBe('commerciality');
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
    await page.locator('dialog.search-dialog .search-result a').first().waitFor();
    expect(page.url()).toBe(`${baseUrl()}/about/`);
    expect(await page.locator('dialog.search-dialog .search-result-title').first().innerText()).toMatch(/Fluid careers/);
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
    const suggestions = page.locator('dialog.search-dialog [data-search-suggestions]');
    await poll(() => suggestions.isVisible()).toBe(true);
    expect(await suggestions.innerText()).toMatch(/Type a word or phrase/);
    await page.keyboard.type('🦄🦄🦄');
    await poll(() => page.locator('dialog.search-dialog [data-search-status]').innerText()).toMatch(/No results for “🦄🦄🦄”/);
    expect(await suggestions.innerText()).toMatch(/Check the spelling/);
    expect(await suggestions.locator('a[href^="/themes/"]').count()).toBe(10);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it.concurrent.for(VIEWS)('shows results at %i px in the %s scheme (and passes axe at 375 px)', async ([width, scheme], { expect }) => {
    const { page, problems, close } = await open('/themes/fluid-careers/', { width, scheme });
    await openDialogWithSlash(page, expect);
    await typeAndWait(page, 'leadership', expect);
    await page.keyboard.press('ArrowDown');
    await page.screenshot({ path: `${SCREENSHOTS}/search-dialog-${width}-${scheme}.png` });
    if (width === AXE_WIDTH) expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual(noProblems);
    await close();
  });
});

describe('the /search/ page', () => {
  it('runs the search in its URL, so a search can be linked to', async () => {
    const { page, problems, close } = await open('/search/?q=commerciality');
    await page.locator('.search-page .search-result a').first().waitFor();
    expect(await page.locator('.search-page [data-search-status]').innerText()).toMatch(/results? for “commerciality”/);
    expect(await page.locator('.search-page .search-result-link').first().getAttribute('href')).toBe('/themes/publicness-and-commerciality/?highlight=commerciality');
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
    await page.locator('.search-page .search-result a').first().waitFor();
    expect(await theme.isChecked()).toBe(true);
    const kickers = async () => page.locator('.search-page .search-kicker').allInnerTexts();
    await poll(async () => (await kickers()).every((k) => /^theme \d+ of 10$/i.test(k))).toBe(true);
    await findings.check();
    await page.waitForURL(/\?q=leadership&type=theme&type=leadership$/);
    await poll(async () => (await kickers()).some((k) => k.toLowerCase().includes(SEARCH_FILTERS.type.values.leadership.toLowerCase()))).toBe(true);
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
    const firstTitle = () => page.locator('.search-page .search-result-title').first().innerText();
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

  // (Markup whose words occur in the site now finds those pages: see "answers a hostile query" below.)
  const nothingFound = ['z'.repeat(2000), '<i>zzqx()</i>', '🦄🦄🦄', '"no such phrase anywhere"'];
  it.concurrent.for(nothingFound)('answers %s with a clear "no results" and the ten themes', async (query, { expect }) => {
    const { page, problems, close } = await open(`/search/?q=${encodeURIComponent(query)}`);
    const summary = page.locator('.search-page [data-search-status]');
    await poll(() => summary.innerText(), expect).toMatch(/^No results for “/);
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
    await poll(() => page.locator('.search-page [data-search-status]').innerText()).toMatch(/results? for “<img src=x/);
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.locator('main img, main script, main iframe').count()).toBe(0);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it.concurrent.for(['', '%20%20%20'])('with an empty query (q=%s) offers every theme and finding to browse', async (q, { expect }) => {
    const { page, problems, close } = await open(`/search/?q=${q}`);
    await page.locator('.search-page input[type="search"]').waitFor();
    expect(await page.locator('.search-page [data-search-status]').innerText()).not.toMatch(/result/);
    expect(await page.locator('#browse-themes ~ ol a').count()).toBe(10);
    expect(await page.locator('#browse-themes').isVisible()).toBe(true);
    expect(await page.locator('#browse-findings ~ ul a').count()).toBe(5);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it.concurrent.for(VIEWS)('shows results at %i px in the %s scheme and fits the screen (and passes axe at 375 px)', async ([width, scheme], { expect }) => {
    const { page, problems, close } = await open('/search/?q=values&source=cipd&source=inlogov', { width, scheme });
    await page.locator('.search-page .search-result a').first().waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow, 'horizontal scroll').toBeLessThanOrEqual(0);
    await page.screenshot({ path: `${SCREENSHOTS}/search-page-${width}-${scheme}.png`, fullPage: true });
    if (width === AXE_WIDTH) expect(await axeViolations(page)).toEqual([]);
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

describe('answers a plain question', () => {
  const status = (page: Page, scope: string) => page.locator(`${scope} [data-search-status]`);
  const notes = (page: Page, scope: string) => page.locator(`${scope} [data-search-notes]`);

  it('shows pages with most of the words when no page has them all, and says so in one line', async () => {
    const { page, problems, close } = await open(`/search/?q=${encodeURIComponent('skills not just technical expertise')}`);
    await page.locator('.search-page .search-result a').first().waitFor();
    expect(await notes(page, '.search-page').innerText()).toMatch(/^No page has all your words; showing pages with most of them\.$/m);
    expect(await page.locator('.search-page .search-result-title').first().innerText()).toMatch(/Generic skills/);
    expect(await page.locator('.search-page .search-matched').first().innerText()).toMatch(/Has \d of your 4 words/);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it('says which plain-English words it also searched', async () => {
    const { page, close } = await open(`/search/?q=${encodeURIComponent('cuts and austerity in councils')}`);
    await page.locator('.search-page .search-result a').first().waitFor();
    expect(await notes(page, '.search-page').innerText()).toMatch(/Also searched: .*permaausterity/);
    const titles = await page.locator('.search-page .search-result-title').allInnerTexts();
    expect(titles.slice(0, 3).join(' | ')).toMatch(/Permaausterity/);
    await close();
  });

  it('offers "Did you mean" for a misspelling, searches it, and the link runs it', async () => {
    const { page, problems, close } = await open('/themes/');
    await openDialogWithSlash(page);
    await typeAndWait(page, 'entreprenuer');
    const didYouMean = notes(page, 'dialog.search-dialog').getByRole('link', { name: 'entrepreneur' });
    // Results for the letters typed so far can show first: wait for the whole word's.
    await poll(() => notes(page, 'dialog.search-dialog').innerText()).toMatch(/Did you mean entrepreneur\?/);
    await poll(() => page.locator('dialog.search-dialog .search-result-title').first().innerText()).toMatch(/Municipal entrepreneur/);
    await didYouMean.click();
    await poll(() => page.locator('dialog.search-dialog input[type="search"]').inputValue()).toBe('entrepreneur');
    await poll(() => status(page, 'dialog.search-dialog').innerText()).toMatch(/results? for “entrepreneur”/);
    expect(await notes(page, 'dialog.search-dialog').innerText()).not.toMatch(/Did you mean/);
    expect(page.url()).toBe(`${baseUrl()}/themes/`);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it('lists each page once, and a theme\'s own words lead to its page, not the workshop cards or the map', async () => {
    const { page, close } = await open('/search/?q=commerciality');
    await page.locator('.search-page .search-result a').first().waitFor();
    const links = await page.locator('.search-page .search-result-link').evaluateAll((as) => as.map((a) => a.getAttribute('href')?.split('?')[0]));
    expect(new Set(links).size).toBe(links.length);
    expect(links[0]).toBe('/themes/publicness-and-commerciality/');
    expect(links.slice(0, 3)).not.toContain('/workshop/');
    expect(links.slice(0, 3)).not.toContain('/connections/');
    // Clean excerpts: no ticks, no "#", no wording notes, and at most two sections under a page.
    for (const excerpt of await page.locator('.search-page .search-excerpt').allInnerTexts()) expect(excerpt).not.toMatch(/✓|(^|\s)#(\s|$)|Note on the wording|\bCopy\b/);
    for (const sections of await page.locator('.search-page .search-sections').all()) expect(await sections.locator('li').count()).toBeLessThanOrEqual(2);
    // Searched words: a background, not an underline; titles are links and look like them.
    const mark = await page.locator('.search-page mark').first().evaluate((m) => ({ bg: getComputedStyle(m).backgroundColor, line: getComputedStyle(m).textDecorationLine }));
    expect(mark.bg).not.toBe('rgba(0, 0, 0, 0)');
    expect(mark.line).toBe('none');
    expect(await page.locator('.search-page .search-result-link').first().evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('underline');
    await close();
  });

  it.concurrent.for([
    ['markup', '<b>values</b><script>window.__injected=1</script>'],
    ['10,000 characters', `values ${'x'.repeat(10_000)}`],
    ['right-to-left text', 'القيم values'],
    ['emoji', '🦄 values 🦄'],
  ] as const)('answers a hostile query (%s) as text, without an error', async ([, query], { expect }) => {
    const { page, problems, close } = await open('/about/');
    await openDialogWithSlash(page, expect);
    await page.locator('dialog.search-dialog input[type="search"]').fill(query);
    await poll(() => status(page, 'dialog.search-dialog').innerText(), expect).toMatch(/results? for “|No results for “/);
    expect((await status(page, 'dialog.search-dialog').innerText()).length).toBeLessThan(260);
    expect(await page.evaluate(() => (window as { __injected?: number }).__injected)).toBeUndefined();
    expect(await page.locator('dialog.search-dialog b, dialog.search-dialog script').count()).toBe(0);
    expect(problems).toEqual(noProblems);
    await close();
  });

  it('on /search/ does not repeat the header search box, and at 375 × 800 the first result shows without scrolling', async () => {
    const context = await chromium.browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl()}/search/?q=careers`);
    await page.locator('.search-page .search-result a').first().waitFor();
    expect(await page.locator('form[data-site-search]').count()).toBe(0);
    expect(await page.locator('details[data-search-filters]').getAttribute('open')).toBeNull();
    const box = await page.locator('.search-page .search-result-link').first().boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(800);
    await context.close();
  });

  it.concurrent.for([
    ['375 px, no query', 375, '/search/'],
    ['375 px, with a query', 375, '/search/?q=commerciality'],
    ['1280 px, no query', 1280, '/search/'],
    ['1280 px, with a query', 1280, '/search/?q=commerciality'],
  ] as const)('/search/ does not move as its search code starts (%s), and fetches each file once', async ([, width, path], { expect }) => {
    const context = await chromium.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    // The search code arrives late, as on a slow phone: anything it changes after the first paint would show as a shift.
    await page.route('**/_astro/search-page*.js', async (route) => (await new Promise((done) => setTimeout(done, 500)), route.continue()));
    await page.goto(`${baseUrl()}${path}`);
    await poll(() => page.locator('.search-page [data-search-status]').getAttribute('data-query'), expect).toBe(path.includes('?q=') ? 'commerciality' : null);
    await page.locator('.search-page:not([hidden])').waitFor();
    const shift = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { value: number })[]) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    expect(shift).toBe(0);
    // The preload hints (src/integrations/search/preload.ts) are the very requests the code makes.
    expect(requests.filter((url, i) => requests.indexOf(url) !== i)).toEqual([]);
    await context.close();
  });

  it('without JavaScript the header form goes to /search/ with the query', async () => {
    const { page, close } = await open('/about/', { javaScript: false });
    await page.fill('#site-search-q', 'careers');
    await Promise.all([page.waitForURL(/\/search\/\?q=careers$/), page.keyboard.press('Enter')]);
    expect(await page.locator('[data-search-needs-js]').isVisible()).toBe(true);
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
