import { describe, expect, it } from 'vitest';
import { absoluteUrl, isRootRelative, routes, withBase } from './urls.ts';

describe('withBase', () => {
  it('leaves paths alone at the root', () => {
    expect(withBase('/themes/fluid-careers/', '/')).toBe('/themes/fluid-careers/');
  });
  it('prefixes a sub-path once', () => {
    expect(withBase('/themes/', '/21cps/')).toBe('/21cps/themes/');
    expect(withBase('/', '/21cps/')).toBe('/21cps/');
    expect(withBase('/leadership/#staff-shape-values', '/21cps/')).toBe('/21cps/leadership/#staff-shape-values');
  });
  it('refuses relative and protocol-relative paths', () => {
    expect(() => withBase('themes/')).toThrow(/root-relative/);
    expect(() => withBase('//evil.example/')).toThrow(/root-relative/);
  });
});

describe('absoluteUrl', () => {
  it('joins the site URL and base path', () => {
    expect(absoluteUrl('/themes/', { siteUrl: 'https://example.ac.uk/', basePath: '/21cps/' })).toBe(
      'https://example.ac.uk/21cps/themes/',
    );
  });
});

describe('routes', () => {
  it('gives theme and finding URLs with trailing slashes and anchors', () => {
    expect(routes.theme('permaausterity')).toBe('/themes/permaausterity/');
    expect(routes.finding('willmott-comment')).toBe('/leadership/#willmott-comment');
  });
  it('knows which hrefs need the base path', () => {
    expect(isRootRelative('/about/')).toBe(true);
    expect(isRootRelative('https://example.org/')).toBe(false);
    expect(isRootRelative('#in-brief')).toBe(false);
  });
});
