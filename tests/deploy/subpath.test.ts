/**
 * Hosting under a sub-path: one real build with BASE_PATH=/21cps/ and SITE_URL=https://example.ac.uk
 * (through `npm run build`'s script, into a temporary folder), served under /21cps/. Every link,
 * asset, canonical and preview URL must carry the sub-path, and pages must load in Chromium
 * without a failed request. The build also sets a contact (SITE_CONTACT_URL), so "Report a
 * problem with this page" is checked here (the main build has none).
 */
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import JSZip from 'jszip';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyProject } from '../../scripts/lib/project-copy.ts';
import { createStaticServer } from '../../scripts/serve.mjs';
import { launchBrowser, watchCsp, watchPage } from '../support/browser.ts';
import { checkLinks, filesUnder, pagePath } from '../support/links.ts';
import { contractUrls } from '../support/url-contract.ts';

const run = promisify(execFile);
const BASE = '/21cps/';
const SITE = 'https://example.ac.uk';
const CONTACT = 'mailto:guide@example.ac.uk';
const project = resolve('.');
const copy = mkdtempSync(join(tmpdir(), '21cps-subpath-'));
const out = join(copy, 'site');
let server: ReturnType<typeof createStaticServer>;
let url = '';
let browser: Browser;

beforeAll(async () => {
  // A copy of the project, so this build's caches never touch the main one.
  copyProject(project, copy);
  await run(join(project, 'node_modules/.bin/node'), ['scripts/build.mjs', '--outDir', out], {
    cwd: copy,
    env: { ...process.env, BASE_PATH: BASE, SITE_URL: SITE, SITE_CONTACT_URL: CONTACT },
  });
  server = createStaticServer({ root: out, basePath: BASE });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await launchBrowser();
}, 180_000);
afterAll(async () => {
  await browser?.close();
  server?.closeAllConnections?.();
  if (server) await new Promise((done) => server.close(done));
  rmSync(copy, { recursive: true, force: true });
});

const pages = () => filesUnder(out, /\.html$/);
const html = (path: string) => readFileSync(join(out, path.slice(BASE.length), path.endsWith('/') ? 'index.html' : ''), 'utf8');

describe(`the site built with BASE_PATH=${BASE}`, () => {
  it('builds every contract page under the sub-path', () => {
    for (const path of contractUrls) expect(existsSync(join(out, path, 'index.html')), path).toBe(true);
  });

  it('passes the link checker: every internal link and asset resolves under the sub-path, and the server answers each', async () => {
    const { problems, checked, targets } = checkLinks(out, { basePath: BASE, siteUrl: SITE });
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(500);
    // The server answers each with 200, or (a short link, as the open data gives them) a 301 to a page that does.
    const notAnswered: string[] = [];
    for (const path of targets) {
      let response = await fetch(url + path, { redirect: 'manual' });
      if (response.status === 301) {
        const to = new URL(response.headers.get('location') ?? '', url + path).pathname;
        if (!to.startsWith(BASE)) notAnswered.push(`${path} redirects outside ${BASE}, to ${to}`);
        response = await fetch(url + to, { redirect: 'manual' });
      }
      if (response.status !== 200) notAnswered.push(`${path} answers ${response.status}`);
    }
    expect(notAnswered).toEqual([]);
    expect(targets.length).toBeGreaterThan(pages().length);
  });

  it('gives every page an absolute canonical and preview URL with the sub-path', () => {
    for (const file of pages()) {
      const path = pagePath(out, file, BASE);
      const source = readFileSync(file, 'utf8');
      if (source.includes('http-equiv="refresh"')) continue; // a redirect page's canonical is its target
      const canonical = /<link rel="canonical" href="([^"]+)"/.exec(source)?.[1];
      const ogUrl = /<meta property="og:url" content="([^"]+)"/.exec(source)?.[1];
      const expected = path === `${BASE}404.html` ? `${SITE}${BASE}404.html` : `${SITE}${path}`;
      expect(canonical, path).toBe(expected);
      expect(ogUrl, path).toBe(expected);
    }
  });

  it('writes every absolute URL of the site (sitemap, previews, printed links) with the sub-path', () => {
    const files = filesUnder(out, /\.(html|xml|json|txt|webmanifest|css|js)$/).filter((file) => !file.includes('/pagefind/'));
    const wrong: string[] = [];
    let found = 0;
    for (const file of files) {
      // The embed code's script checks where a message comes from: an origin, which has no path.
      const text = readFileSync(file, 'utf8').replace(/e\.origin===(&quot;|")https:\/\/example\.ac\.uk\1/g, '');
      for (const match of text.matchAll(/https:\/\/example\.ac\.uk[^"'\s<)]*/g)) {
        found++;
        if (!match[0].startsWith(`${SITE}${BASE}`)) wrong.push(`${file.slice(out.length)}: ${match[0]}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(found).toBeGreaterThan(pages().length * 2);
    const sitemap = ['sitemap-index.xml', 'sitemap.xml'].find((name) => existsSync(join(out, name)));
    if (sitemap) expect(readFileSync(join(out, sitemap), 'utf8')).toContain(`<loc>${SITE}${BASE}`);
  });

  it('has no root-relative reference that misses the sub-path, in any attribute or stylesheet', () => {
    const outside: string[] = [];
    for (const file of filesUnder(out, /\.(html|css)$/)) {
      const text = readFileSync(file, 'utf8');
      const refs = [...text.matchAll(/(?:href|src|action|content|srcset|data-[a-z-]+)="(\/[^"]*)"/g), ...text.matchAll(/url\(["']?(\/[^)"']*)/g)].map((m) => m[1] ?? '');
      for (const ref of refs) if (!ref.startsWith(BASE) && !ref.startsWith('//')) outside.push(`${file.slice(out.length)}: ${ref}`);
    }
    expect(outside).toEqual([]);
  });

  it('links the EPUB and the citation files back to the site under the sub-path', async () => {
    const book = await JSZip.loadAsync(readFileSync(join(out, 'downloads/21st-century-public-servant.epub')));
    expect(await book.file('EPUB/theme-4.xhtml')?.async('string')).toContain(`href="${SITE}${BASE}themes/fluid-careers/"`);
    expect(readFileSync(join(out, 'cite/cpsguide-themes-fluid-careers.ris'), 'utf8')).toContain(`UR  - ${SITE}${BASE}themes/fluid-careers/\r\n`);
    expect(html(`${BASE}about/`)).toContain(`href="${BASE}downloads/21st-century-public-servant.epub"`);
  });

  it('writes the host files for the sub-path', () => {
    const headers = readFileSync(join(out, '_headers'), 'utf8');
    const rules = headers.split('\n').filter((line) => line.startsWith('/'));
    expect(rules.every((rule) => rule.startsWith(BASE))).toBe(true);
    expect(rules).toContain(`${BASE}_astro/*`);
    expect(readFileSync(join(out, '_redirects'), 'utf8')).toContain(`${BASE}themes/5/ ${BASE}themes/publicness-and-commerciality/ 301`);
    expect(readFileSync(join(out, '_nginx/site.conf'), 'utf8')).toContain(`error_page 404 ${BASE}404.html;`);
    expect(html(`${BASE}themes/5/`)).toContain(`url=${BASE}themes/publicness-and-commerciality/`);
  });
});

describe('in Chromium, under the sub-path', () => {
  it.each([BASE, `${BASE}themes/fluid-careers/`, `${BASE}leadership/`])('%s loads with every request answered', async (path) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page, url);
    const violations = await watchCsp(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    const response = await page.goto(url + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(await page.locator('h1').count()).toBe(1);
    expect(await page.evaluate(() => getComputedStyle(document.body).fontFamily)).not.toBe('');
    expect(requests.some((p) => p.startsWith(`${BASE}_astro/`) && p.endsWith('.css'))).toBe(true);
    expect(requests.every((p) => p.startsWith(BASE))).toBe(true);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });

  it('shows a link preview, its data fetched from under the sub-path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page, url);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(`${url}${BASE}themes/distributed-leadership/`, { waitUntil: 'load' });
    await page.locator('a[rel="next"]').focus();
    await expect.poll(() => page.locator('#link-preview').evaluate((el) => el.matches(':popover-open')).catch(() => false), { timeout: 10_000 }).toBe(true);
    expect(await page.locator('#link-preview').textContent()).toContain('Theme 9 of 10');
    expect(requests).toContain(`${BASE}data/previews.json`);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });

  it('follows the menu and a short link within the sub-path', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page, url);
    await page.goto(`${url}${BASE}`, { waitUntil: 'networkidle' });
    await Promise.all([page.waitForURL(`${url}${BASE}about/`), page.locator(`header a[href="${BASE}about/"]`).first().click()]);
    // Let the page finish (its icon loads after 'load'), so the next navigation aborts nothing.
    await page.waitForLoadState('networkidle');
    await page.goto(`${url}${BASE}themes/5/`);
    await page.waitForURL(`${url}${BASE}themes/publicness-and-commerciality/`);
    expect(await page.locator('h1').innerText()).toMatch(/commerciality/i);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });

  it('searches under the sub-path (the Pagefind index when the build has one, else the no-JavaScript list)', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page, url);
    const violations = await watchCsp(page);
    await page.goto(`${url}${BASE}search/?q=commerciality`, { waitUntil: 'load' });
    if (existsSync(join(out, 'pagefind', 'pagefind.js'))) {
      // The index itself, through its JavaScript API: results must link under the sub-path.
      // (Passed as a string, so the test runner leaves its import() alone.)
      const first = await page.evaluate<{ url?: string; sub: string }>(`(async () => {
        const pagefind = await import('${BASE}pagefind/pagefind.js');
        const search = await pagefind.search('commerciality');
        const data = await search.results[0]?.data();
        return { url: data?.url, sub: data?.sub_results?.[0]?.url ?? '' };
      })()`);
      expect(first.url).toMatch(new RegExp(`^${BASE}themes/publicness-and-commerciality/`));
      if (first.sub) expect(first.sub.startsWith(BASE)).toBe(true);
      // And the search page's own results, once its script has run.
      await expect.poll(() => page.locator(`#search-results a[href^="${BASE}themes/publicness-and-commerciality/"]`).count(), { timeout: 10_000 }).toBeGreaterThan(0);
      // The dialog, built by the search code: its theme suggestions and full-search link too.
      await page.goto(`${url}${BASE}about/`, { waitUntil: 'load' });
      await page.keyboard.press('/');
      const suggestions = page.locator('dialog.search-dialog [data-search-suggestions] a');
      await expect.poll(() => suggestions.count(), { timeout: 10_000 }).toBe(10);
      const hrefs = await suggestions.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs[0]).toBe(`${BASE}themes/municipal-entrepreneur/`);
      expect(hrefs.every((href) => href?.startsWith(`${BASE}themes/`))).toBe(true);
      expect(await page.locator('dialog.search-dialog a[data-search-full-page]').getAttribute('href')).toBe(`${BASE}search/`);
    } else {
      const links = await page.locator('#browse-themes + ol a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toHaveLength(10);
      expect(links.every((href) => href?.startsWith(`${BASE}themes/`))).toBe(true);
    }
    expect(await violations()).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });
});

describe('report a problem, with SITE_CONTACT_URL set', () => {
  const THEME = `${BASE}themes/distributed-leadership/`;
  const report = (page: import('playwright-core').Page, name: string) => page.getByRole('link', { name });

  it('ends each reading page with a plain link to the contact, prefilled with the page, that works without JavaScript', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    for (const path of [THEME, `${BASE}report/`, `${BASE}leadership/`, `${BASE}about/`]) {
      await page.goto(url + path, { waitUntil: 'load' });
      const link = report(page, 'Report a problem with this page');
      expect(await link.isVisible(), path).toBe(true);
      const href = new URL((await link.getAttribute('href')) ?? '');
      expect(href.protocol + href.pathname).toBe(CONTACT);
      expect(href.searchParams.get('body'), path).toContain(`Page: ${SITE}${path}`);
    }
    await page.goto(url + THEME, { waitUntil: 'load' });
    expect(new URL((await report(page, 'Report a problem with this page').getAttribute('href')) ?? '').searchParams.get('subject')).toBe(
      'Problem with a page: Theme 8: Distributed leadership',
    );
    // Not on pages that are not for reading.
    await page.goto(`${url}${BASE}`, { waitUntil: 'load' });
    expect(await report(page, 'Report a problem with this page').count()).toBe(0);
    await context.close();
  });

  it('offers "Report a problem with this passage" for a selection, from the keyboard too, with the section and the words', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page, url);
    await page.goto(url + THEME, { waitUntil: 'load' });
    await page.evaluate(() => {
      const p = [...document.querySelectorAll('.prose p')].find((el) => el.textContent?.startsWith('The statement sets'));
      const range = document.createRange();
      range.setStart(p?.firstChild as Text, 0);
      range.setEnd(p?.firstChild as Text, 'The statement sets two ideas of leadership against each other.'.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
    });
    const link = report(page, 'Report a problem with this passage');
    await expect.poll(() => link.isVisible(), { timeout: 10_000 }).toBe(true);
    const body = new URL((await link.getAttribute('href')) ?? '').searchParams.get('body') ?? '';
    expect(body).toContain(`Section: ${SITE}${THEME}#in-brief`);
    expect(body).toContain('Selected text: “The statement sets two ideas of leadership against each other.”');
    // In the tab order just after the copy buttons.
    await page.getByRole('button', { name: 'Copy quote with citation' }).focus();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Report a problem with this passage');
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });
});
