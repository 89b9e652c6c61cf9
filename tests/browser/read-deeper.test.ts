/**
 * Reading deeper without losing your place, in Chromium: previews of cross-references (mouse,
 * keyboard, touch, no JavaScript, axe with a preview open), "Copy quote with citation" for each
 * attribution case (mouse and keyboard), and "Report a problem" on the main build, which has no
 * contact set (the sub-path build sets one: tests/deploy/subpath.test.ts).
 */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { axeViolations, baseUrl, launchBrowser, watchPage } from '../support/browser.ts';

const SCREENSHOTS = 'test-results/screenshots';
const THEME_8 = '/themes/distributed-leadership/';
const GUIDE = '21st Century Public Servant — Research Guide';
const INLOGOV = 'The 21st Century Public Servant, Needham and Mangan, INLOGOV, 2014';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

async function open(path: string, options: { scheme?: 'light' | 'dark'; javaScript?: boolean; width?: number; touch?: boolean } = {}) {
  const context: BrowserContext = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.scheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
    hasTouch: options.touch ?? false,
    isMobile: options.touch ?? false,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const problems = watchPage(page);
  const requests: string[] = [];
  page.on('request', (request) => requests.push(new URL(request.url()).pathname));
  await page.goto(baseUrl() + path, { waitUntil: 'load' });
  return { context, page, problems, requests };
}

/** Waits for what a reader would wait for: code and data load on first use, on a machine that may be busy. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });
const card = (page: Page) => page.locator('#link-preview');
const cardOpen = (page: Page) => card(page).evaluate((el) => el.matches(':popover-open')).catch(() => false);
const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.locator('#status-message');
/** Where every block of the reading content sits: a preview must move none of them. */
const layout = (page: Page) => page.evaluate(() => [...document.querySelectorAll('article > *, article .prose > *')].map((el) => JSON.stringify(el.getBoundingClientRect())).join());

describe('previews of cross-references', () => {
  it('a plain page view loads no preview code and no preview data', async () => {
    const { context, page, requests } = await open(THEME_8);
    await page.waitForTimeout(300);
    expect(requests.filter((r) => /link-preview|previews\.json|quote-link/.test(r))).toEqual([]);
    expect(await card(page).count()).toBe(0);
    await context.close();
  });

  it('hovering a theme link shows its number, title, statement and source after a short delay, moving nothing; leaving closes it', async () => {
    const { context, page, problems, requests } = await open(THEME_8);
    const link = page.locator('.prose a[data-preview="theme-7"]');
    await link.scrollIntoViewIfNeeded();
    const before = await layout(page);
    // Note when the pointer reaches the link and when the card opens.
    await page.evaluate(() => {
      const times: { over?: number; open?: number } = ((window as unknown as { times: object }).times = {});
      document.addEventListener('pointerover', (event) => (event.target as Element).closest?.('a[data-preview]') && (times.over ??= performance.now()), true);
      const tick = () => (document.querySelector('#link-preview:popover-open') ? (times.open = performance.now()) : requestAnimationFrame(tick));
      requestAnimationFrame(tick);
    });
    await link.hover();
    await poll(() => cardOpen(page)).toBe(true);
    // The open time is noted on the next animation frame: wait for it rather than race it.
    await poll(() => page.evaluate(() => typeof (window as unknown as { times: { open?: number } }).times.open)).toBe('number');
    const times = await page.evaluate(() => (window as unknown as { times: { over: number; open: number } }).times);
    expect(times.open - times.over, 'opens only after a short delay').toBeGreaterThanOrEqual(350);
    const text = await card(page).textContent();
    expect(text).toContain('Theme 7 of 10');
    expect(text).toContain('Fluid organisations');
    expect(text).toContain('“The 21st Century Public Servant needs organisations which are fluid and supportive rather than silo-ed and controlling”');
    expect(text).toContain(`— ${INLOGOV}`);
    expect(await link.getAttribute('aria-describedby')).toBe('link-preview');
    expect(await layout(page)).toBe(before);
    expect(requests.filter((r) => /link-preview.*\.js$|\/data\/previews\.json$/.test(r))).toHaveLength(2);
    await page.screenshot({ path: `${SCREENSHOTS}/preview-hover.png` });
    await page.mouse.move(5, 5);
    await poll(() => cardOpen(page)).toBe(false);
    expect(await link.getAttribute('aria-describedby')).toBeNull();
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });

  it('from the keyboard, tabbing on while the preview code is still loading: the link focused when it arrives shows its preview', async () => {
    const { context, page } = await open('/themes/rooted-in-locality/');
    // The code arrives late, as on a slow connection, after focus has moved past the first links with previews.
    await page.route('**/_astro/link-preview*.js', async (route) => (await new Promise((done) => setTimeout(done, 1500)), route.continue()));
    for (let i = 0; i < 200 && !(await page.evaluate(() => document.activeElement?.getAttribute('rel') === 'prev')); i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-preview'))).toBe('theme-8');
    await poll(() => cardOpen(page)).toBe(true);
    expect(await page.locator('a[rel="prev"]').getAttribute('aria-describedby')).toBe('link-preview');
    await context.close();
  });

  it('from the keyboard: focusing a link shows its preview without taking focus, Esc closes it, and the statement keeps its editorial insertion', async () => {
    const { context, page } = await open('/themes/rooted-in-locality/');
    // Tab through the page to the "Previous theme" link (theme 8), keyboard only.
    for (let i = 0; i < 200 && !(await page.evaluate(() => document.activeElement?.getAttribute('rel') === 'prev')); i += 1) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-preview'))).toBe('theme-8');
    await poll(() => cardOpen(page)).toBe(true);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('rel')), 'focus stays on the link').toBe('prev');
    expect(await card(page).locator('ins.editorial-insertion').textContent()).toBe('[leadership]');
    expect(await card(page).textContent()).toContain('Note on the wording:');
    const description = await page.locator('a[rel="prev"]').evaluate((el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent);
    expect(description).toContain('Distributed leadership');
    await page.screenshot({ path: `${SCREENSHOTS}/preview-focus.png` });
    await page.keyboard.press('Escape');
    await poll(() => cardOpen(page)).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.getAttribute('rel'))).toBe('prev');
    // Tab on: the next link with a preview shows its own.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('rel'))).toBe('next');
    await poll(() => card(page).textContent()).toContain('Theme 10 of 10');
    await context.close();
  });

  it('a finding link previews the quotation with who said it', async () => {
    const { context, page } = await open(THEME_8);
    await page.locator('.prose a[data-preview="finding-willmott-comment"]').focus();
    await poll(() => cardOpen(page)).toBe(true);
    const text = await card(page).textContent();
    expect(text).toContain('Comment from Ben Willmott, CIPD');
    expect(text).toContain('This requires a fundamental culture change');
    expect(text).toContain('— Ben Willmott, head of public policy at the CIPD');
    await context.close();
  });

  it('the connections table’s and map’s links have previews too', async () => {
    const { context, page } = await open('/connections/');
    await page.locator('[data-connections-table] a[data-preview="finding-staff-shape-values"]').hover();
    await poll(() => cardOpen(page)).toBe(true);
    expect(await card(page).textContent()).toContain('Chief executives’ priority');
    await page.locator('svg[data-map="wide"] a[data-preview="theme-2"]').hover();
    await poll(() => card(page).textContent()).toContain('Theme 2 of 10');
    await context.close();
  });

  it('on touch, a tap follows the link and shows no preview', async () => {
    const { context, page, requests } = await open(THEME_8, { touch: true, width: 375 });
    await page.locator('.prose a[data-preview="theme-7"]').tap();
    await page.waitForURL(/\/themes\/fluid-organisations\/$/);
    expect(requests.filter((r) => /link-preview|previews\.json/.test(r))).toEqual([]);
    await context.close();
  });

  it('without JavaScript the links are plain links', async () => {
    const { context, page } = await open(THEME_8, { javaScript: false });
    const link = page.locator('.prose a[data-preview="theme-7"]');
    await link.focus();
    await link.hover();
    await page.waitForTimeout(600);
    expect(await card(page).count()).toBe(0);
    await link.click();
    await page.waitForURL(/\/themes\/fluid-organisations\/$/);
    await context.close();
  });

  it.each(['light', 'dark'] as const)('passes axe with a preview open (%s scheme)', async (scheme) => {
    const { context, page } = await open(THEME_8, { scheme, width: 375 });
    // Opened by hover: a focused link in text wears the site's focus style (yellow, no underline), which axe's
    // link-in-text-block rule reports in the light scheme whether or not a preview is open.
    await page.locator('.prose a[data-preview="finding-new-model-of-leadership"]').hover();
    await poll(() => cardOpen(page)).toBe(true);
    await page.screenshot({ path: `${SCREENSHOTS}/preview-375-${scheme}.png` });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});

/** Selects the first occurrence of `from` … `to` (inclusive) in the text of the elements matching `selector`. */
async function selectText(page: Page, selector: string, from: string, to: string = from): Promise<void> {
  await page.evaluate(
    ([selector, from, to]) => {
      const nodes: Text[] = [];
      for (const root of document.querySelectorAll(selector)) {
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
      }
      const text = nodes.map((n) => n.data).join('');
      const start = text.indexOf(from);
      const end = text.indexOf(to, start) + to.length;
      if (start < 0 || end < start + to.length) throw new Error(`"${from}" … "${to}" not found in ${selector}`);
      const at = (offset: number, isEnd: boolean): [Text, number] => {
        let seen = 0;
        for (const node of nodes) {
          if (offset < seen + node.data.length || (isEnd && offset === seen + node.data.length)) return [node, offset - seen];
          seen += node.data.length;
        }
        throw new Error('offset out of range');
      };
      const range = document.createRange();
      range.setStart(...at(start, false));
      range.setEnd(...at(end, true));
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    },
    [selector, from, to] as const,
  );
}

async function copyCited(page: Page): Promise<string> {
  await page.evaluate(() => navigator.clipboard.writeText('(nothing copied)'));
  const button = page.getByRole('button', { name: 'Copy quote with citation' });
  await poll(() => button.isVisible()).toBe(true);
  await button.click();
  await poll(() => status(page).textContent()).not.toBe('');
  return clipboard(page);
}

describe('copy quote with citation', () => {
  it('in "In brief": the guide’s own words, credited to the guide, with the page’s citation and a link to the passage', async () => {
    const { context, page, problems } = await open(THEME_8);
    await selectText(page, '.prose p', 'The statement sets two ideas of leadership against each other.');
    await poll(() => page.getByRole('button', { name: 'Copy link to this quote' }).isVisible()).toBe(true);
    const copied = (await copyCited(page)).split('\n');
    expect(copied[0]).toBe('“The statement sets two ideas of leadership against each other.”');
    expect(copied[1]).toBe(`— ${GUIDE} (the guide’s own words)`);
    expect(copied[2]).toMatch(new RegExp(`^Cite as: ${GUIDE} \\(2026\\) Theme 8: Distributed leadership\\. Available at: ${absoluteUrl(THEME_8).replace(/[.?]/g, '\\$&')}`));
    expect(copied[3]).toBe(`Passage: ${absoluteUrl(THEME_8)}#in-brief:~:text=The%20statement%20sets%20two,leadership%20against%20each%20other.`);
    expect(await status(page).textContent()).toBe('Quote with citation copied');
    expect(problems.consoleErrors).toEqual([]);
    await context.close();
  });

  it('inside a statement: the INLOGOV report’s words', async () => {
    const { context, page } = await open(THEME_8);
    await selectText(page, '[data-theme-statement]', 'rejects heroic leadership');
    const copied = (await copyCited(page)).split('\n');
    expect(copied.slice(0, 2)).toEqual(['“rejects heroic leadership”', `— ${INLOGOV}, quoted on this page`]);
    await context.close();
  });

  it('with the editorial insertion "[leadership]": kept in its brackets and marked as the guide’s', async () => {
    const { context, page } = await open(THEME_8);
    await selectText(page, '[data-theme-statement]', 'distributed and collaborative', '[leadership]');
    const copied = (await copyCited(page)).split('\n');
    expect(copied.slice(0, 3)).toEqual([
      '“distributed and collaborative models of [leadership]”',
      `— ${INLOGOV}, quoted on this page`,
      '[leadership]: square brackets mark an editorial insertion by the guide, not words from the source.',
    ]);
    await context.close();
  });

  it('inside Ben Willmott’s quotation: his words, as quoted in the PublicNet news item', async () => {
    const { context, page } = await open('/leadership/');
    await selectText(page, '#willmott-comment ~ blockquote, section:has(#willmott-comment) blockquote', 'a fundamental culture change');
    const copied = (await copyCited(page)).split('\n');
    expect(copied.slice(0, 2)).toEqual([
      '“a fundamental culture change”',
      '— Ben Willmott, head of public policy at the CIPD, as quoted in the PublicNet news item (3 December 2012), quoted on this page',
    ]);
    await context.close();
  });

  it('on /report/: Mark Rogers’s words, and Needham and Mangan’s, each credited to them', async () => {
    const { context, page } = await open('/report/');
    await selectText(page, '.prose blockquote', 'Personally, I like empathy, respect and trust');
    expect((await copyCited(page)).split('\n')[1]).toBe(
      '— Mark Rogers, chief executive of Birmingham City Council, in his preface to the report, as quoted in the announcement post of 3 November 2014, quoted on this page',
    );
    await selectText(page, '.prose blockquote', 'We have been inclusive in our approach');
    expect((await copyCited(page)).split('\n')[1]).toBe(
      '— Catherine Needham and Catherine Mangan, the report’s authors, as quoted in the announcement post of 3 November 2014, quoted on this page',
    );
    await context.close();
  });

  it('a selection across two speakers is declined, saying why, and copies nothing', async () => {
    const { context, page } = await open('/report/');
    await selectText(page, '.prose', 'In the authors’ words:', 'We have been inclusive');
    const copied = await copyCited(page);
    expect(copied).toBe('(nothing copied)');
    expect(await status(page).textContent()).toBe(
      'Not copied: the selection runs across words by more than one speaker (the guide; and Catherine Needham and Catherine Mangan, the report’s authors, as quoted in the announcement post of 3 November 2014). Select words from one of them to copy a quote with its citation.',
    );
    await context.close();
  });

  it('from the keyboard: a selection made with Shift+arrows offers the same buttons next in the tab order', async () => {
    const { context, page } = await open(THEME_8);
    // Keyboard only: Tab to "In brief" in the contents and follow it, so the reading position is that section.
    for (let i = 0; i < 40 && (await page.evaluate(() => document.activeElement?.getAttribute('href'))) !== '#in-brief'; i += 1) await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.waitForURL(/#in-brief$/);
    // Start with the first letter of "The statement sets" selected (headless Chromium has no caret browsing to
    // place a caret from the keyboard), then extend the selection with Shift+ArrowRight.
    await selectText(page, '.prose p', 'The statement sets', 'T');
    for (let i = 1; i < 'The statement'.length; i += 1) await page.keyboard.press('Shift+ArrowRight');
    expect(await page.evaluate(() => getSelection()?.toString())).toBe('The statement');
    // The buttons appear beside the selection (their code loads on the first selection).
    await poll(() => page.getByRole('button', { name: 'Copy quote with citation' }).isVisible()).toBe(true);
    // The section's own heading link comes first; the passage's buttons are the next stops, just after the passage.
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toBe('Link to section: In brief');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy link to this quote');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Copy quote with citation');
    await page.screenshot({ path: `${SCREENSHOTS}/cite-passage-keyboard.png` });
    await page.keyboard.press('Enter');
    await poll(() => status(page).textContent()).toBe('Quote with citation copied');
    expect((await clipboard(page)).split('\n').slice(0, 2)).toEqual(['“The statement”', `— ${GUIDE} (the guide’s own words)`]);
    await context.close();
  });
});

describe('report a problem, with no contact set (this build)', () => {
  it('is not offered at the end of the page nor for a selected passage', async () => {
    const { context, page } = await open(THEME_8);
    expect(await page.getByRole('link', { name: /Report a problem/ }).count()).toBe(0);
    await selectText(page, '.prose p', 'The statement sets two ideas');
    await poll(() => page.getByRole('button', { name: 'Copy quote with citation' }).isVisible()).toBe(true);
    expect(await page.getByRole('link', { name: /Report a problem/ }).count()).toBe(0);
    await context.close();
  });
});
