/**
 * The built site served by a real web server: Debian's nginx with the repository's
 * deploy/nginx.conf and the build's _nginx/site.conf, on a loopback port. Checks what a reader's
 * browser receives: headers, redirects, the 404 page, compression, and pages that run under the
 * policy without a single violation.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createServer } from 'node:http';
import { connect } from 'node:net';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, watchCsp, watchPage } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';
import { get } from '../support/http.ts';
import { startNginx, type RunningNginx } from '../support/nginx.ts';
import { contractUrls } from '../support/url-contract.ts';

/** The _headers rule for a path (the simple patterns the build writes), as name → value. */
function headersRule(path: string): Record<string, string> {
  const text = readFileSync(join(DIST, '_headers'), 'utf8');
  const result: Record<string, string> = {};
  let applies = false;
  for (const line of text.split('\n')) {
    if (!line.trim() || line.startsWith('#')) continue;
    if (!line.startsWith(' ')) applies = line.endsWith('*') ? path.startsWith(line.slice(0, -1)) : path === line;
    else if (applies) {
      const [name, ...value] = line.trim().split(': ');
      result[name!] = value.join(': ');
    }
  }
  return result;
}

// nginx serves a copy of dist/, plus an embeddable page and a search index if the build has none yet.
const root = mkdtempSync(join(tmpdir(), '21cps-nginx-root-'));
let nginx: RunningNginx;
let browser: Browser;
let embedPath = '/embed/';

beforeAll(async () => {
  cpSync(DIST, root, { recursive: true });
  if (!existsSync(join(DIST, 'embed'))) cpSync(join(DIST, 'about'), join(root, 'embed', 'check'), { recursive: true });
  // Pagefind's own indexer, so search runs under the real headers even before the site builds an index.
  if (!existsSync(join(DIST, 'pagefind'))) execFileSync(resolve('node_modules/.bin/pagefind'), ['--site', root], { stdio: 'pipe' });
  embedPath = existsSync(join(DIST, 'embed'))
    ? `/embed/${readdirSync(join(DIST, 'embed'), { recursive: true }).map(String).find((f) => f.endsWith('index.html'))!.replace(/index\.html$/, '')}`
    : '/embed/check/';
  nginx = await startNginx(root);
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
  await nginx?.stop();
  rmSync(root, { recursive: true, force: true });
});

const cssFile = () => `/_astro/${readdirSync(join(DIST, '_astro')).find((f) => f.endsWith('.css'))}`;

describe('headers from nginx', () => {
  it('sends the security headers and the page policy with a page', async () => {
    const res = await get(`${nginx.url}/themes/fluid-careers/`);
    expect(res.status).toBe(200);
    expect(res.header('content-type')).toBe('text/html; charset=utf-8');
    const expected = headersRule('/themes/fluid-careers/');
    for (const name of ['Strict-Transport-Security', 'X-Content-Type-Options', 'Referrer-Policy', 'Permissions-Policy', 'Content-Security-Policy', 'Cache-Control']) {
      expect(res.header(name), name).toBe(expected[name]);
    }
    expect(res.header('content-security-policy')).toMatch(/frame-ancestors 'none'$/);
    expect(res.header('cache-control')).toBe('public, max-age=300');
    expect(res.header('server')).toBe('nginx');
    expect(res.header('set-cookie')).toBeUndefined();
  });
  it("sends the same policy as the page's <meta>, plus frame-ancestors", async () => {
    const res = await get(`${nginx.url}/`);
    const meta = /<meta http-equiv="content-security-policy" content="([^"]+)"/.exec(res.body.toString())?.[1] ?? '';
    const header = res.header('content-security-policy') ?? '';
    const directives = (policy: string) => policy.split(';').map((d) => d.trim().split(/\s+/)[0]).filter(Boolean);
    expect(directives(header)).toEqual([...directives(meta), 'frame-ancestors']);
    // Exactly the same sources, so a host without headers enforces the same policy.
    expect(header).toBe(`${meta.replaceAll('&#39;', "'")}; frame-ancestors 'none'`);
    expect(header).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(header).toContain("worker-src 'self'");
    expect(header).not.toContain('unsafe-inline');
  });
  it('caches fingerprinted files for a year, and the rest briefly', async () => {
    const css = await get(`${nginx.url}${cssFile()}`);
    expect(css.status).toBe(200);
    expect(css.header('content-type')).toMatch(/^text\/css/);
    expect(css.header('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(css.header('x-content-type-options')).toBe('nosniff');
    const icon = await get(`${nginx.url}/favicon.svg`);
    expect(icon.header('cache-control')).toBe('public, max-age=300');
  });
  it('lets only the embeddable pages be framed', async () => {
    const embed = await get(`${nginx.url}${embedPath}`);
    expect(embed.status).toBe(200);
    expect(embed.header('content-security-policy')).toMatch(/frame-ancestors \*$/);
    expect(embed.header('x-content-type-options')).toBe('nosniff');
  });
});

describe('redirects and errors from nginx', () => {
  it.each(Array.from({ length: 10 }, (_, i) => i + 1))('short link /themes/%i/ (and without the slash) redirects to the theme', async (n) => {
    const target = contractUrls.filter((url) => /^\/themes\/[a-z-]+\/$/.test(url))[n - 1];
    for (const path of [`/themes/${n}/`, `/themes/${n}`]) {
      const res = await get(`${nginx.url}${path}`);
      expect(res.status, path).toBe(301);
      expect(res.header('location')).toBe(target);
    }
  });
  it('adds the missing trailing slash', async () => {
    const res = await get(`${nginx.url}/themes/fluid-careers`);
    expect(res.status).toBe(301);
    expect(res.header('location')).toBe('/themes/fluid-careers/');
  });
  it('sends index.html links to the directory URL, keeping the query', async () => {
    for (const [path, location] of [['/about/index.html', '/about/'], ['/index.html', '/'], ['/themes/index.html?x=1', '/themes/?x=1']]) {
      const res = await get(`${nginx.url}${path}`);
      expect(res.status, path).toBe(301);
      expect(res.header('location')).toBe(location);
    }
  });
  it('answers an unknown address with the 404 page and the same headers', async () => {
    const res = await get(`${nginx.url}/no/such/page/`);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain('<h1');
    expect(res.body.toString()).toContain('Page not found');
    expect(res.header('content-security-policy')).toMatch(/frame-ancestors 'none'$/);
    expect(res.header('strict-transport-security')).toMatch(/^max-age=/);
  });
  it('does not serve the host configuration files', async () => {
    for (const path of ['/_headers', '/_redirects', '/_nginx/site.conf']) {
      const res = await get(`${nginx.url}${path}`);
      expect(res.status, path).toBe(404);
      expect(res.body.toString()).toContain('Page not found');
    }
  });
});

/** Sends bytes as they are (for requests no HTTP client would send) and returns the raw response. */
function rawRequest(url: string, request: string): Promise<string> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname, () => socket.end(request));
    let text = '';
    socket.on('data', (chunk) => (text += chunk.toString()));
    socket.on('end', () => resolve(text));
    socket.on('error', reject);
  });
}
const rawHeader = (response: string, name: string) =>
  response.split('\r\n\r\n')[0]?.split('\r\n').find((line) => line.toLowerCase().startsWith(`${name.toLowerCase()}:`))?.slice(name.length + 1).trim();

describe('cross-origin headers from nginx', () => {
  it('keeps pages and their files to this site (COOP and CORP same-origin)', async () => {
    for (const path of ['/themes/fluid-careers/', cssFile(), '/favicon.svg']) {
      const res = await get(`${nginx.url}${path}`);
      expect(res.header('cross-origin-opener-policy'), path).toBe('same-origin');
      expect(res.header('cross-origin-resource-policy'), path).toBe('same-origin');
      expect(res.header('access-control-allow-origin'), path).toBeUndefined();
    }
  });
  it('lets other sites use the embeds, oEmbed, preview images and open data, and read the data and oEmbed', async () => {
    const dataFile = `/data/${readdirSync(join(DIST, 'data'))[0]}`;
    const oembed = `/oembed/${readdirSync(join(DIST, 'oembed'), { recursive: true }).map(String).find((f) => f.endsWith('.json'))}`;
    const og = `/og/${readdirSync(join(DIST, 'og'), { recursive: true }).map(String).find((f) => f.endsWith('.png'))}`;
    for (const [path, cors] of [[dataFile, '*'], [oembed, '*'], [og, undefined], [embedPath, undefined]] as const) {
      const res = await get(`${nginx.url}${path}`);
      expect(res.status, path).toBe(200);
      expect(res.header('cross-origin-resource-policy'), path).toBe('cross-origin');
      expect(res.header('access-control-allow-origin'), path).toBe(cors);
      expect(res.header('cross-origin-opener-policy'), path).toBe('same-origin');
    }
  });
  // Same headers as the _headers file static hosts read.
  it('agrees with _headers', async () => {
    for (const path of ['/data/themes.json', '/about/']) {
      const res = await get(`${nginx.url}${path}`);
      const rule = { ...headersRule('/'), ...headersRule(path) };
      expect(res.header('cross-origin-resource-policy'), path).toBe(rule['Cross-Origin-Resource-Policy']);
      expect(res.header('access-control-allow-origin'), path).toBe(rule['Access-Control-Allow-Origin']);
    }
  });
});

describe('errors nginx makes itself carry the full headers and a page of the site', () => {
  const expectFullHeaders = (header: (name: string) => string | undefined, what: string) => {
    expect(header('content-security-policy'), what).toMatch(/^default-src 'self'.*frame-ancestors 'none'$/);
    expect(header('cache-control'), what).toBe('public, max-age=300');
    expect(header('strict-transport-security'), what).toMatch(/^max-age=/);
    expect(header('cross-origin-opener-policy'), what).toBe('same-origin');
    expect(header('cross-origin-resource-policy'), what).toBe('same-origin');
  };
  it('a folder without a page (/embed/, 403 in nginx) is answered with the 404 page', async () => {
    const res = await get(`${nginx.url}/embed/`);
    expect(res.status).toBe(404);
    expect(res.body.toString()).toContain('Page not found');
    expectFullHeaders(res.header, '/embed/');
  });
  it('an address too long to read (414) gets the error page', async () => {
    const res = await get(`${nginx.url}/${'a'.repeat(20_000)}`);
    expect(res.status).toBe(414);
    expect(res.body.toString()).toContain('<h1 class="text-3xl font-bold">Something went wrong</h1>');
    expectFullHeaders(res.header, '414');
  });
  it('a request nginx cannot parse (400: HTTP/1.1 without Host) gets the error page', async () => {
    const response = await rawRequest(nginx.url, 'GET / HTTP/1.1\r\nConnection: close\r\n\r\n');
    expect(response).toMatch(/^HTTP\/1\.1 400 /);
    expect(response).toContain('Something went wrong');
    expectFullHeaders((name) => rawHeader(response, name), '400');
  });
});

describe('compression', () => {
  const sizes: string[] = [];
  afterAll(() => console.log(`nginx response sizes (bytes, plain → gzip):\n${sizes.join('\n')}`));
  it.each(['/', '/report/', '/themes/publicness-and-commerciality/', '/404.html', 'CSS'])('gzips %s for browsers that accept it', async (which) => {
    const path = which === 'CSS' ? cssFile() : which;
    const plain = await get(`${nginx.url}${path}`);
    const gzip = await get(`${nginx.url}${path}`, { 'Accept-Encoding': 'gzip' });
    expect(plain.header('content-encoding')).toBeUndefined();
    expect(gzip.header('content-encoding')).toBe('gzip');
    expect(gzip.header('vary')).toMatch(/Accept-Encoding/i);
    expect(gunzipSync(gzip.body).equals(plain.body)).toBe(true);
    expect(gzip.body.length).toBeLessThan(plain.body.length * 0.6);
    sizes.push(`  ${path}: ${plain.body.length} → ${gzip.body.length}`);
  });
});

describe('in Chromium, served by nginx', () => {
  it.concurrent.for(contractUrls)('%s runs under the header and <meta> policies with no violation or error', async (path, { expect }) => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page, nginx.url);
    const violations = await watchCsp(page);
    const response = await page.goto(nginx.url + path, { waitUntil: 'load' });
    expect(response?.status()).toBe(200);
    expect(response?.headers()['content-security-policy']).toMatch(/frame-ancestors 'none'$/);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });
  it('runs search (Pagefind: WebAssembly in a worker) under the header policy with no violation', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    const problems = watchPage(page, nginx.url);
    const violations = await watchCsp(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(new URL(worker.url()).pathname));
    const response = await page.goto(`${nginx.url}/search/?q=commerciality`, { waitUntil: 'load' });
    expect(response?.headers()['content-security-policy']).toContain("'wasm-unsafe-eval'");
    // (Passed as a string, so the test runner leaves its import() alone.)
    const found = await page.evaluate<string[]>(`(async () => {
      const pagefind = await import('/pagefind/pagefind.js');
      const search = await pagefind.search('commerciality');
      return Promise.all(search.results.slice(0, 5).map(async (result) => (await result.data()).url));
    })()`);
    expect(found).toContain('/themes/publicness-and-commerciality/');
    expect(workers).toContain('/pagefind/pagefind-worker.js');
    expect(await violations()).toEqual([]);
    expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
    await context.close();
  });
  it('refuses to show a page inside another site’s frame, but shows an embeddable page', async () => {
    // Another site (another origin on this machine), framing one reading page and one embeddable page.
    const other = createServer((_, res) => {
      res.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><title>Another site</title><iframe name="page" src="${nginx.url}/about/"></iframe><iframe name="embed" src="${nginx.url}${embedPath}"></iframe>`);
    });
    await new Promise<void>((done) => other.listen(0, '127.0.0.1', done));
    const context = await browser.newContext();
    const page = await context.newPage();
    try {
      await page.goto(`http://127.0.0.1:${(other.address() as AddressInfo).port}/`, { waitUntil: 'load' });
      const frame = (name: string) => page.frames().find((f) => f.name() === name)!;
      await expect.poll(() => frame('embed').evaluate(() => document.querySelector('main h1')?.textContent ?? '')).not.toBe('');
      expect(frame('embed').url()).toBe(nginx.url + embedPath);
      // Chromium replaces a frame refused by frame-ancestors with its own error page.
      await expect.poll(() => frame('page').url()).toBe('chrome-error://chromewebdata/');
    } finally {
      await context.close();
      await new Promise((done) => other.close(done));
    }
  });
});

it('nginx logged no errors', () => {
  // Requests for files that do not exist are expected (the 404 tests); anything else is not.
  const errors = nginx.errorLog().split('\n').filter((line) => line.includes('[error]') || line.includes('[crit]') || line.includes('[emerg]'));
  expect(errors.filter((line) => !/No such file or directory|is not found|directory index .* is forbidden/.test(line))).toEqual([]);
  // Values set with `set` are empty in the responses nginx makes before reading the config's locations.
  expect(nginx.errorLog().split('\n').filter((line) => line.includes('uninitialized variable'))).toEqual([]);
});
