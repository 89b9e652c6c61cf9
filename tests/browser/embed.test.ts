/**
 * The embed code as a blogger uses it: pasted into a plain light page of another site. Every
 * theme's card shows whole, in a frame as tall as the card (no empty band under it, no scrollbar),
 * on a phone and on a desk; without the code's script (oEmbed, sites that strip scripts) the frame
 * still holds the card at its full width.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { absoluteUrl, routes } from '../../src/lib/urls.ts';
import { baseUrl, useBrowser } from '../support/browser.ts';
import { contractUrls } from '../support/url-contract.ts';

/**
 * Another site: a server of the test's own on another port, so the card is framed across origins
 * as on a real blog (a loopback one: Chromium keeps public pages from framing loopback addresses).
 */
const blogPages = new Map<string, string>();
const blog = createServer((request, response) => {
  response.setHeader('Content-Type', 'text/html; charset=utf-8');
  response.end(blogPages.get(request.url ?? '') ?? '');
});
/** The most a frame may be taller than its card: rounding up to whole pixels. */
const BAND = 2;

const themeUrls = contractUrls.filter((url) => /^\/themes\/[^/]+\/$/.test(url));

const chromium = useBrowser();
const { open } = chromium;
let blogOrigin: string;
const contexts = new Map<number, Promise<BrowserContext>>();
beforeAll(async () => {
  await new Promise<void>((listening) => blog.listen(0, '127.0.0.1', listening));
  blogOrigin = `http://127.0.0.1:${(blog.address() as AddressInfo).port}`;
});
afterAll(() => blog.close());

/** The embed code a reader copies from the theme page, pointing at the served build (the build's own address is the site's). */
async function embedCode(url: string): Promise<string> {
  const { page, release } = await open(url);
  const code = (await page.locator('#embed-code').textContent()) ?? '';
  await release();
  expect(code).toMatch(/^<iframe /);
  return code.replaceAll(new URL(absoluteUrl(routes.home)).origin, new URL(baseUrl()).origin);
}

/** A page of the blog with the code pasted between two paragraphs. */
async function blogPage(width: number, code: string): Promise<Page> {
  let context = contexts.get(width);
  if (!context) {
    context = chromium.browser.newContext({ viewport: { width, height: 900 }, colorScheme: 'light' });
    contexts.set(width, context);
  }
  const path = `/post-${blogPages.size}/`;
  blogPages.set(path, `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><title>A blog</title></head><body style="background:#fff;color:#222"><p>Before the card.</p>${code}<p>After the card.</p></body></html>`);
  const page = await (await context).newPage();
  await page.goto(blogOrigin + path);
  return page;
}

/** How the card sits in its frame: the space under it, where it starts, and whether the frame scrolls. */
async function fit(page: Page): Promise<{ band: number; top: number; scrolls: boolean } | undefined> {
  const frame = await page.locator('iframe').boundingBox();
  const card = page.frames().find((candidate) => candidate !== page.mainFrame());
  if (!frame || !card) return undefined;
  const inside = await card
    .evaluate(() => {
      const main = document.querySelector('main')?.getBoundingClientRect();
      const root = document.documentElement;
      return main && { top: main.top, bottom: main.bottom, scrolls: root.scrollHeight > root.clientHeight || root.scrollWidth > root.clientWidth };
    })
    .catch(() => undefined);
  return inside && { band: frame.height - inside.bottom, top: inside.top, scrolls: inside.scrolls };
}

describe.each([375, 1280])('the embed code on a light blog page %i px wide', (width) => {
  it.concurrent.for(themeUrls)('%s: the whole card, in a frame as tall as the card, without a scrollbar', async (url, { expect }) => {
    const page = await blogPage(width, await embedCode(url));
    // The card reports its height once it has laid out; a busy machine can take a moment.
    await expect.poll(async () => Math.abs((await fit(page))?.band ?? Infinity), { timeout: 10_000 }).toBeLessThanOrEqual(BAND);
    const settled = await fit(page);
    expect(settled?.band).toBeGreaterThanOrEqual(0);
    expect(settled).toMatchObject({ top: 0, scrolls: false });
    const frameWidth = (await page.locator('iframe').boundingBox())?.width ?? 0;
    expect(frameWidth).toBeLessThanOrEqual(width);
    await page.close();
  });
});

describe('without its script (oEmbed, or a site that strips scripts)', () => {
  it.concurrent.for(themeUrls)('%s: the frame alone holds the whole card at its full width, at most a line taller', async (url, { expect }) => {
    const frameOnly = (await embedCode(url)).replace(/<script>.*<\/script>$/, '');
    expect(frameOnly).toMatch(/<\/iframe>$/);
    const page = await blogPage(1280, frameOnly);
    await expect.poll(async () => (await fit(page))?.scrolls, { timeout: 10_000 }).toBe(false);
    const settled = await fit(page);
    expect(settled?.band).toBeGreaterThanOrEqual(0);
    expect(settled?.band).toBeLessThanOrEqual(27);
    await page.close();
  });
});
