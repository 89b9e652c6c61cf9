/**
 * Offline reading, as the issue asks: save the guide, then cut the network two ways (stop the
 * server, and context.setOffline: Chromium does not cut a service worker's own fetches with
 * setOffline alone), open three pages and search; then serve a copy of dist/ with one page
 * changed and a regenerated service worker, go online, and see the new text.
 *
 * Search is run through Pagefind's own JS API (import of pagefind/pagefind.js), not through the
 * search box, so the test holds whatever interface the search issue builds on top.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/serve.mjs';
import { writeServiceWorker } from '../../src/integrations/offline/service-worker.ts';
import { launchBrowser } from '../support/browser.ts';

const work = mkdtempSync(join(tmpdir(), 'offline-'));
const first = join(work, 'first');
const second = join(work, 'second');
let browser: Browser;
let context: BrowserContext;
let page: Page;
let port = 0;
let server: Server | undefined;

async function serve(root: string): Promise<void> {
  server = createStaticServer({ root, basePath: '/' }) as Server;
  await new Promise<void>((resolve) => server!.listen(port, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
}
async function stop(): Promise<void> {
  server?.closeAllConnections?.();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
}
const url = (path: string) => `http://127.0.0.1:${port}${path}`;
const mainText = () => page.locator('main').innerText();

beforeAll(async () => {
  cpSync('dist', first, { recursive: true });
  browser = await launchBrowser();
  context = await browser.newContext();
  page = await context.newPage();
  await serve(first);
}, 120_000);
afterAll(async () => {
  await stop();
  await browser?.close();
  rmSync(work, { recursive: true, force: true });
});

describe('saving the guide for offline reading', () => {
  it('registers nothing until the reader asks', async () => {
    await page.goto(url('/about/'));
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(0);
    await expect.poll(() => page.locator('[data-offline-size]').innerText()).toMatch(/^\d+(\.\d)? (MB|KB)$/);
  });

  it('saves the guide when the reader presses the button, and says so', async () => {
    await page.getByRole('button', { name: 'Save this guide for offline reading' }).click();
    await expect.poll(() => page.locator('[data-save-offline-status]').innerText(), { timeout: 60_000 }).toMatch(/^Saved\./);
    expect(await page.evaluate(() => navigator.serviceWorker.getRegistrations().then((r) => r.length))).toBe(1);
  });

  it('opens three pages and searches with no server and no network', async () => {
    await stop();
    await context.setOffline(true);
    for (const [path, words] of [
      ['/themes/fluid-careers/', 'Fluid careers'],
      ['/leadership/', 'Chief executives’ priority'],
      ['/report/full/', 'The whole guide on one page'],
    ] as const) {
      const response = await page.goto(url(path));
      expect(response?.ok(), path).toBe(true);
      expect(await mainText(), path).toContain(words);
      // The page's own stylesheet came too: the body has the site's layout, not the browser's.
      expect(await page.evaluate(() => getComputedStyle(document.body).display), path).toBe('flex');
    }
    // A string, so the test runner does not rewrite the import() for Node.
    const found = (await page.evaluate(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      await pagefind.options({ baseUrl: '/' });
      const search = await pagefind.search('commerciality');
      return Promise.all(search.results.slice(0, 3).map((result) => result.data().then((d) => d.url)));
    })()`)) as string[];
    expect(found).toContain('/themes/publicness-and-commerciality/');
  });

  it('shows a changed page from a new build once the network is back', async () => {
    cpSync(first, second, { recursive: true });
    const about = join(second, 'about/index.html');
    writeFileSync(about, readFileSync(about, 'utf8').replace('>What this guide is<', '>What this changed guide is<'));
    await writeServiceWorker(second, '/');
    await serve(second);
    await context.setOffline(false);
    await page.goto(url('/about/'));
    expect(await mainText()).toContain('What this changed guide is');
  });
});
