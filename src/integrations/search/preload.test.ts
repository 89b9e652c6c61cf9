import { describe, expect, it } from 'vitest';
import { searchPreloads, withPreloads } from './preload.ts';

const facts = {
  base: '/guide/',
  stylesheets: ['_astro/search-ui.abc.css'],
  entry: { languages: { 'en-gb': { hash: 'en-gb_123', wasm: 'en-gb' } } },
  metaCacheTag: 'build1',
  indexChunks: ['en-gb_9.pf_index'],
};

describe('search page preload hints', () => {
  it('names every file a search with a query needs before its results, as the code asks for it', () => {
    expect(searchPreloads({ ...facts, language: 'en-gb' }).map((h) => `${h.rel} ${h.href} ${h.as ?? ''} ${h.crossorigin ?? ''}`.trim())).toEqual([
      'preload /guide/_astro/search-ui.abc.css style',
      'modulepreload /guide/pagefind/pagefind.js',
      'preload /guide/pagefind/pagefind-entry.json?ts=build1 fetch anonymous',
      'preload /guide/pagefind/pagefind.en-gb_123.pf_meta fetch anonymous',
      'preload /guide/pagefind/wasm.en-gb.pagefind fetch anonymous',
      'preload /guide/pagefind/index/en-gb_9.pf_index fetch anonymous',
    ]);
  });
  it('leaves the index out when it has several chunks (a search needs only some)', () => {
    expect(searchPreloads({ ...facts, language: 'en-gb', indexChunks: ['a.pf_index', 'b.pf_index'] }).some((h) => h.href.includes('/index/'))).toBe(false);
  });
  it('puts the hints in a template at the end of <head>, every other byte as it was', () => {
    const html = `<!DOCTYPE html><html lang="en-GB"><head><meta http-equiv="content-security-policy" content="default-src 'self'"><title>S</title></head><body><p>x</p></body></html>`;
    const out = withPreloads(html, facts);
    const at = out.indexOf('<template data-search-preloads');
    expect(at).toBe(html.indexOf('</head>'));
    expect(out.slice(0, at) + out.slice(out.indexOf('</template>') + '</template>'.length)).toBe(html);
    expect(out).toContain('href="/guide/pagefind/pagefind.en-gb_123.pf_meta"');
  });
});
