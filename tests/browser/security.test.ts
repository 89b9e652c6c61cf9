/**
 * Content-Security-Policy and privacy in a real browser: every page runs under its policy with no
 * violation and no console error, search included; no cookie is set and no other site is contacted.
 */
import { existsSync } from 'node:fs';
import type { Browser, BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { baseUrl, launchBrowser, metaCsp, watchCsp, watchPage } from '../support/browser.ts';
import { contractUrls } from '../support/url-contract.ts';

let browser: Browser;
let context: BrowserContext;
const setCookieHeaders: string[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
  // One context for the whole visit, as one reader moving from page to page.
  context = await browser.newContext();
  context.on('response', (response) => {
    response.headerValue('set-cookie').then(
      (cookie) => cookie && setCookieHeaders.push(`${response.url()}: ${cookie}`),
      () => {}, // the page closed first; context.cookies() below still sees any cookie it set
    );
  });
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
});

const parse = (policy: string) =>
  new Map(policy.split(';').map((part) => part.trim().split(/\s+/)).filter((p) => p[0]).map(([name, ...sources]) => [name!, sources]));

describe('the Content-Security-Policy', () => {
  it.concurrent.for(contractUrls)('%s runs under its policy with no violation and no console error', async (path, { expect }) => {
    const page = await context.newPage();
    const problems = watchPage(page);
    const violations = await watchCsp(page);
    const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    const csp = parse((await metaCsp(page)) ?? '');
    expect(csp.get('script-src')).toEqual(expect.arrayContaining(["'self'", "'wasm-unsafe-eval'"]));
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
    expect(csp.get('worker-src')).toEqual(["'self'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    // Browsers ignore frame-ancestors in <meta>: it belongs in the header files only.
    expect(csp.has('frame-ancestors')).toBe(false);
    expect(await page.locator('[style], [onclick], [onload], [onerror]').count()).toBe(0);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await page.close();
  });

  it('lets search run (WebAssembly in a worker) with no violation', async () => {
    const page = await context.newPage();
    const problems = watchPage(page);
    const violations = await watchCsp(page);
    await page.goto(`${baseUrl()}/search/?q=commerciality`, { waitUntil: 'load' });
    const csp = parse((await metaCsp(page)) ?? '');
    expect(csp.get('script-src')).toContain("'wasm-unsafe-eval'");
    expect(csp.get('worker-src')).toContain("'self'");
    if (existsSync('dist/pagefind/pagefind.js')) {
      // Pagefind's own API, exactly as the search page uses it: loads its WebAssembly and worker.
      // (Passed as a string, so the test runner leaves its import() alone.)
      const found = await page.evaluate<string | undefined>(`(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        const search = await pagefind.search('commerciality');
        return (await search.results[0]?.data())?.url;
      })()`);
      expect(found).toMatch(/^\/themes\/publicness-and-commerciality\//);
      // The search page's own results.
      await expect.poll(() => page.locator('#search-results a[href^="/themes/publicness-and-commerciality/"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      const input = page.locator('main input[type="search"]').first();
      if (await input.count()) {
        await input.fill('permaausterity');
        await expect.poll(() => page.locator('#search-results a[href^="/themes/permaausterity/"]').count(), { timeout: 10_000 }).toBeGreaterThan(0);
      }
    } else {
      // No search index in this build: the page says so and lists everything to browse.
      expect(await page.locator('[data-search-needs-js]').isVisible()).toBe(true);
    }
    expect(await violations()).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await page.close();
  });

  it('would report a violation if one happened (the watch works)', async () => {
    const page = await context.newPage();
    const problems = watchPage(page);
    const violations = await watchCsp(page);
    await page.goto(`${baseUrl()}/about/`, { waitUntil: 'load' });
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injected = true;';
      document.body.append(script);
    });
    // Blocked by both policies the page runs under, the header's (from _headers, as the host sends it) and the <meta>.
    const blocked = expect.stringMatching(/^script-src(-elem)? blocked inline/);
    await expect.poll(violations).toEqual([blocked, blocked]);
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    expect(problems.consoleErrors.join('\n')).toMatch(/Content Security Policy/);
    await page.close();
  });
});

describe('privacy', () => {
  it('after visiting every page, no cookie was set and no other site was contacted', async () => {
    const otherOrigins: string[] = [];
    await Promise.all(
      contractUrls.map(async (path) => {
        const page = await context.newPage();
        const problems = watchPage(page);
        await page.goto(baseUrl() + path, { waitUntil: 'load' });
        expect(await page.evaluate(() => document.cookie), path).toBe('');
        otherOrigins.push(...problems.otherOrigins);
        await page.close();
      }),
    );
    expect(await context.cookies()).toEqual([]);
    expect(setCookieHeaders).toEqual([]);
    expect(otherOrigins).toEqual([]);
    const storage = await context.storageState();
    expect(storage.origins.flatMap((origin) => origin.localStorage)).toEqual([]);
  });
  it('the about page and the accessibility statement say so', async () => {
    const page = await context.newPage();
    for (const path of ['/about/', '/accessibility/']) {
      await page.goto(baseUrl() + path);
      expect(await page.locator('main').innerText(), path).toMatch(/no cookies.*no analytics.*no requests to other (web)?sites/is);
    }
    await page.close();
  });
});
