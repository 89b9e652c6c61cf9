import { describe, expect, it } from 'vitest';
import {
  MAX_QUERY_LENGTH,
  displaySubResults,
  emptySearchState,
  encodeSectionLabels,
  sectionLabel,
  filterLabel,
  normaliseQuery,
  parseSearchParams,
  resultKicker,
  sameSearchState,
  searchHref,
  searchStateToParams,
  toPagefindFilters,
  withoutHighlight,
} from './search.ts';

describe('normaliseQuery', () => {
  it('trims and collapses whitespace, and keeps quotes for phrase search', () => {
    expect(normaliseQuery('  command \n and\tcontrol  ')).toBe('command and control');
    expect(normaliseQuery('"heroic leadership"')).toBe('"heroic leadership"');
  });
  it('turns empty, whitespace-only and non-string input into an empty query', () => {
    expect(normaliseQuery('')).toBe('');
    expect(normaliseQuery(' \u00a0\t\n ')).toBe('');
    expect(normaliseQuery(undefined)).toBe('');
    expect(normaliseQuery(42)).toBe('');
  });
  it('removes control and zero-width characters', () => {
    expect(normaliseQuery('care\u0000ers\u200b')).toBe('care ers');
  });
  it('cuts a very long query at a word boundary', () => {
    const long = 'public service '.repeat(150);
    const result = normaliseQuery(long);
    expect(result.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(result.endsWith('public') || result.endsWith('service')).toBe(true);
    expect(normaliseQuery('z'.repeat(2000))).toHaveLength(MAX_QUERY_LENGTH);
  });
  it('leaves markup-like text and emoji as text (it is only ever shown as text)', () => {
    expect(normaliseQuery('<script>alert(1)</script>')).toBe('<script>alert(1)</script>');
    expect(normaliseQuery('🦄 values')).toBe('🦄 values');
  });
});

describe('search URLs', () => {
  it('reads the query and known filter values, dropping unknown values and repeats', () => {
    const state = parseSearchParams(new URLSearchParams('q=%20leaders%20&type=theme&type=theme&type=nonsense&source=cipd&colour=red'));
    expect(state).toEqual({ q: 'leaders', filters: { source: ['cipd'], type: ['theme'] } });
  });
  it('does not take filter names from the object prototype', () => {
    expect(parseSearchParams(new URLSearchParams('type=constructor&source=toString')).filters).toEqual({ source: [], type: [] });
  });
  it('writes a state back in a fixed order, so the same search always has the same URL', () => {
    const state = { q: 'values', filters: { source: ['guide' as const, 'inlogov' as const], type: ['about' as const, 'theme' as const] } };
    expect(searchStateToParams(state).toString()).toBe('q=values&source=inlogov&source=guide&type=theme&type=about');
    expect(parseSearchParams(searchStateToParams(state))).toEqual({ q: 'values', filters: { source: ['inlogov', 'guide'], type: ['theme', 'about'] } });
  });
  it('links to the search page with the base path the caller gives', () => {
    expect(searchHref('/21cps/search/', { ...emptySearchState(), q: 'heroic leadership' })).toBe('/21cps/search/?q=heroic+leadership');
    expect(searchHref('/search/', emptySearchState())).toBe('/search/');
  });
  it('compares states by their URL', () => {
    expect(sameSearchState({ q: 'a', filters: { source: ['cipd', 'guide'], type: [] } }, { q: ' a ', filters: { source: ['guide', 'cipd'], type: [] } })).toBe(true);
    expect(sameSearchState({ ...emptySearchState(), q: 'a' }, { ...emptySearchState(), q: 'b' })).toBe(false);
  });
});

describe('filters and labels', () => {
  it('gives Pagefind only the filters with a value chosen, any value matching', () => {
    expect(toPagefindFilters({ source: [], type: ['theme', 'report'] })).toEqual({ type: { any: ['theme', 'report'] } });
    expect(toPagefindFilters({ source: [], type: [] })).toEqual({});
  });
  it('labels filter values, and nothing for an unknown one', () => {
    expect(filterLabel('type', 'leadership')).toBe('Values-based leadership');
    expect(filterLabel('source', 'cipd')).toBe('About: the CIPD / PPMA research (2012)');
    expect(filterLabel('source', 'inlogov')).toBe('About: the INLOGOV report (2014)');
    expect(filterLabel('source', 'guide')).toBe('About this guide');
    expect(filterLabel('type', 'toString')).toBeUndefined();
  });
  it('says which theme a result is, or what kind of page and from which source', () => {
    expect(resultKicker({ theme: '5', theme_total: '10' }, { type: ['theme'], source: ['inlogov'] })).toBe('Theme 5 of 10');
    expect(resultKicker({}, { type: ['leadership'], source: ['cipd'] })).toBe('Values-based leadership · About: the CIPD / PPMA research (2012)');
    expect(resultKicker({}, {})).toBe('');
  });
});

describe('result URLs and sections', () => {
  it('removes only the highlight parameter', () => {
    expect(withoutHighlight('/leadership/?highlight=values#staff-shape-values')).toBe('/leadership/#staff-shape-values');
    expect(withoutHighlight('/x/?highlight=a&highlight=b&keep=1')).toBe('/x/?keep=1');
    expect(withoutHighlight('/x/#a')).toBe('/x/#a');
  });
  it('lists at most two sections with an excerpt, the ones with most hits, in page order, without the page itself', () => {
    const sub = (id: string, hits: number, excerpt = `text of ${id}`) => ({ url: `/p/#${id}`, title: id, excerpt, locations: Array.from({ length: hits }, (_, i) => i) });
    const sections = [{ url: '/p/', title: 'Page', excerpt: 'page', locations: [1] }, sub('a', 1), sub('b', 5), sub('c', 2), sub('d', 4)];
    expect(displaySubResults('/p/', sections).map((s) => s.title)).toEqual(['b', 'd']);
    expect(displaySubResults('/p/', sections.slice(0, 3)).map((s) => s.title)).toEqual(['a', 'b']);
    // No section without an excerpt, none titled "#".
    expect(displaySubResults('/p/', [sub('a', 1, ''), { ...sub('b', 1), title: '# Connections' }, sub('c', 1)]).map((s) => s.title)).toEqual(['c']);
  });
  it('with the page text, does not count hits on short words such as "to"', () => {
    const content = 'to to to to serve rule to';
    const sections = [
      { url: '/p/#a', title: 'a', excerpt: 'a', locations: [0, 1, 2, 3] },
      { url: '/p/#b', title: 'b', excerpt: 'b', locations: [4, 5] },
      { url: '/p/#c', title: 'c', excerpt: 'c', locations: [6] },
    ];
    expect(displaySubResults('/p/', sections, 1, content).map((s) => s.title)).toEqual(['b']);
    expect(displaySubResults('/p/', sections, 1).map((s) => s.title)).toEqual(['a']);
    expect(displaySubResults('/p/', undefined)).toEqual([]);
  });
});

describe('section labels in the index', () => {
  const meta = { section_labels: encodeSectionLabels({ 'in-brief': 'The guide’s reading', 'staff-shape-values': 'Reported finding' }) };
  it('label a result’s section by its id, whatever the query string', () => {
    expect(sectionLabel(meta, '/themes/x/?highlight=y#in-brief')).toBe('The guide’s reading');
    expect(sectionLabel(meta, '/leadership/#staff-shape-values')).toBe('Reported finding');
    expect(sectionLabel(meta, '/themes/x/#questions')).toBeUndefined();
    expect(sectionLabel({}, '/themes/x/#in-brief')).toBeUndefined();
  });
  it('refuse a label Pagefind’s metadata attribute would split', () => {
    expect(() => encodeSectionLabels({ a: 'one, two' })).toThrow(/must not contain/);
  });
});
