/** Launches Debian's Chromium through playwright-core, opens pages of the served site and records what a page did wrong. */
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page, type Response } from 'playwright-core';
import { afterAll, beforeAll, inject } from 'vitest';
import { CHROMIUM_ARGS } from '../../scripts/lib/chromium.ts';

export const baseUrl = () => inject('baseUrl');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

/**
 * One Chromium for a test file: launched before its tests, closed after them. `open` opens a page
 * of the served site in a context shared by the file's tests (pageOpener); `browser` is the browser
 * itself, for a context of a test's own.
 */
export function useBrowser(): { readonly browser: Browser; open: OpenPage } {
  let browser: Browser | undefined;
  let open: OpenPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
    open = pageOpener(browser);
  });
  afterAll(async () => browser?.close());
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('useBrowser(): the browser starts in beforeAll; use it inside a test');
    return value;
  };
  return {
    get browser() {
      return started(browser);
    },
    open: (path, options) => started(open)(path, options),
  };
}

/** A #rrggbb colour token as the browser reports a computed colour: "rgb(r, g, b)". */
export const cssRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;

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

export interface OpenedPage {
  page: Page;
  problems: PageProblems;
  /** Every URL the page requested, without the site's origin ("/pagefind/pagefind.js"). */
  requests: string[];
  response: Response | null;
  /** Closes the page (its context stays open for the next one). */
  close: () => Promise<void>;
  /**
   * Hands the page back for the next path opened in the same view, instead of closing it: a
   * navigation in the same tab costs the browser about a third of a new page. Only for a page
   * the test read without changing it (no input, media, routes, init scripts or history).
   */
  release: () => Promise<void>;
}

/**
 * Opens paths of the served site in one browser: one context per view (width, colour scheme,
 * JavaScript on or off), made on first use and kept, so later pages come from its cache. The
 * site keeps no state in the browser (no cookies, no storage), so pages cannot affect each
 * other; each path gets a new document, watched for problems on its own: in a new page, or in
 * one a test released whose address differs from the path's by more than its fragment (a
 * fragment alone would move within the old document, not load the page).
 */
/** Opens a page of the served site: see pageOpener. */
export type OpenPage = (path: string, options?: OpenOptions) => Promise<OpenedPage>;

export function pageOpener(browser: Browser): OpenPage {
  const contexts = new Map<string, Promise<BrowserContext>>();
  const released = new Map<string, Page[]>();
  const withoutFragment = (url: string) => url.split('#')[0];
  return async function open(path: string, options: OpenOptions = {}): Promise<OpenedPage> {
    const { width = 1280, scheme = 'light', javaScript = true } = options;
    const key = `${width}/${scheme}/${javaScript}`;
    let context = contexts.get(key);
    if (!context) {
      context = browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, javaScriptEnabled: javaScript });
      contexts.set(key, context);
    }
    const url = baseUrl() + path;
    let idle = released.get(key);
    if (!idle) released.set(key, (idle = []));
    const reusable = idle.findIndex((candidate) => withoutFragment(candidate.url()) !== withoutFragment(url));
    const page = reusable >= 0 ? idle.splice(reusable, 1)[0]! : await (await context).newPage();
    const problems = watchPage(page);
    const requests: string[] = [];
    page.on('request', (request) => requests.push(request.url().replace(baseUrl(), '')));
    const response = await page.goto(url, { waitUntil: 'load' });
    const release = async () => {
      page.removeAllListeners();
      idle.push(page);
    };
    return { page, problems, requests, response, close: () => page.close(), release };
  };
}

/**
 * WCAG 2.2 A and AA violations axe finds on the page, as "rule: targets" lines. In the builder's
 * legacy mode axe runs in the page itself (same-origin frames included; the site has no other
 * origin) instead of finishing in a new blank page with axe injected again: same findings,
 * 0.5 s less a run (21 pages: 22 -> 11 s). Only violations are gathered in full (a pass needs
 * no selector for every node it passed).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  // options() replaces every option set before it: so it comes before withTags.
  const axe = await new AxeBuilder({ page }).options({ resultTypes: ['violations'] }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).setLegacyMode().analyze();
  return axe.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

/**
 * The screens every page is checked on: phone and desk widths, in both colour schemes. The
 * layout checks run at every view; axe, seconds a run, runs once per page and scheme, at
 * AXE_WIDTH: the phone layout, where targets and text are most crowded.
 */
export const VIEWS = [
  [1280, 'light'],
  [1280, 'dark'],
  [375, 'light'],
  [375, 'dark'],
] as const;
export const AXE_WIDTH = 375;
