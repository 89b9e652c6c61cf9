#!/usr/bin/env node
/**
 * Search benchmark (`npm run bench:search`; not a test, nothing here fails on a number).
 * Serves the last build from dist/ and, in Debian's Chromium, reports:
 *   - what a plain page view loads (no search code should be among it),
 *   - the bytes fetched by a first search (opening the dialog and typing a query), by file,
 *     as served and gzipped (as a host that compresses would send them),
 *   - the time from the last keystroke to the first results: first search (cold) and a later one,
 *   - the size of the search index on disk (dist/pagefind/).
 *
 *   npm run build && npm run bench:search [-- --runs 5 --query commerciality]
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from 'playwright-core';
import { createStaticServer } from './serve.mjs';
import { CHROMIUM_ARGS, findChromium } from './lib/chromium.ts';

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const index = args.indexOf(`--${name}`);
  return index >= 0 ? args[index + 1] : fallback;
};
const RUNS = Number(option('runs', 5));
const QUERY = option('query', 'commerciality');
const SECOND_QUERY = option('second-query', 'heroic leadership');
const PAGE = '/themes/fluid-careers/';
const DIST = 'dist';

if (!existsSync(join(DIST, 'pagefind', 'pagefind.js'))) {
  console.error('No search index in dist/pagefind/. Run "npm run build" first.');
  process.exit(1);
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function filesUnder(dir) {
  const files = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...filesUnder(path));
    else files.push({ path: relative(DIST, path), bytes: statSync(path).size });
  }
  return files;
}

const server = createStaticServer({ root: DIST, basePath: '/' });
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/** Waits in the page for the first result linking to a page whose URL matches `pattern`; returns ms since the last keystroke. */
async function timeToResults(page, query, pattern) {
  await page.evaluate(() => {
    window.__lastKey = 0;
    document.addEventListener('keydown', () => (window.__lastKey = performance.now()), { capture: true });
  });
  await page.keyboard.type(query);
  return page.evaluate(
    (source) =>
      new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error(`no result matching ${source} within 20 s`)), 20_000);
        const pattern = new RegExp(source);
        const done = () => {
          const link = document.querySelector('dialog.pf-modal .pf-result a');
          if (link && pattern.test(link.getAttribute('href') ?? '')) {
            resolve(performance.now() - window.__lastKey);
            return true;
          }
          return false;
        };
        if (done()) return;
        new MutationObserver((_, observer) => done() && observer.disconnect()).observe(document.body, { subtree: true, childList: true });
      }),
    pattern.source,
  );
}

const runs = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const responses = [];
  // On the context, not the page: Pagefind's web worker fetches the index itself.
  context.on('response', async (response) => {
    try {
      const body = await response.body();
      responses.push({ url: response.url().replace(origin, ''), bytes: body.length, gzip: gzipSync(body).length, at: Date.now() });
    } catch {
      // redirects have no body
    }
  });
  await page.goto(origin + PAGE, { waitUntil: 'networkidle' });
  const plainView = [...responses];
  responses.length = 0;

  await page.keyboard.press('/');
  const cold = await timeToResults(page, QUERY, /publicness-and-commerciality/);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500); // the last response bodies are still being read
  const firstSearch = [...responses];

  await page.locator('dialog.pf-modal input[type="search"]').fill('');
  const warm = await timeToResults(page, SECOND_QUERY, /distributed-leadership/);
  runs.push({ plainView, firstSearch, cold, warm });
  await context.close();
}
await browser.close();
server.close();

// ── Report ──────────────────────────────────────────────────────────────────────────────
const [first] = runs;
const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
console.log(`\nSearch benchmark: Chromium, ${RUNS} runs, dist/ served uncompressed from loopback`);

console.log(`\nPlain page view of ${PAGE}:`);
for (const file of first.plainView) console.log(`  ${file.url.padEnd(52)} ${kb(file.bytes).padStart(9)}`);
const searchOnPlainView = first.plainView.filter((f) => f.url.includes('/pagefind/') || f.url.includes('/_astro/search'));
console.log(`  search files loaded: ${searchOnPlainView.length ? searchOnPlainView.map((f) => f.url).join(', ') : 'none'}`);

console.log(`\nBytes fetched by a first search ("/" then "${QUERY}"), by file:`);
console.log(`  ${'file'.padEnd(52)} ${'as served'.padStart(9)} ${'gzipped'.padStart(9)}`);
for (const file of [...first.firstSearch].sort((a, b) => b.bytes - a.bytes)) {
  console.log(`  ${file.url.replace(/\?.*$/, '').padEnd(52)} ${kb(file.bytes).padStart(9)} ${kb(file.gzip).padStart(9)}`);
}
const ui = first.firstSearch.filter((f) => /component-ui|\/_astro\/search/.test(f.url));
console.log(`  ${'total'.padEnd(52)} ${kb(sum(first.firstSearch, 'bytes')).padStart(9)} ${kb(sum(first.firstSearch, 'gzip')).padStart(9)}`);
console.log(`  ${'  of which the interface (Component UI + site code)'.padEnd(52)} ${kb(sum(ui, 'bytes')).padStart(9)} ${kb(sum(ui, 'gzip')).padStart(9)}`);
console.log(`  (median total over runs: ${kb(median(runs.map((r) => sum(r.firstSearch, 'bytes'))))} as served)`);

console.log(`\nTime from the last keystroke to the first results (includes the search box's 150 ms typing pause):`);
console.log(`  first search, nothing cached: median ${median(runs.map((r) => r.cold)).toFixed(0)} ms (runs: ${runs.map((r) => r.cold.toFixed(0)).join(', ')})`);
console.log(`  a later search ("${SECOND_QUERY}"):   median ${median(runs.map((r) => r.warm)).toFixed(0)} ms (runs: ${runs.map((r) => r.warm.toFixed(0)).join(', ')})`);

const files = filesUnder(join(DIST, 'pagefind'));
const indexFiles = files.filter((f) => /\/(index|fragment|filter)\/|\.pf_meta$|wasm\.|pagefind-entry\.json$/.test(f.path));
const used = files.filter((f) => /pagefind(-worker|-component-ui|-highlight)?\.(js|css)$/.test(f.path));
const unused = files.filter((f) => !indexFiles.includes(f) && !used.includes(f));
console.log(`\nSearch index on disk (dist/pagefind/): ${kb(sum(files, 'bytes'))} in ${files.length} files`);
console.log(`  index data (index, fragments, filters, meta, wasm): ${kb(sum(indexFiles, 'bytes'))} in ${indexFiles.length} files`);
console.log(`  scripts and styles the site loads:                 ${kb(sum(used, 'bytes'))} (${used.map((f) => f.path.replace('pagefind/', '')).join(', ')})`);
console.log(`  written by Pagefind, never loaded:                 ${kb(sum(unused, 'bytes'))} (${unused.map((f) => f.path.replace('pagefind/', '')).join(', ')})`);
