/**
 * The URL contract on the served site (scripts/serve.mjs, as `npm start` serves it): every
 * published URL answers, links pasted without the trailing slash or with index.html land on the
 * canonical URL, short links and retired URLs redirect, and every section id is there.
 */
import type { AddressInfo } from 'node:net';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/serve.mjs';
import { readContent } from '../../src/lib/content/read.ts';
import { allRedirects } from '../../src/lib/redirects.ts';
import { baseUrl } from '../support/browser.ts';
import { contractEmbeds, contractFiles, contractUrls, urlContract } from '../support/url-contract.ts';

const get = (path: string, base = baseUrl()) => fetch(base + path, { redirect: 'manual' });

/** Follows redirects the way a browser does, including a static host's <meta http-equiv="refresh">. */
async function land(path: string, base = baseUrl()): Promise<{ path: string; status: number; html: string }> {
  let current = path;
  for (let hop = 0; hop < 5; hop += 1) {
    const response = await get(current, base);
    if (response.status === 301 || response.status === 302) {
      current = new URL(response.headers.get('location') ?? '', base + current).pathname;
      continue;
    }
    const html = await response.text();
    const refresh = parse(html).querySelector('meta[http-equiv="refresh"]')?.getAttribute('content');
    const target = refresh && /url=(.+)$/i.exec(refresh)?.[1];
    if (target) {
      current = new URL(target, base + current).pathname;
      continue;
    }
    return { path: current, status: response.status, html };
  }
  throw new Error(`${path}: more than 5 redirects`);
}

describe('every page in the contract, as served', () => {
  it.each(contractUrls)('%s answers 200 with all its section ids', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
    const ids = new Set(parse(await response.text()).querySelectorAll('[id]').map((element) => element.id));
    for (const id of urlContract[url] ?? []) expect(ids.has(id), `#${id} on ${url}`).toBe(true);
  });
  it.each([...contractUrls, ...contractEmbeds].filter((url) => url !== '/'))('%s pasted without the trailing slash or with index.html lands on it', async (url) => {
    const bare = await get(url.slice(0, -1));
    expect(bare.status).toBe(301);
    expect(bare.headers.get('location')).toBe(url);
    const index = await get(`${url}index.html`);
    expect(index.status).toBe(301);
    expect(index.headers.get('location')).toBe(url);
    expect((await land(`${url.slice(0, -1)}`)).path).toBe(url);
  });
  it('/index.html lands on the home page, keeping the query string', async () => {
    const response = await get('/index.html?from=mail');
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe('/?from=mail');
    expect((await get('/themes/fluid-careers?from=mail')).headers.get('location')).toBe('/themes/fluid-careers/?from=mail');
  });
});

describe('embed cards and files in the contract, as served', () => {
  it.each(contractEmbeds)('%s answers 200', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/html/);
  });
  const types: Record<string, RegExp> = {
    json: /^application\/json/,
    png: /^image\/png$/,
    xml: /^application\/xml/,
    txt: /^text\/plain/,
    epub: /^application\/epub\+zip$/,
    ris: /^application\/x-research-info-systems/,
    bib: /^application\/x-bibtex/,
  };
  it.each(contractFiles)('%s answers 200 with the right type', async (url) => {
    const response = await get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(types[url.split('.').pop() ?? ''] ?? /^$/);
  });
});

describe('redirects (src/lib/redirects.ts)', () => {
  const themes = readContent('.').themes.map((entry) => entry.data as { number: number; slug: string });
  const redirects = allRedirects(themes);
  it('include a short link for each of the ten themes', () => {
    expect(redirects.filter((r) => /^\/themes\/\d+\/$/.test(r.from))).toHaveLength(10);
  });
  it.each(redirects.map((r) => [r.from, r.to]))('%s lands on %s, with or without the trailing slash', async (from, to) => {
    expect(contractUrls).toContain(to);
    const landed = await land(from);
    expect(landed.status).toBe(200);
    expect(landed.path).toBe(to);
    expect((await land(from.slice(0, -1))).path).toBe(to);
  });
});

describe('a URL that was never published', () => {
  it('answers 404 with the page that links to every theme', async () => {
    const response = await get('/themes/no-such-theme/');
    expect(response.status).toBe(404);
    expect(parse(await response.text()).querySelectorAll('main a[href^="/themes/"]')).toHaveLength(10);
  });
});

describe('the server under a base path (BASE_PATH=/21cps/)', () => {
  const server = createStaticServer({ root: 'dist', basePath: '/21cps/' });
  let base = '';
  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  it('serves pages under the base, and redirects the base and pasted variants to their canonical form', async () => {
    expect((await get('/21cps/themes/fluid-careers/', base)).status).toBe(200);
    expect((await get('/21cps', base)).headers.get('location')).toBe('/21cps/');
    expect((await get('/21cps/themes/fluid-careers', base)).headers.get('location')).toBe('/21cps/themes/fluid-careers/');
    expect((await get('/21cps/themes/fluid-careers/index.html', base)).headers.get('location')).toBe('/21cps/themes/fluid-careers/');
    expect((await get('/themes/fluid-careers/', base)).status).toBe(404);
  });
});
