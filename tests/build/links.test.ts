/** The link checker over dist/: every internal link (with its #fragment), image and URL resolves. */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { site } from '../../src/lib/site.ts';
import { DIST } from '../support/dist.ts';
import { checkLinks } from '../support/link-checker.ts';

describe('every link in the built site', () => {
  const result = checkLinks(DIST, { siteUrl: site.siteUrl, basePath: site.basePath });
  it('resolves, fragments included', () => {
    expect(result.problems).toEqual([]);
  });
  it('was actually checked: hundreds of links, images and URLs, and the links to the sources outside', () => {
    expect(result.checked).toBeGreaterThan(500);
    expect(result.external).toContain('https://21stcenturypublicservant.wordpress.com/');
  });
});

describe('the link checker', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'link-checker-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(fixture, path)), { recursive: true });
    writeFileSync(join(fixture, path), text);
  };
  write('index.html', '<body id="top"><h2 id="a">A</h2><a href="/page/#b">ok</a><a href="/page/#missing">x</a><a href="/gone/">x</a><a href="/page">x</a><img src="/pic.png"><a href="#top">top</a><a href="https://elsewhere.example/">out</a></body>');
  write('page/index.html', '<h2 id="b">B</h2><a href="../#a">ok</a><a href="/short/#b">via redirect</a><meta property="og:image" content="http://localhost:4321/og/page.png">');
  write('short/index.html', '<meta http-equiv="refresh" content="0;url=/page/">');
  write('data.json', '{"url": "http://localhost:4321/nowhere/"}');
  const { problems, external } = checkLinks(fixture, { siteUrl: 'http://localhost:4321/' });
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
  });
});
