/** The link checker (tests/support/links.ts) on small sites of its own: what it must catch, and what it must leave alone. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { checkLinks, filesUnder, pagePath } from './links.ts';

const fixtures: string[] = [];
afterAll(() => {
  for (const dir of fixtures) rmSync(dir, { recursive: true, force: true });
});
function site(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'link-checker-'));
  fixtures.push(dir);
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

describe('the link checker, on a site at the root', () => {
  const dir = site({
    'index.html': '<body id="top"><h2 id="a">A</h2><a href="/page/#b">ok</a><a href="/page/#missing">x</a><a href="/gone/">x</a><a href="/page">x</a><img src="/pic.png"><a href="#top">top</a><a href="https://elsewhere.example/">out</a></body>',
    'page/index.html': '<h2 id="b">B</h2><a href="../#a">ok</a><a href="/short/#b">via redirect</a><meta property="og:image" content="http://localhost:4321/og/page.png">',
    'short/index.html': '<meta http-equiv="refresh" content="0;url=/page/">',
    'data.json': '{"url": "http://localhost:4321/nowhere/"}',
  });
  const { problems, external, checked } = checkLinks(dir, { siteUrl: 'http://localhost:4321/' });
  it('reports a missing page, a missing id, a missing image and a missing trailing slash, naming the file', () => {
    expect(problems.map((p) => `${p.file} ${p.link}`).sort()).toEqual(
      [
        '/data.json http://localhost:4321/nowhere/',
        '/index.html /gone/',
        '/index.html /page',
        '/index.html /page/#missing',
        '/index.html /pic.png',
        '/page/index.html http://localhost:4321/og/page.png',
      ].sort(),
    );
    expect(problems.find((p) => p.link === '/page')?.problem).toMatch(/trailing slash/);
    expect(problems.find((p) => p.link === '/page/#missing')?.problem).toMatch(/#missing/);
  });
  it('follows redirects to check a fragment, and leaves other sites alone', () => {
    expect(problems.some((p) => p.link.startsWith('/short/'))).toBe(false);
    expect(external).toEqual(['https://elsewhere.example/']);
    expect(checked).toBe(12); // eleven references, and the one behind the redirect
  });
});

describe('the link checker, on a site under a base path', () => {
  const dir = site({
    'index.html': '<a href="/21cps/page/">ok</a><a href="page/#b">relative, ok</a><a href="/page/">outside</a><script src="//cdn.example/x.js"></script><form action="/21cps/search/"></form><img srcset="/21cps/pic.png 1x, /21cps/big.png 2x">',
    'page/index.html': '<h2 id="b">B</h2><a href="../">up, ok</a>',
    'pic.png': 'png',
  });
  const { problems, targets } = checkLinks(dir, { siteUrl: 'https://example.ac.uk', basePath: '/21cps/' });
  it('reports a link outside the base path, a protocol-relative script, a missing form target and a missing srcset image', () => {
    expect(problems.map((p) => `${p.link}: ${p.problem}`).sort()).toEqual(
      [
        '//cdn.example/x.js: script is protocol-relative: write the scheme',
        '/21cps/big.png: image points to /big.png, which is not in the built site',
        '/21cps/search/: form points to /search/, which is not in the built site',
        '/page/: link is outside the base path /21cps/',
      ].sort(),
    );
  });
  it('lists every internal target once, with the base path, for a server to answer', () => {
    expect(targets).toEqual(['/21cps/', '/21cps/big.png', '/21cps/page/', '/21cps/pic.png', '/21cps/search/']);
  });
  it('names the URL path each file answers at', () => {
    expect(filesUnder(dir, /\.html$/).map((file) => pagePath(dir, file, '/21cps/'))).toEqual(['/21cps/', '/21cps/page/']);
  });
});
