/** Made to be linked, in a real browser: copy link, copy citation, quote links, text fragments, embed cards. */
import { mkdirSync } from 'node:fs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { axeViolations, baseUrl, cssRgb, launchBrowser, watchPage } from '../support/browser.ts';
import { contractEmbeds } from '../support/url-contract.ts';
import { palette } from '../../src/styles/tokens.ts';

/** The focus colour as bytes, for counting highlighted pixels. */
const FOCUS = [1, 3, 5].map((i) => parseInt(palette.light.focus.slice(i, i + 2), 16)) as [number, number, number];

const SCREENSHOTS = 'test-results/screenshots';
const THEME = '/themes/publicness-and-commerciality/';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
  mkdirSync(SCREENSHOTS, { recursive: true });
});
afterAll(async () => browser?.close());

async function open(path: string, options: { scheme?: 'light' | 'dark'; javaScript?: boolean; width?: number } = {}) {
  const context: BrowserContext = await browser.newContext({
    reducedMotion: 'reduce',
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.scheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
    permissions: ['clipboard-read', 'clipboard-write'],
  });
  const page = await context.newPage();
  const problems = watchPage(page);
  await page.goto(baseUrl() + path, { waitUntil: 'load' });
  return { context, page, problems };
}

/** How many pixels of an element are in the ::target-text highlight colour (the focus colour in tokens.ts). */
async function highlightedPixels(page: Page, selector: string, hasText: string): Promise<number> {
  const element = page.locator(selector, { hasText });
  await expect.poll(() => element.evaluate((el) => el.getBoundingClientRect().top)).toBeLessThan(900);
  const box = await element.boundingBox();
  if (!box) throw new Error(`${selector} "${hasText}" is not on screen`);
  const shot = await page.screenshot({ clip: { x: box.x, y: Math.max(0, box.y), width: box.width, height: box.height } });
  const { data, info } = await sharp(shot).raw().toBuffer({ resolveWithObject: true });
  let highlighted = 0;
  for (let i = 0; i < data.length; i += info.channels) if (data[i] === FOCUS[0] && data[i + 1] === FOCUS[1] && data[i + 2] === FOCUS[2]) highlighted += 1;
  return highlighted;
}

const clipboard = (page: Page) => page.evaluate(() => navigator.clipboard.readText());
const status = (page: Page) => page.locator('#status-message');

describe('copy link on a heading', () => {
  it('puts the section’s permanent URL on the clipboard and says "Link copied"', async () => {
    const { context, page, problems } = await open(THEME);
    await page.locator('a.heading-link[href="#connections"]').click();
    await expect.poll(() => clipboard(page)).toBe(`${absoluteUrl(THEME)}#connections`);
    await expect.poll(() => status(page).textContent()).toBe('Link copied');
    expect(new URL(page.url()).hash).toBe('#connections');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });
  it('works from the keyboard, and the link is named after its section', async () => {
    const { context, page } = await open('/leadership/');
    const link = page.getByRole('link', { name: 'Link to section: Chief executives’ priority: involving staff in new values', exact: true });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => clipboard(page)).toBe(`${absoluteUrl('/leadership/')}#staff-shape-values`);
    await expect.poll(() => status(page).textContent()).toBe('Link copied');
    await context.close();
  });
  it('without JavaScript is a plain link to the section, and copy buttons stay hidden', async () => {
    const { context, page } = await open(THEME, { javaScript: false });
    await page.locator('a.heading-link[href="#questions"]').click();
    expect(new URL(page.url()).hash).toBe('#questions');
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
    await context.close();
  });
});

describe('on paper', () => {
  it('one citation line prints, but not the "Cite and share" block, heading links or copy buttons', async () => {
    const { context, page } = await open(`${THEME}#cite`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('a.heading-link').first().isVisible()).toBe(false);
    expect(await page.locator('button[data-copy]').first().isVisible()).toBe(false);
    expect(await page.locator('#cite-report-apa').isVisible()).toBe(false);
    expect(await page.locator('[data-print-citation]').innerText()).toContain(absoluteUrl(THEME));
    await context.close();
  });
});

describe('copy buttons in "Cite and share"', () => {
  it('copy the citation as shown and say so', async () => {
    const { context, page } = await open(`${THEME}#cite`);
    const button = page.getByRole('button', { name: 'Copy the APA 7 citation of the report' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => clipboard(page)).toBe('Needham, C., & Mangan, C. (2014). The 21st century public servant. University of Birmingham.');
    await expect.poll(() => status(page).textContent()).toBe('Citation copied');
    await page.getByLabel('BibTeX').check();
    await page.getByRole('button', { name: 'Copy the BibTeX entry of this page' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^@misc\{cpsguide-themes-publicness-and-commerciality,\n/);
    await page.getByRole('button', { name: 'Copy the embed code' }).click();
    await expect.poll(() => clipboard(page)).toMatch(/^<iframe src="[^"]+\/embed\/themes\/publicness-and-commerciality\/"/);
    await context.close();
  });
});

describe('quote links', () => {
  it('selecting a passage offers "Copy link to this quote", which copies a text-fragment link', async () => {
    const { context, page, problems } = await open(THEME);
    await page.evaluate(() => {
      const paragraph = [...document.querySelectorAll('#in-brief ~ p, .heading-link-wrap:has(#in-brief) ~ p')].find((p) => p.textContent?.startsWith('The key word'));
      const text = paragraph?.firstChild as Text;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 'The key word is “combines”.'.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const button = page.getByRole('button', { name: 'Copy link to this quote' });
    await expect.poll(() => button.isVisible()).toBe(true);
    await button.click();
    await expect.poll(() => clipboard(page)).toBe(`${absoluteUrl(THEME)}#in-brief:~:text=The%20key%20word%20is%20%E2%80%9Ccombines%E2%80%9D.`);
    await expect.poll(() => status(page).textContent()).toBe('Link to quote copied');
    expect(await button.isVisible()).toBe(false);
    expect(problems.consoleErrors).toEqual([]);
    // Following the copied link (on this test server) highlights the quoted passage.
    const copied = await clipboard(page);
    await page.goto('about:blank');
    await page.goto(copied.replace(absoluteUrl('/'), `${baseUrl()}/`));
    expect(await highlightedPixels(page, 'p', 'The key word is')).toBeGreaterThan(1000);
    await context.close();
  });
  it('a text-fragment link opens the page with the passage highlighted', async () => {
    const passage = 'pressure on money is one reason an understanding of commerciality may matter more';
    const { context, page } = await open(`${THEME}#:~:text=${encodeURIComponent(passage)}`);
    const highlighted = await highlightedPixels(page, 'li', passage);
    await page.screenshot({ path: `${SCREENSHOTS}/text-fragment.png` });
    expect(await page.evaluate(() => scrollY), 'the page scrolled to the passage').toBeGreaterThan(300);
    expect(highlighted, 'pixels in the ::target-text colour').toBeGreaterThan(2000);
    await context.close();
  });
});

describe('embeddable theme cards', () => {
  it.each(['light', 'dark'] as const)('the embed code from a theme page shows the card inside an <iframe> on another page (%s scheme)', async (scheme) => {
    const { context, page } = await open(THEME, { scheme });
    const code = (await page.locator('#embed-code').textContent()) ?? '';
    const snippet = code.replace(absoluteUrl('/'), `${baseUrl()}/`);
    await page.setContent(`<!doctype html><html lang="en"><title>A blog</title><body style="margin:2rem"><h1>A blog post</h1><p>As the guide puts it:</p>${snippet}</body></html>`);
    const frame = page.frameLocator('iframe');
    await expect.poll(() => frame.locator('h1').textContent()).toBe('Publicness and commerciality');
    expect(await frame.locator('blockquote').textContent()).toContain('combines an ethos of publicness');
    const link = frame.getByRole('link', { name: /Read about this theme/ });
    expect(await link.getAttribute('target')).toBe('_top');
    // Light whatever the reader's scheme: the card follows the (light) blog, and the page behind it is transparent.
    const background = await frame.locator('main').evaluate((main) => getComputedStyle(main).backgroundColor);
    expect(background).toBe(cssRgb(palette.light.page));
    expect(await frame.locator('body').evaluate((body) => getComputedStyle(body).backgroundColor)).toBe('rgba(0, 0, 0, 0)');
    await page.screenshot({ path: `${SCREENSHOTS}/embed-${scheme}.png` });
    await context.close();
  });
  it.each([320, 560])('every card fits its 300 px frame without scrolling at %i px wide', async (width) => {
    const context = await browser.newContext({ viewport: { width, height: 300 } });
    const page = await context.newPage();
    for (const url of contractEmbeds) {
      await page.goto(baseUrl() + url);
      const overflow = await page.evaluate(() => ({
        down: document.documentElement.scrollHeight - innerHeight,
        across: document.documentElement.scrollWidth - innerWidth,
        main: (() => {
          const main = document.querySelector('main') as HTMLElement;
          return main.scrollHeight - main.clientHeight;
        })(),
      }));
      expect(overflow, url).toEqual({ down: 0, across: 0, main: 0 });
    }
    await context.close();
  });
  it.each(['light', 'dark'] as const)('a card passes axe (%s scheme)', async (scheme) => {
    const { context, page, problems } = await open(contractEmbeds[7] ?? '', { scheme, width: 560 });
    expect(await axeViolations(page)).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });
});
