import { describe, expect, it } from 'vitest';
import { headersFor, isHostConfig, parseHeaders, parseRedirects, sitePath } from './static-host.ts';

describe('parseRedirects', () => {
  it('reads "from to status" lines, skipping comments and blank lines', () => {
    const text = '# Generated\n\n/themes/1/ /themes/a/ 301\n/themes/1 /themes/a/ 301\n  /old/   /new/\nbroken\n';
    expect([...parseRedirects(text)]).toEqual([
      ['/themes/1/', '/themes/a/'],
      ['/themes/1', '/themes/a/'],
      ['/old/', '/new/'],
    ]);
  });
});

describe('parseHeaders and headersFor', () => {
  const rules = parseHeaders(
    [
      '# comment',
      '/*',
      '  X-Content-Type-Options: nosniff',
      '  Content-Security-Policy: default-src \'self\'; img-src data:',
      '',
      '/',
      '  Cache-Control: public, max-age=300',
      '/themes/*',
      '  Cache-Control: public, max-age=60',
      '/embed/:kind/card.html',
      '  X-Frame: any',
      '/a.b',
      '  X-Dot: literal',
    ].join('\n'),
  );
  it('applies every matching rule, keeping values with colons whole', () => {
    expect(Object.fromEntries(headersFor(rules, '/'))).toEqual({
      'x-content-type-options': 'nosniff',
      'content-security-policy': "default-src 'self'; img-src data:",
      'cache-control': 'public, max-age=300',
    });
  });
  it('matches "*" across slashes and ":name" within one segment', () => {
    expect(headersFor(rules, '/themes/x/').get('cache-control')).toBe('public, max-age=60');
    expect(headersFor(rules, '/themes/').get('cache-control')).toBe('public, max-age=60');
    expect(headersFor(rules, '/themes').get('cache-control')).toBeUndefined();
    expect(headersFor(rules, '/embed/themes/card.html').get('x-frame')).toBe('any');
    expect(headersFor(rules, '/embed/a/b/card.html').get('x-frame')).toBeUndefined();
  });
  it('treats other characters literally', () => {
    expect(headersFor(rules, '/a.b').get('x-dot')).toBe('literal');
    expect(headersFor(rules, '/axb').get('x-dot')).toBeUndefined();
  });
  it('joins a header two matching rules set, as Cloudflare does', () => {
    const twice = parseHeaders('/*\n  Vary: A\n/x\n  Vary: B\n');
    expect(headersFor(twice, '/x').get('vary')).toBe('A, B');
  });
});

describe('sitePath', () => {
  it.each([
    ['/', '/'],
    ['/themes/fluid-careers/?q=1', '/themes/fluid-careers/'],
    ['/themes/fluid-careers', '/themes/fluid-careers'],
    ['/a%20b/', '/a b/'],
    ['/themes%2ffluid-careers/', '/themes/fluid-careers/'],
    ['/.well-known/x', '/.well-known/x'],
  ])('%s is %s', (target, path) => {
    expect(sitePath(target)).toBe(path);
  });
  it.each([
    '//',
    '///',
    '//@',
    '//example.com/',
    '/\\',
    '/\\..\\secret',
    '/..',
    '/.',
    '/../dist-secret/secret.txt',
    '/a/../../b',
    '/%2e%2e/dist-secret/secret.txt',
    '/..%2fdist-secret%2fsecret.txt',
    '/%2e%2e%2fdist-secret%2fsecret.txt',
    '/a/%2e%2e',
    '/%2f',
    '/%00',
    '/index.html%00.txt',
    '/%E0%A4%A',
    '*',
    'http://example.com/',
    '',
  ])('%j is refused', (target) => {
    expect(sitePath(target)).toBeUndefined();
  });
});

describe('isHostConfig', () => {
  it.each(['/_headers', '/_redirects', '/_nginx', '/_nginx/', '/_nginx/site.conf'])('%s is host configuration', (path) => {
    expect(isHostConfig(path)).toBe(true);
  });
  it.each(['/', '/_astro/x.css', '/themes/_headers', '/_nginxy'])('%s is not', (path) => {
    expect(isHostConfig(path)).toBe(false);
  });
});
