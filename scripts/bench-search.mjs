#!/usr/bin/env node
/**
 * Search benchmark (`npm run bench:search`; not a test, nothing here fails on a number).
 * Serves the last build from dist/ through a layer that gzips as a host does (text, scripts,
 * JSON and WebAssembly; Pagefind's index and fragment files are already compressed) and, in
 * Debian's Chromium, reports:
 *   - what a plain page view loads (no search code should be among it),
 *   - the bytes a first search transfers (opening the dialog and typing a query), by file and
 *     by part (interface, engine, index, fragments, vocabulary, the site's own code),
 *   - the time from the last keystroke to the first results: first search (cold) and a later one,
 *   - the query test set (tests/search/queries.ts) through the search engine in Node: top-1 rate
 *     and dead ends (queries with no result; must be 0),
 *   - the size of the search index on disk (dist/pagefind/).
 *
 *   npm run build && npm run bench:search [-- --runs 5 --query commerciality --dist DIR]
 * `--dist` measures another build (e.g. an older commit's) the same way.
 */
import { readdirSync, statSync, existsSync } from 'node:fs';
import { createServer } from 'node:http';
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
const DIST = option('dist', 'dist');

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

/** Types a host compresses on the fly (Netlify, Cloudflare, nginx with gzip_types set so). */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|manifest\+json|wasm|xml)|image\/svg)/;
/** Serves `root` through a layer that gzips as a host does; returns its origin and a close function. */
async function gzippingServer(root) {
  const files = createStaticServer({ root, basePath: '/' });
  await new Promise((resolve) => files.listen(0, '127.0.0.1', resolve));
  const filesOrigin = `http://127.0.0.1:${files.address().port}`;
  const server = createServer(async (req, res) => {
    const upstream = await fetch(filesOrigin + req.url, { headers: { accept: req.headers.accept ?? '*/*' }, redirect: 'manual' });
    const body = Buffer.from(await upstream.arrayBuffer());
    const headers = Object.fromEntries([...upstream.headers].filter(([name]) => !['content-length', 'content-encoding', 'transfer-encoding', 'connection'].includes(name)));
    const type = upstream.headers.get('content-type') ?? '';
    const gzip = /\bgzip\b/.test(req.headers['accept-encoding'] ?? '') && COMPRESSIBLE.test(type) && body.length > 0;
    const sent = gzip ? gzipSync(body) : body;
    res.writeHead(upstream.status, { ...headers, ...(gzip ? { 'content-encoding': 'gzip', vary: 'Accept-Encoding' } : {}), 'content-length': sent.length });
    res.end(req.method === 'HEAD' ? undefined : sent);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => (server.close(), files.close()) };
}
const { origin, close: closeServer } = await gzippingServer(DIST);
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/**
 * Enters the query as one input (as a paste, so no earlier prefix of it has already found the page),
 * waits in the page for the first result linking to a page whose URL matches `pattern` and returns
 * the ms in between. With `typed`, types key by key instead and measures from the last keystroke.
 */
async function timeToResults(page, query, pattern, selector = 'dialog.search-dialog .search-result a, dialog.pf-modal .pf-result a', typed = false) {
  await page.evaluate(() => {
    window.__lastKey = 0;
    document.addEventListener('keydown', () => (window.__lastKey = performance.now()), { capture: true });
    document.addEventListener('beforeinput', () => (window.__lastKey = performance.now()), { capture: true });
  });
  if (typed) await page.keyboard.type(query);
  else await page.keyboard.insertText(query);
  return page.evaluate(
    ([source, selector]) =>
      new Promise((resolve, reject) => {
        setTimeout(() => reject(new Error(`no result matching ${source} within 20 s`)), 20_000);
        const pattern = new RegExp(source);
        const done = () => {
          const link = document.querySelector(selector);
          if (link && pattern.test(link.getAttribute('href') ?? '')) {
            resolve(performance.now() - window.__lastKey);
            return true;
          }
          return false;
        };
        if (done()) return;
        new MutationObserver((_, observer) => done() && observer.disconnect()).observe(document.body, { subtree: true, childList: true });
      }),
    [pattern.source, selector],
  );
}

const runs = [];
for (let run = 0; run < RUNS; run++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const responses = [];
  // On the context, not the page: Pagefind's web worker fetches the index itself.
  context.on('requestfinished', async (request) => {
    try {
      const response = await request.response();
      const body = await response.body();
      const sizes = await request.sizes();
      // A worker's own requests report no transfer size: count what the gzipping layer sent for it.
      const gzipped = COMPRESSIBLE.test(response.headers()['content-type'] ?? '') ? gzipSync(body).length : body.length;
      responses.push({ url: request.url().replace(origin, ''), bytes: body.length, sent: sizes.responseBodySize || gzipped, at: Date.now() });
    } catch {
      // redirects have no body
    }
  });
  await page.goto(origin + PAGE, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500); // the page's last response bodies are still being read
  const plainView = [...responses];
  responses.length = 0;

  await page.keyboard.press('/');
  // Once the box has settled (the dialog open, its code loaded), as the peer is measured below.
  await page.locator('dialog[open] input[type="search"]').waitFor();
  await page.waitForLoadState('networkidle');
  const cold = await timeToResults(page, QUERY, /publicness-and-commerciality/);
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500); // the last response bodies are still being read
  const firstSearch = [...responses];

  await page.locator('dialog[open] input[type="search"]').fill('');
  const warm = await timeToResults(page, SECOND_QUERY, /distributed-leadership/);
  runs.push({ plainView, firstSearch, cold, warm });
  await context.close();
}
// ── The Starlight peer (--peer DIR: its dist/), the same two searches in its own dialog ──────────
const PEER = option('peer', '');
const peerRuns = [];
if (PEER) {
  const peer = await gzippingServer(PEER);
  for (let run = 0; run < RUNS; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${peer.origin}/themes/theme-4/`, { waitUntil: 'networkidle' });
    await page.locator('site-search button[data-open-modal]').click();
    await page.locator('dialog[open] input').first().waitFor();
    await page.locator('dialog[open] input').first().focus();
    await page.waitForLoadState('networkidle');
    const selector = 'dialog[open] a[href*="/themes/"]';
    const cold = await timeToResults(page, QUERY, /theme-5/, selector);
    await page.locator('dialog[open] input').first().fill('');
    const warm = await timeToResults(page, SECOND_QUERY, /theme-8/, selector);
    peerRuns.push({ cold, warm });
    await context.close();
  }
  peer.close();
}
await browser.close();
closeServer();

// ── Report ──────────────────────────────────────────────────────────────────────────────
const [first] = runs;
const sum = (list, key) => list.reduce((total, item) => total + item[key], 0);
console.log(`\nSearch benchmark: Chromium, ${RUNS} runs, ${DIST}/ served from loopback, gzipped as a host does`);

console.log(`\nPlain page view of ${PAGE}:`);
for (const file of first.plainView) console.log(`  ${file.url.padEnd(52)} ${kb(file.bytes).padStart(9)}`);
const searchOnPlainView = first.plainView.filter((f) => f.url.includes('/pagefind/') || f.url.includes('/_astro/search'));
console.log(`  search files loaded: ${searchOnPlainView.length ? searchOnPlainView.map((f) => f.url).join(', ') : 'none'}`);

console.log(`\nBytes a first search transfers ("/" then "${QUERY}"), by file, gzipped as a host sends them:`);
console.log(`  ${'file'.padEnd(52)} ${'raw'.padStart(9)} ${'sent'.padStart(9)}`);
for (const file of [...first.firstSearch].sort((a, b) => b.bytes - a.bytes)) {
  console.log(`  ${file.url.replace(/\?.*$/, '').padEnd(52)} ${kb(file.bytes).padStart(9)} ${kb(file.sent).padStart(9)}`);
}
console.log(`  ${'total'.padEnd(52)} ${kb(sum(first.firstSearch, 'bytes')).padStart(9)} ${kb(sum(first.firstSearch, 'sent')).padStart(9)}  in ${first.firstSearch.length} files`);
const PARTS = [
  ['interface (Pagefind Component UI)', (u) => /component-ui/.test(u)],
  ['engine (pagefind.js, worker, wasm)', (u) => /pagefind(-worker)?\.js$|\/wasm\./.test(u)],
  ['index (entry, meta, index, filters)', (u) => /pagefind-entry\.json|\.pf_meta|\/(index|filter)\//.test(u)],
  ['fragments (result data)', (u) => /\/fragment\//.test(u)],
  ['vocabulary (typos only)', (u) => /vocabulary\.json/.test(u)],
  ["the site's own search code", (u) => /\/_astro\//.test(u)],
];
console.log('  by part:');
for (const [name, test] of PARTS) {
  const part = first.firstSearch.filter((f) => test(f.url.replace(/\?.*$/, '')));
  console.log(`    ${name.padEnd(50)} ${kb(sum(part, 'bytes')).padStart(9)} ${kb(sum(part, 'sent')).padStart(9)}  (${part.length} files)`);
}
console.log(`  (median total over runs: ${kb(median(runs.map((r) => sum(r.firstSearch, 'sent'))))} sent)`);

console.log(`\nTime from the last keystroke to the first results (the query entered as one input; includes the box's typing pause: 150 ms in the Component UI, 120 ms in the site's own, 300 ms in Starlight's):`);
console.log(`  first search (nothing cached; typed once the box has settled): median ${median(runs.map((r) => r.cold)).toFixed(0)} ms (runs: ${runs.map((r) => r.cold.toFixed(0)).join(', ')})`);
console.log(`  a later search ("${SECOND_QUERY}"):   median ${median(runs.map((r) => r.warm)).toFixed(0)} ms (runs: ${runs.map((r) => r.warm.toFixed(0)).join(', ')})`);
if (peerRuns.length) {
  console.log(`  Starlight peer (${PEER}), its search button clicked, typed once its box has settled:`);
  console.log(`    first search: median ${median(peerRuns.map((r) => r.cold)).toFixed(0)} ms (runs: ${peerRuns.map((r) => r.cold.toFixed(0)).join(', ')})`);
  console.log(`    later search: median ${median(peerRuns.map((r) => r.warm)).toFixed(0)} ms (runs: ${peerRuns.map((r) => r.warm.toFixed(0)).join(', ')})`);
  console.log(`    ratio, this site / peer: first ${(median(runs.map((r) => r.cold)) / median(peerRuns.map((r) => r.cold))).toFixed(2)}, later ${(median(runs.map((r) => r.warm)) / median(peerRuns.map((r) => r.warm))).toFixed(2)}`);
}

const onDisk = filesUnder(join(DIST, 'pagefind'));
const indexFiles = onDisk.filter((f) => /\/(index|fragment|filter)\/|\.pf_meta$|wasm\.|pagefind-entry\.json$|vocabulary\.json$/.test(f.path));
const used = onDisk.filter((f) => /pagefind(-worker|-component-ui|-highlight)?\.(js|css)$/.test(f.path));
const unused = onDisk.filter((f) => !indexFiles.includes(f) && !used.includes(f));
console.log(`\nSearch index on disk (${DIST}/pagefind/): ${kb(sum(onDisk, 'bytes'))} in ${onDisk.length} files`);
console.log(`  index data (index, fragments, filters, meta, wasm, vocabulary): ${kb(sum(indexFiles, 'bytes'))} in ${indexFiles.length} files`);
console.log(`  scripts and styles the site loads:                 ${kb(sum(used, 'bytes'))} (${used.map((f) => f.path.replace('pagefind/', '')).join(', ')})`);
console.log(`  written by Pagefind, never loaded:                 ${kb(sum(unused, 'bytes'))} (${unused.map((f) => f.path.replace('pagefind/', '')).join(', ')})`);

// ── The query test set, through the search engine readers get ──────────────────────────────────
if (existsSync(join(DIST, 'pagefind', 'vocabulary.json'))) {
  const { openEngine } = await import('../tests/search/engine-node.ts');
  const { queries } = await import('../tests/search/queries.ts');
  const engine = await openEngine(DIST);
  let top1 = 0;
  const dead = [];
  for (const q of queries) {
    const result = await engine.ask(q.query, q.filters);
    if (!result.hits.length) dead.push(q.query);
    const [first] = await engine.shown(result, 1);
    if (first?.includes(q.expect) || first?.[0] === q.expect.split('#')[0]) top1++;
  }
  engine.close();
  console.log(`\nQuery test set (${queries.length} queries, through src/shared/search-engine.ts):`);
  console.log(`  top-1 rate: ${((top1 / queries.length) * 100).toFixed(0)}% (${top1} of ${queries.length} land on their page first)`);
  console.log(`  dead ends: ${dead.length}${dead.length ? ` (${dead.join('; ')})` : ''}`);
} else console.log('\nQuery test set: skipped (this build has no search engine vocabulary).');
