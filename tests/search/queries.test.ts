/**
 * The query test set (queries.ts) against the built index in dist/pagefind/, in Node, through the
 * search engine the dialog and /search/ page use (src/shared/search-engine.ts: per-word fallback,
 * aliases, typo corrections), with the site's own ranking and the same choice of sections.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { normaliseQuery, toPagefindFilters, withoutHighlight } from '../../src/shared/search.ts';
import { COMMON_WORDS, queryTerms } from '../../src/shared/search-engine.ts';
import { builtPages, page, text } from '../support/dist.ts';
import { contractUrls } from '../support/url-contract.ts';
import type { PagefindApi } from './pagefind-node.ts';
import { openEngine, type Engine } from './engine-node.ts';
import { UNINDEXED_PATHS } from '../../src/lib/pages.ts';
import { queries, type SearchQuery } from './queries.ts';

let engine: Engine;
let pagefind: PagefindApi;
beforeAll(async () => {
  engine = await openEngine();
  pagefind = engine.pagefind;
});
afterAll(() => engine?.close());

/** Every URL a reader sees for the top `pages` results: each page and the sections listed under it. */
async function shownUrls(query: SearchQuery, pages = 3): Promise<string[][]> {
  return engine.shown(await engine.ask(query.query, query.filters), pages);
}

/** The issue's own examples (issue 12), word for word. */
const QUOTED_IN_ISSUE = ['cuts and austerity in councils', 'skills not just technical expertise', 'entreprenuer', 'carreers', 'comercial', 'commerciality'];

const seenUrls = new Set<string>();

describe('the query test set', () => {
  it.each(queries.map((q) => [q.query + (q.filters ? ` ${JSON.stringify(q.filters)}` : ''), q] as const))('"%s" finds its section in the top 3', async (_, query) => {
    const shown = await shownUrls(query);
    for (const url of shown.flat()) seenUrls.add(url);
    expect(shown.flat(), `"${query.query}" → ${query.expect}; got:\n${shown.map((urls) => urls.join('  ')).join('\n')}`).toContain(query.expect);
  });

  it('every result and section it links to exists', () => {
    // Many queries land on the same pages now the set has grown: the loop must still have seen plenty.
    expect(seenUrls.size).toBeGreaterThan(50);
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

  it('has at least 80 queries, with the issue’s examples word for word', () => {
    expect(queries.length).toBeGreaterThanOrEqual(80);
    for (const quoted of QUOTED_IN_ISSUE) expect(queries.map((q) => q.query)).toContain(quoted);
  });
  it('has at least 25 plain questions of three or more words that no one page has all of', async () => {
    const natural = queries.filter((q) => q.tags.includes('natural'));
    expect(natural.length).toBeGreaterThanOrEqual(25);
    for (const q of natural) {
      expect(queryTerms(q.query).filter((w) => !COMMON_WORDS.has(w)).length, q.query).toBeGreaterThanOrEqual(3);
      expect((await pagefind.search(normaliseQuery(q.query)))?.results, `${q.query}: Pagefind alone finds a page with every word`).toEqual([]);
    }
  });
  it('has at least 10 misspellings, at least half of them corrected from the site’s vocabulary', async () => {
    // The others Pagefind's own prefix matching already finds ("humanitiy" → humanity).
    const typos = queries.filter((q) => q.tags.includes('typo'));
    expect(typos.length).toBeGreaterThanOrEqual(10);
    const corrected = [];
    for (const q of typos) if ((await engine.ask(q.query)).corrections.some((c) => c.searched)) corrected.push(q.query);
    expect(corrected.length * 2).toBeGreaterThanOrEqual(typos.length);
    expect(corrected).toEqual(expect.arrayContaining(['entreprenuer', 'carreers', 'comercial']));
  });
  it('has at least 10 alias queries, each searching an alias', async () => {
    const aliased = queries.filter((q) => q.tags.includes('alias'));
    expect(aliased.length).toBeGreaterThanOrEqual(10);
    for (const q of aliased) expect((await engine.ask(q.query)).alsoSearched, q.query).not.toEqual([]);
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

describe('never a dead end', () => {
  it('every query of the set, and each with common words added, has results', async () => {
    let dead = 0;
    for (const q of queries) {
      for (const asked of [q.query, `what is the ${q.query} and how`]) if (!(await engine.ask(asked, q.filters)).hits.length) dead++;
    }
    expect(dead).toBe(0);
  });
  it('says so when no page has all the words, naming a word found nowhere', async () => {
    const answer = await engine.ask('skills not just technical expertise zzxqv');
    expect(answer.partial).toBe(true);
    expect(answer.unmatched).toEqual(['zzxqv']);
    expect(answer.hits.length).toBeGreaterThan(0);
  });
});

describe('one result per fact', () => {
  const themeTitles = ['Municipal entrepreneur', 'Generic skills', 'Fluid careers', 'Publicness and commerciality', 'Permaausterity', 'Rooted in locality'];
  it.each(themeTitles)('"%s" lists its theme page first, and neither the workshop cards nor the connections map above it', async (title) => {
    const urls = (await engine.shown(await engine.ask(title), 10)).map((shown) => shown[0]);
    expect(urls[0]).toMatch(/^\/themes\//);
    expect(urls.slice(0, 2)).not.toContain('/workshop/');
    expect(urls.slice(0, 2)).not.toContain('/connections/');
  });
  it.each([['workshop cards', '/workshop/'], ['connections map', '/connections/']])('"%s" still finds %s by its name', async (query, url) => {
    expect((await engine.shown(await engine.ask(query), 1))[0]?.[0]).toBe(url);
  });
  it.each(['Mark Rogers', 'ESRC grant', 'report summary', 'Catherine Needham'])('the report summary ranks above the workshop cards and About for "%s"', async (query) => {
    const urls = (await engine.shown(await engine.ask(query), 20)).map((shown) => shown[0]);
    const report = urls.indexOf('/report/');
    expect(report).toBeGreaterThanOrEqual(0);
    for (const other of ['/workshop/', '/about/']) if (urls.includes(other)) expect(report, other).toBeLessThan(urls.indexOf(other));
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
      for (const chrome of ['Skip to main content', 'Back to top', 'Previous theme', 'Next theme', 'Last reviewed', 'Accessibility statement Privacy', 'Copy link', '✓', 'Note on the wording', 'Copy the']) {
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
