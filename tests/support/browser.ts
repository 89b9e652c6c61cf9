/** Launches Debian's Chromium through playwright-core and records what a page did wrong. */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';

export const baseUrl = () => inject('baseUrl');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  otherOrigins: string[];
}

/** Watches a page for console errors, failed requests and requests to another origin (than the site's). */
export function watchPage(page: Page, origin: string = new URL(baseUrl()).origin): PageProblems {
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], otherOrigins: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  // A request the page itself cancelled (Pagefind drops fragments of a superseded query) is not a failure.
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.failedRequests.push(request.url());
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.otherOrigins.push(url);
  });
  return problems;
}

/**
 * Records Content-Security-Policy violations as the page reports them (the
 * `securitypolicyviolation` event, from the first moment of every document). Call before goto().
 */
export async function watchCsp(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __cspViolations: string[] }).__cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'} (${event.sourceFile}:${event.lineNumber})`);
    });
  });
  return () => page.evaluate(() => (window as unknown as { __cspViolations?: string[] }).__cspViolations ?? []);
}

/** The Content-Security-Policy a page's <meta> declares. */
export function metaCsp(page: Page): Promise<string | null> {
  return page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
}

export interface OpenOptions {
  width?: number;
  scheme?: 'light' | 'dark';
  javaScript?: boolean;
}

/** Opens a path of the served site in a fresh context (viewport, colour scheme, JavaScript on or off), watching for problems. */
export async function openPage(browser: Browser, path: string, options: OpenOptions = {}) {
  const context: BrowserContext = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    colorScheme: options.scheme ?? 'light',
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const problems = watchPage(page);
  const response = await page.goto(baseUrl() + path, { waitUntil: 'load' });
  return { context, page, problems, response };
}

/** The screens every page is checked on: phone and desk widths, in both colour schemes. */
export const VIEWS = [
  [1280, 'light'],
  [1280, 'dark'],
  [375, 'light'],
  [375, 'dark'],
] as const;
