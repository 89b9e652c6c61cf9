/**
 * The query test set (queries.ts) against the built index in dist/pagefind/, in Node, with the
 * site's own ranking and the same choice of sections the search dialog shows.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { displaySubResults, normaliseQuery, toPagefindFilters, withoutHighlight, emptySearchState } from '../../src/shared/search.ts';
import { builtPages, page, text } from '../support/dist.ts';
import { contractUrls } from '../support/url-contract.ts';
import { openIndex, type PagefindApi } from './pagefind-node.ts';
import { UNINDEXED_PATHS } from '../../src/lib/pages.ts';
import { queries, type SearchQuery } from './queries.ts';

let pagefind: PagefindApi;
let close: () => void;
beforeAll(async () => {
  ({ pagefind, close } = await openIndex());
});
afterAll(() => close?.());

/** Every URL a reader sees for the top `pages` results: each page and the sections listed under it. */
async function shownUrls(query: SearchQuery, pages = 3): Promise<string[][]> {
  const state = { ...emptySearchState(), q: query.query };
  const filters = toPagefindFilters({ ...state.filters, ...query.filters });
  const search = await pagefind.search(normaliseQuery(query.query), { filters });
  const top = await Promise.all((search?.results ?? []).slice(0, pages).map((result) => result.data()));
  return top.map((result) => [result.url, ...displaySubResults(result.url, result.sub_results).map((sub) => sub.url)].map(withoutHighlight));
}

const seenUrls = new Set<string>();

describe('the query test set', () => {
  it.each(queries.map((q) => [q.query + (q.filters ? ` ${JSON.stringify(q.filters)}` : ''), q] as const))('"%s" finds its section in the top 3', async (_, query) => {
    const shown = await shownUrls(query);
    for (const url of shown.flat()) seenUrls.add(url);
    expect(shown.flat(), `"${query.query}" → ${query.expect}; got:\n${shown.map((urls) => urls.join('  ')).join('\n')}`).toContain(query.expect);
  });

  it('every result and section it links to exists', () => {
    expect(seenUrls.size).toBeGreaterThan(queries.length);
    const pages = builtPages();
    for (const url of seenUrls) {
      const [path = '', id] = url.split('#');
      expect(pages, url).toContain(path);
      if (id) expect(page(path).querySelector(`[id="${id}"]`), url).not.toBeNull();
    }
  });
});

describe('the query test set itself', () => {
  const headingOf = (url: string) => {
    const [path = '', id] = url.split('#');
    return text(id ? page(path).querySelector(`[id="${id}"]`) : page(path).querySelector('h1'));
  };
  const words = (value: string) => value.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const STOP = new Set(['a', 'an', 'and', 'the', 'of', 'in', 'on', 'to', 'from', 'for', 'is', 'at', 'by', 'with']);

  it('has at least 30 queries', () => {
    expect(queries.length).toBeGreaterThanOrEqual(30);
  });
  it('covers every theme and every finding', () => {
    const targets = new Set(queries.map((q) => q.expect.split('#')[0]));
    for (const url of contractUrls.filter((u) => /^\/themes\/[^/]+\/$/.test(u))) expect(targets, url).toContain(url);
    const findingIds = page('/leadership/').querySelectorAll('[data-finding-kind] section[aria-labelledby] h3').map((h) => h.id);
    expect(findingIds).toHaveLength(5);
    for (const id of findingIds) expect(queries.map((q) => q.expect), id).toContain(`/leadership/#${id}`);
  });
  it('covers word forms, names, phrases, quoted phrases and the filters', () => {
    const asked = queries.map((q) => q.query);
    for (const needed of ['careers', 'leaders', 'Mark Rogers', 'Ben Willmott']) expect(asked).toContain(needed);
    for (const tag of ['word-form', 'name', 'phrase', 'quoted', 'filter'] as const) {
      expect(queries.filter((q) => q.tags.includes(tag)).length, tag).toBeGreaterThanOrEqual(2);
    }
    const filtered = queries.filter((q) => q.filters);
    expect(new Set(filtered.flatMap((q) => Object.keys(q.filters ?? {})))).toEqual(new Set(['source', 'type']));
  });
  it('uses, in at least half its queries, words that are not in the heading it lands on', () => {
    const ownWords = queries.filter((q) => {
      const heading = new Set(words(headingOf(q.expect)));
      return words(q.query).filter((w) => !STOP.has(w)).some((w) => !heading.has(w));
    });
    expect(ownWords.length * 2).toBeGreaterThanOrEqual(queries.length);
  });
});

describe('weighting', () => {
  const themes = contractUrls.filter((u) => /^\/themes\/[^/]+\/$/.test(u)).map((url) => {
    const root = page(url);
    return { url, title: text(root.querySelector('h1')), statement: text(root.querySelector('[data-theme-statement]')) };
  });
  const first = async (query: string) => {
    const search = await pagefind.search(normaliseQuery(query));
    const [top, next] = search?.results ?? [];
    const data = await top?.data();
    return { url: data && withoutHighlight(data.url), margin: top && next ? top.score / next.score : Infinity };
  };
  it.each(themes)('$title: its short title and its statement bring up its page first, well ahead of passing mentions', async (theme) => {
    const byTitle = await first(theme.title);
    expect(byTitle.url).toBe(theme.url);
    expect(byTitle.margin).toBeGreaterThanOrEqual(2);
    const statement = theme.statement.replace('The 21st Century Public Servant ', '').replace(/[[\]]/g, '');
    expect((await first(statement)).url).toBe(theme.url);
  });
});

describe('the index', () => {
  it('offers exactly the source and type filters, with the expected page counts', async () => {
    const filters = await pagefind.filters();
    expect(filters).toEqual({
      source: { inlogov: 11, cipd: 1, guide: 2 },
      type: { theme: 10, report: 1, leadership: 1, about: 2 },
    });
  });
  it('records the theme number and short title on each theme page', async () => {
    const search = await pagefind.search(null, { filters: toPagefindFilters({ source: [], type: ['theme'] }) });
    const themes = await Promise.all((search?.results ?? []).map((r) => r.data()));
    expect(themes).toHaveLength(10);
    const numbers = themes.map((t) => Number(t.meta['theme'])).sort((a, b) => a - b);
    expect(numbers).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    for (const theme of themes) {
      expect(theme.meta['theme_title']).toBe(theme.meta['title']);
      expect(text(page(withoutHighlight(theme.url)).querySelector('h1'))).toBe(theme.meta['theme_title']);
    }
  });
  it('indexes the reading content only: no navigation, breadcrumbs, contents lists or listing pages', async () => {
    const all = await pagefind.search(null, { filters: {} });
    const pages = await Promise.all((all?.results ?? []).map((r) => r.data()));
    const urls = pages.map((p) => withoutHighlight(p.url)).sort();
    expect(urls).toEqual(contractUrls.filter((u) => !UNINDEXED_PATHS.includes(u)).sort());
    for (const indexed of pages) {
      const content = (indexed as unknown as { content: string }).content;
      for (const chrome of ['Skip to main content', 'Back to top', 'Previous theme', 'Next theme', 'Last reviewed', 'Accessibility statement Privacy', 'Copy link']) {
        expect(content, `${indexed.url} indexes "${chrome}"`).not.toContain(chrome);
      }
      // The "#" of each heading's link must not reach excerpts or section titles ("# In brief").
      expect(content, `${indexed.url} indexes heading links`).not.toMatch(/(^|\s)#(\s|$)/);
      for (const section of indexed.sub_results ?? []) expect(section.title).not.toMatch(/^#/);
    }
  });
  it('splits pages into sections only at headings whose ids exist on the page', async () => {
    const all = await pagefind.search(null, { filters: {} });
    const pages = await Promise.all((all?.results ?? []).map((r) => r.data()));
    let headings = 0;
    for (const indexed of pages) {
      const path = withoutHighlight(indexed.url);
      const anchors = (indexed as unknown as { anchors: { element: string; id: string }[] }).anchors.filter((a) => /^h[1-6]$/.test(a.element));
      for (const anchor of anchors) expect(page(path).querySelector(`${anchor.element}[id="${anchor.id}"]`), `${path}#${anchor.id}`).not.toBeNull();
      headings += anchors.length;
    }
    expect(headings).toBeGreaterThan(40);
  });
  it('answers odd queries without an error', async () => {
    for (const raw of ['', '   ', 'z'.repeat(2000), '<script>alert(1)</script>', '🦄🦄🦄', '"no such phrase anywhere"', "'; DROP TABLE pages; --"]) {
      const search = await pagefind.search(normaliseQuery(raw) || null, { filters: {} });
      expect(Array.isArray(search?.results), raw.slice(0, 20)).toBe(true);
    }
  });
});
