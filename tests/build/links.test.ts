/** The link checker over dist/: every internal link (with its #fragment), image and URL resolves. The checker's own test is tests/support/links.test.ts. */
import { describe, expect, it } from 'vitest';
import { site } from '../../src/lib/site.ts';
import { DIST } from '../support/dist.ts';
import { checkLinks } from '../support/links.ts';

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
