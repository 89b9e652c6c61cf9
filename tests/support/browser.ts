/** Launches Debian's Chromium through playwright-core and records what a page did wrong. */
import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS } from './chromium.ts';

export const baseUrl = () => inject('baseUrl');

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: inject('chromiumPath'), args: CHROMIUM_ARGS });
}

export interface PageProblems {
  consoleErrors: string[];
  failedRequests: string[];
  otherOrigins: string[];
}

/** Watches a page for console errors, failed requests and requests to another origin. */
export function watchPage(page: Page): PageProblems {
  const origin = new URL(baseUrl()).origin;
  const problems: PageProblems = { consoleErrors: [], failedRequests: [], otherOrigins: [] };
  page.on('console', (message) => {
    if (message.type() === 'error') problems.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => problems.consoleErrors.push(error.message));
  page.on('requestfailed', (request) => problems.failedRequests.push(request.url()));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.failedRequests.push(`${response.status()} ${response.url()}`);
  });
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== origin) problems.otherOrigins.push(url);
  });
  return problems;
}
