/**
 * `npm start`'s server (scripts/serve.mjs) answers like the production host: short links and pasted
 * variants are real 301s, the build's _headers are sent, host files are not served, and no request
 * path crashes it or reaches outside the folder it serves.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { connect, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStaticServer } from '../../scripts/serve.mjs';
import { headersFor, parseHeaders } from '../../scripts/lib/static-host.ts';
import { baseUrl } from '../support/browser.ts';
import { DIST } from '../support/dist.ts';

const head = (path: string) => fetch(baseUrl() + path, { redirect: 'manual' });

/** Sends a request exactly as written (fetch() and http.request would normalise the path). */
function raw(port: number, target: string, method = 'GET'): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1', () => socket.write(`${method} ${target} HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n`));
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1');
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(text)?.[1] ?? 0), text });
    });
  });
}

/** A request with any method, TRACE included (fetch() refuses it). */
function send(url: string, method: string): Promise<{ status: number; allow: string | undefined }> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, allow: res.headers.allow }));
    });
    req.on('error', reject);
    req.end(method === 'POST' || method === 'PUT' ? 'x=1' : undefined);
  });
}

describe('the static server', () => {
  it.each([
    ['/themes/5/', '/themes/publicness-and-commerciality/'],
    ['/themes/5', '/themes/publicness-and-commerciality/'],
    ['/themes/fluid-careers', '/themes/fluid-careers/'],
    ['/themes/fluid-careers/index.html', '/themes/fluid-careers/'],
  ])('%s answers 301 to %s', async (from, to) => {
    const response = await head(from);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(to);
  });
  it('answers 404 with the not-found page', async () => {
    const response = await head('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
  it('sends the production headers from dist/_headers for each address', async () => {
    const rules = parseHeaders(readFileSync(join(DIST, '_headers'), 'utf8'));
    const css = /href="(\/_astro\/[^"]+\.css)"/.exec(readFileSync(join(DIST, 'index.html'), 'utf8'))?.[1] ?? '';
    for (const path of ['/', '/themes/fluid-careers/', '/embed/themes/fluid-careers/', css, '/robots.txt', '/no-such-page/']) {
      const expected = headersFor(rules, path);
      expect(expected.size, path).toBeGreaterThan(0);
      const response = await head(path);
      for (const [name, value] of expected) expect(response.headers.get(name), `${path} ${name}`).toBe(value);
    }
    expect((await head('/themes/fluid-careers/')).headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
    expect((await head(css)).headers.get('cache-control')).toContain('immutable');
  });
  it.each(['/_headers', '/_redirects', '/_nginx/site.conf', '/_nginx/'])('does not serve the host file %s', async (path) => {
    const response = await head(path);
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
  it.each(['/_astro/', '/pagefind/', '/robots.txt/'])('lists no folder and serves no file as a folder: %s is 404', async (path) => {
    expect((await head(path)).status).toBe(404);
  });
  it('answers HEAD like GET, without the body', async () => {
    const response = await fetch(`${baseUrl()}/themes/fluid-careers/`, { method: 'HEAD' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('');
  });
  it.each(['POST', 'PUT', 'DELETE', 'PATCH', 'OPTIONS', 'TRACE'])('answers %s with 405 and Allow: GET, HEAD', async (method) => {
    expect(await send(`${baseUrl()}/`, method)).toEqual({ status: 405, allow: 'GET, HEAD' });
  });
});

describe('the static server with hostile paths, a secret beside the folder it serves', () => {
  // <tmp>/dist is served; <tmp>/dist-secret shares its name's prefix, the case a root check without a separator lets through.
  const folder = mkdtempSync(join(tmpdir(), '21cps-serve-'));
  const root = join(folder, 'dist');
  const SECRET = 'the secret beside dist';
  const servers: ReturnType<typeof createStaticServer>[] = [];
  const ports: Record<string, number> = {};

  beforeAll(async () => {
    for (const [path, text] of Object.entries({
      'dist/index.html': '<!doctype html><title>home</title><p>home page',
      'dist/404.html': '<!doctype html><title>Page not found</title>',
      'dist/about/index.html': '<!doctype html><title>about</title>',
      'dist/_headers': '/*\n  X-Content-Type-Options: nosniff\n/boom\n  X-Broken: a\u0001b\n',
      'dist/_redirects': '/old/ /about/ 301\n/21cps/old/ /21cps/about/ 301\n',
      'dist/_nginx/site.conf': 'location / {}\n',
      'dist-secret/secret.txt': SECRET,
    })) {
      mkdirSync(join(folder, path, '..'), { recursive: true });
      writeFileSync(join(folder, path), text);
    }
    for (const base of ['/', '/21cps/']) {
      const server = createStaticServer({ root, basePath: base });
      await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
      servers.push(server);
      ports[base] = (server.address() as AddressInfo).port;
    }
  });
  afterAll(async () => {
    for (const server of servers) {
      server.closeAllConnections();
      await new Promise((done) => server.close(done));
    }
    rmSync(folder, { recursive: true, force: true });
  });

  const hostile = [
    '//',
    '///',
    '//@',
    '//example.com/',
    '/\\',
    '/\\..\\dist-secret\\secret.txt',
    '/..',
    '/../dist-secret/secret.txt',
    '/%2e%2e/dist-secret/secret.txt',
    '/%2e%2e%2fdist-secret%2fsecret.txt',
    '/..%2fdist-secret%2fsecret.txt',
    '/..%2F..%2F..%2Fetc%2Fpasswd',
    '/%2f',
    '/%2fdist-secret/secret.txt',
    '//..%2fdist-secret%2fsecret.txt',
    '/./../dist-secret/secret.txt',
    '/%252e%252e%252fdist-secret%252fsecret.txt',
    '/%00',
    '/index.html%00',
    '/..%00/dist-secret/secret.txt',
    '/%E0%A4%A',
    '/_headers',
    '/_redirects',
    '/_nginx/site.conf',
  ];
  it.each(hostile)('GET %s answers 404 without the secret, and the server keeps answering', async (path) => {
    for (const base of ['/', '/21cps/']) {
      const target = base === '/' ? path : `/21cps${path}`;
      const response = await raw(ports[base]!, target);
      expect(response.status, target).toBe(404);
      expect(response.text).not.toContain(SECRET);
      expect((await raw(ports[base]!, base)).status).toBe(200);
    }
  });
  it('still serves its own pages, redirects and 404 page', async () => {
    expect((await raw(ports['/']!, '/about/')).status).toBe(200);
    expect((await raw(ports['/']!, '/old/')).text).toContain('Location: /about/');
    expect((await raw(ports['/21cps/']!, '/21cps/old/?a=1')).text).toContain('Location: /21cps/about/?a=1');
    expect((await raw(ports['/21cps/']!, '/21cps')).text).toContain('Location: /21cps/');
    const missing = await raw(ports['/']!, '/nothing-here');
    expect(missing.status).toBe(404);
    expect(missing.text).toContain('Page not found');
    expect(missing.text).toMatch(/^x-content-type-options: nosniff\r$/im);
  });
  it('turns an exception in the handler into a 500 and keeps answering', async () => {
    // The _headers rule for /boom has a value Node refuses to send (a control character).
    const response = await raw(ports['/']!, '/boom');
    expect(response.status).toBe(500);
    expect(response.text).not.toMatch(/x-content-type-options/i);
    expect((await raw(ports['/']!, '/')).status).toBe(200);
  });
  it('answers other methods with 405 before looking at the path', async () => {
    const response = await raw(ports['/']!, '//', 'DELETE');
    expect(response.status).toBe(405);
    expect(response.text).toContain('Allow: GET, HEAD');
  });
});
