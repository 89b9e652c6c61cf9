import { describe, expect, it } from 'vitest';
import { fillSizeLabels } from './size-label.ts';

describe('fillSizeLabels', () => {
  it('writes the size into every marked span and changes nothing else', () => {
    const html = '<!doctype html><p><a href="/x.epub">Get it</a> (<span data-epub-size>EPUB</span>) and <span data-epub-size>EPUB</span></p>';
    expect(fillSizeLabels(html, 31_218, 'page.html')).toBe(
      '<!doctype html><p><a href="/x.epub">Get it</a> (<span data-epub-size>EPUB, 31 KB</span>) and <span data-epub-size>EPUB, 31 KB</span></p>',
    );
  });
  it('names the page when a marked span holds markup', () => {
    expect(() => fillSizeLabels('<span data-epub-size><b>EPUB</b></span>', 1, 'about/index.html')).toThrow(/about\/index\.html/);
  });
});
