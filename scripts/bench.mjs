#!/usr/bin/env node
/**
 * `npm run bench`: what a reader downloads, measured in Debian's Chromium against the built site
 * served by scripts/serve.mjs (no compression, so bytes are the uncompressed response sizes),
 * plus sizes on disk and Lighthouse (mobile) on four pages. The pages come from the page registry
 * (src/lib/pages.ts). Reports; asserts nothing.
 * Writes bench-results/bench.json and prints tables.
 *
 *   npm run bench [-- --lighthouse-only --runs 3 --page /search/ --page '/search/?q=commerciality']
 * `--page` (repeatable) picks the Lighthouse pages, `--runs` takes the median of that many runs
 * of each (and prints every run's LCP element and the elements that shifted).
 */
import { mkdirSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { join, extname } from 'node:path';
import { chromium } from 'playwright-core';
import { createStaticServer } from './serve.mjs';
import { benchPages } from '../src/lib/pages.ts';
import { routes } from '../src/lib/urls.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
/** One theme page stands for all ten. */
const SAMPLE_THEME = 'publicness-and-commerciality';
const PAGES = benchPages(SAMPLE_THEME);
const argv = process.argv.slice(2);
const chosenPages = argv.flatMap((arg, i) => (argv[i - 1] === '--page' ? [arg] : []));
const LIGHTHOUSE_PAGES = chosenPages.length ? chosenPages : [routes.home, routes.theme(SAMPLE_THEME), routes.leadership, routes.search];
const RUNS = Number(argv[argv.indexOf('--runs') + 1]) || 1;
const median = (values) => [...values].sort((a, b) => a - b)[Math.floor((values.length - 1) / 2)];
const kb = (bytes) => (bytes / 1024).toFixed(1);

if (!existsSync('dist/index.html')) {
  console.error('No built site in dist/: run "npm run build" first.');
  process.exit(1);
}

function walk(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

function diskSizes() {
  const files = walk('dist');
  const sum = (filter) => files.filter(filter).reduce((total, f) => total + statSync(f).size, 0);
  return {
    html: sum((f) => f.endsWith('.html')),
    css: sum((f) => f.endsWith('.css')),
    js: sum((f) => f.endsWith('.js') && !f.startsWith('dist/pagefind')),
    previewImages: sum((f) => extname(f) === '.png'),
    searchIndex: sum((f) => f.startsWith('dist/pagefind')),
    all: sum(() => true),
    files: files.length,
  };
}

async function measurePages(browser, origin) {
  const rows = [];
  for (const path of PAGES) {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 } });
    const page = await context.newPage();
    const client = await context.newCDPSession(page);
    await client.send('Network.enable');
    const byRequest = new Map();
    client.on('Network.responseReceived', ({ requestId, type, response }) => byRequest.set(requestId, { type, url: response.url, bytes: 0 }));
    client.on('Network.dataReceived', ({ requestId, dataLength }) => {
      const entry = byRequest.get(requestId);
      if (entry) entry.bytes += dataLength;
    });
    await page.goto(origin + path, { waitUntil: 'networkidle' });
    const layoutShift = await page.evaluate(
      () =>
        new Promise((resolve) => {
          let total = 0;
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries()) if (!entry.hadRecentInput) total += entry.value;
          }).observe({ type: 'layout-shift', buffered: true });
          setTimeout(() => resolve(total), 300);
        }),
    );
    const byType = { document: 0, css: 0, js: 0, images: 0, fonts: 0, other: 0 };
    const key = { Document: 'document', Stylesheet: 'css', Script: 'js', Image: 'images', Font: 'fonts' };
    for (const { type, bytes } of byRequest.values()) byType[key[type] ?? 'other'] += bytes;
    const total = Object.values(byType).reduce((a, b) => a + b, 0);
    rows.push({ path, requests: byRequest.size, ...byType, total, layoutShift });
    await context.close();
  }
  return rows;
}

async function lighthouseScores(origin) {
  const { default: lighthouse } = await import('lighthouse');
  const chromeLauncher = await import('chrome-launcher');
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM, chromeFlags: ['--headless=new', ...ARGS] });
  const rows = [];
  try {
    for (const path of LIGHTHOUSE_PAGES) {
      const runs = [];
      for (let run = 0; run < RUNS; run++) {
        const result = await lighthouse(origin + path, { port: chrome.port, output: 'json', logLevel: 'error', formFactor: 'mobile' });
        const { categories, audits } = result.lhr;
        const lcpElement = audits['lcp-breakdown-insight']?.details?.items?.find((item) => item.type === 'node');
        const shifted = (audits['layout-shifts']?.details?.items ?? []).map((item) => `${item.node?.selector ?? '?'} (${item.score.toFixed(4)})`);
        if (RUNS > 1) console.log(`${path} run ${run + 1}: LCP ${Math.round(audits['largest-contentful-paint'].numericValue)} ms on ${lcpElement?.selector ?? '?'}; CLS ${audits['cumulative-layout-shift'].numericValue.toFixed(4)}${shifted.length ? ` from ${shifted.join(', ')}` : ''}`);
        runs.push({
          performance: Math.round(categories.performance.score * 100),
          accessibility: Math.round(categories.accessibility.score * 100),
          bestPractices: Math.round(categories['best-practices'].score * 100),
          seo: Math.round(categories.seo.score * 100),
          lcpMs: Math.round(audits['largest-contentful-paint'].numericValue),
          cls: audits['cumulative-layout-shift'].numericValue,
          lcpElement: lcpElement?.selector,
          failing: Object.values(audits).filter((a) => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map((a) => a.id),
        });
      }
      const pick = (key) => median(runs.map((r) => r[key]));
      rows.push({ path, runs: RUNS, performance: pick('performance'), accessibility: pick('accessibility'), bestPractices: pick('bestPractices'), seo: pick('seo'), lcpMs: pick('lcpMs'), cls: pick('cls'), failing: [...new Set(runs.flatMap((r) => r.failing))] });
    }
  } finally {
    await chrome.kill();
  }
  return rows;
}

const server = createStaticServer({ root: 'dist', basePath: '/' });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
try {
  const disk = diskSizes();
  const lighthouseOnly = argv.includes('--lighthouse-only');
  const pages = lighthouseOnly ? [] : await measurePages(browser, origin);
  if (!lighthouseOnly) {
    console.log('\nBytes per page view in Chromium at 375 px (uncompressed, KB):');
    console.table(pages.map((r) => ({ page: r.path, requests: r.requests, document: kb(r.document), css: kb(r.css), js: kb(r.js), images: kb(r.images), fonts: kb(r.fonts), total: kb(r.total), CLS: r.layoutShift })));
    console.log('\nOn disk (KB):');
    console.table(Object.fromEntries(Object.entries(disk).map(([k, v]) => [k, k === 'files' ? v : kb(v)])));
  }
  const lighthouse = argv.includes('--no-lighthouse') ? [] : await lighthouseScores(origin);
  if (lighthouse.length) {
    console.log(`\nLighthouse, mobile${RUNS > 1 ? `, median of ${RUNS} runs` : ''}:`);
    console.table(lighthouse.map(({ failing, ...r }) => ({ ...r, failing: failing.join(' ') })));
  }
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench.json', JSON.stringify({ date: new Date().toISOString(), pages, disk, lighthouse }, null, 2));
  console.log('\nWritten to bench-results/bench.json');
} finally {
  await browser.close();
  server.close();
}
