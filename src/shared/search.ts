/**
 * Search settings shared by the pages (filters and metadata written into the HTML), the
 * browser code (dialog and /search/ page) and the query test set, so all three agree.
 * Plain data and pure functions only: this module is bundled into the browser code,
 * so it must not import site.ts or urls.ts (they read process.env).
 */

/**
 * Filters: the value written into the index (a stable slug, also used in /search/ URLs, so it
 * never changes) and its label. `source` files a whole page by what it is about: a theme page is
 * mostly the guide's own reading of the INLOGOV report, so it is "about" the report, not the
 * report's text. The years are the reports' (content/reports/; tests/content checks them).
 */
export const SEARCH_FILTERS = {
  source: {
    label: 'What the page is about',
    values: {
      inlogov: 'About: the INLOGOV report (2014)',
      cipd: 'About: the CIPD / PPMA research (2012)',
      guide: 'About this guide',
    },
  },
  type: {
    label: 'Type',
    values: {
      theme: 'Theme',
      report: 'Report summary',
      leadership: 'Values-based leadership',
      about: 'About the guide',
    },
  },
} as const;

export type FilterName = keyof typeof SEARCH_FILTERS;
export type SourceId = keyof (typeof SEARCH_FILTERS)['source']['values'];
export type TypeId = keyof (typeof SEARCH_FILTERS)['type']['values'];
export const FILTER_NAMES = Object.keys(SEARCH_FILTERS) as FilterName[];

/** The filters one page carries in the index. */
export interface PageFacets {
  source: SourceId;
  type: TypeId;
}

/** The URL parameter Pagefind adds to result links, read by the highlighter on the landing page. */
export const HIGHLIGHT_PARAM = 'highlight';

/** Longest query that is searched; the rest is dropped (a 2,000-character paste still answers at once). */
export const MAX_QUERY_LENGTH = 200;

/**
 * Ranking for Pagefind (pagefind.options({ ranking })). Pagefind's defaults favour short pages
 * (pageLength 0.75), so a short page that merely mentions a theme's title scores close to the
 * theme page itself. Less length bias, and a boost for the short title (`title`, and the
 * `theme_title` metadata theme pages carry), widen the gap: searching a theme's title, its page
 * now scores at least 2.4 times the next result (1.8 times with the defaults). The statement's
 * own weight is set in ThemeLayout (data-pagefind-weight). tests/search/queries.test.ts checks both.
 */
export const SEARCH_RANKING = {
  pageLength: 0.3,
  termFrequency: 0.8,
  termSaturation: 1.2,
  metaWeights: { title: 6, theme_title: 6, theme_label: 6 },
} as const;

/** Options for pagefind.options() / createInstance(), in the browser and in the Node test runner. */
export function pagefindOptions(basePath: string, metaCacheTag?: string) {
  return {
    baseUrl: basePath,
    // The build id: Pagefind then asks for pagefind-entry.json?ts=<build id>, the same URL all build long.
    ...(metaCacheTag ? { metaCacheTag } : {}),
    highlightParam: HIGHLIGHT_PARAM,
    excerptLength: 24,
    ranking: SEARCH_RANKING,
  };
}

/**
 * A query as typed, made safe to search: control characters removed, whitespace collapsed,
 * trimmed, and cut to MAX_QUERY_LENGTH at a word boundary. Quotes are kept (phrase search).
 */
export function normaliseQuery(raw: unknown): string {
  if (typeof raw !== 'string') return '';
  // eslint-disable-next-line no-control-regex
  const cleaned = raw.replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200d\u2060\ufeff]/g, ' ').replace(/\s+/g, ' ').trim();
  if (cleaned.length <= MAX_QUERY_LENGTH) return cleaned;
  const cut = cleaned.slice(0, MAX_QUERY_LENGTH);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_QUERY_LENGTH / 2 ? cut.slice(0, space) : cut).trim();
}

/** What a /search/ URL holds: the query and the chosen filter values. */
export interface SearchState {
  q: string;
  filters: { source: SourceId[]; type: TypeId[] };
}

export const emptySearchState = (): SearchState => ({ q: '', filters: { source: [], type: [] } });

function isFilterValue<N extends FilterName>(name: N, value: string): value is Extract<keyof (typeof SEARCH_FILTERS)[N]['values'], string> {
  return Object.hasOwn(SEARCH_FILTERS[name].values, value);
}

/** Reads ?q=…&source=…&type=… leniently: unknown filter values and repeats are dropped, the query is normalised. */
export function parseSearchParams(params: URLSearchParams): SearchState {
  const state = emptySearchState();
  state.q = normaliseQuery(params.get('q') ?? '');
  for (const value of params.getAll('source')) {
    if (isFilterValue('source', value) && !state.filters.source.includes(value)) state.filters.source.push(value);
  }
  for (const value of params.getAll('type')) {
    if (isFilterValue('type', value) && !state.filters.type.includes(value)) state.filters.type.push(value);
  }
  return state;
}

/** The query string for a state, in a fixed order (q, then filters in the order they are listed above). */
export function searchStateToParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  const q = normaliseQuery(state.q);
  if (q) params.set('q', q);
  for (const name of FILTER_NAMES) {
    const order = Object.keys(SEARCH_FILTERS[name].values);
    for (const value of [...state.filters[name]].sort((a, b) => order.indexOf(a) - order.indexOf(b))) params.append(name, value);
  }
  return params;
}

/** The href of a search: `searchPath` is the /search/ page's own href (with the base path). */
export function searchHref(searchPath: string, state: SearchState): string {
  const query = searchStateToParams(state).toString();
  return query ? `${searchPath}?${query}` : searchPath;
}

/** Pagefind's filter argument: only the filters with a value chosen (values within one filter are OR-ed). */
export function toPagefindFilters(filters: SearchState['filters']): Record<string, { any: string[] }> {
  const result: Record<string, { any: string[] }> = {};
  for (const name of FILTER_NAMES) if (filters[name].length) result[name] = { any: [...filters[name]] };
  return result;
}

export function sameSearchState(a: SearchState, b: SearchState): boolean {
  return searchStateToParams(a).toString() === searchStateToParams(b).toString();
}

/** The label of a filter value, e.g. ("type", "theme") → "Theme"; undefined for an unknown value. */
export function filterLabel(name: FilterName, value: string): string | undefined {
  const values: Record<string, string> = SEARCH_FILTERS[name].values;
  return Object.hasOwn(values, value) ? values[value] : undefined;
}

/** The small line above a result's title: "Theme 5 of 10" or the page type and source. */
export function resultKicker(meta: Record<string, string | undefined>, filters: Record<string, string[] | undefined>): string {
  if (meta['theme']) return `Theme ${meta['theme']}${meta['theme_total'] ? ` of ${meta['theme_total']}` : ''}`;
  const type = filters['type']?.[0];
  const source = filters['source']?.[0];
  const parts = [type && filterLabel('type', type), source && filterLabel('source', source)].filter(Boolean);
  return parts.join(' · ');
}

/**
 * What a section of a page is, for its excerpt in results: "The guide’s reading" for a theme's
 * In brief, Connections and Questions, or a passage's kind on /leadership/. Pages write it into
 * the index as one page-level metadata field (SearchFacets.astro), mapping section ids to
 * labels: "in-brief=The guide’s reading;connections=…". Any search interface reads it back
 * with sectionLabel. Labels must not hold ";" or "=" (nor ",", which Pagefind's attribute splits on).
 */
export const SECTION_LABELS_META = 'section_labels';

export function encodeSectionLabels(labels: Readonly<Record<string, string>>): string {
  return Object.entries(labels)
    .map(([id, label]) => {
      if (/[;=,]/.test(id + label)) throw new Error(`Section label "${id}=${label}" must not contain ";", "=" or ","`);
      return `${id}=${label}`;
    })
    .join(';');
}

/** The label of the section a result URL points at ("/themes/x/?highlight=y#in-brief"), from the page's metadata. */
export function sectionLabel(meta: Record<string, string | undefined>, sectionUrl: string): string | undefined {
  const hash = sectionUrl.indexOf('#');
  const encoded = meta[SECTION_LABELS_META];
  if (hash < 0 || !encoded) return undefined;
  const id = decodeURIComponent(sectionUrl.slice(hash + 1));
  for (const pair of encoded.split(';')) {
    const at = pair.indexOf('=');
    if (at > 0 && pair.slice(0, at) === id) return pair.slice(at + 1);
  }
  return undefined;
}

/** How many sections are listed under a page result. */
export const MAX_SUB_RESULTS = 2;

/**
 * A label shown with a result or one of its sections, from the page's Pagefind metadata:
 * `label` for the page, `label_<section id>` for a section (e.g. "The guide's reading").
 */
export function resultLabel(meta: Record<string, string | undefined>, sectionUrl?: string): string | undefined {
  if (sectionUrl === undefined) return meta['label'] || undefined;
  // Sections are labelled by the page's section_labels field (SearchFacets.astro).
  return sectionLabel(meta, sectionUrl);
}

/** The first line of the theme suggestions when a query finds nothing (dialog and /search/ page). */
export const SUGGESTIONS_WHEN_EMPTY = 'Check the spelling, try fewer or different words, or go to one of the ten themes:';

export interface SubResultLike {
  url: string;
  title: string;
  excerpt?: string;
  locations?: number[];
}

/**
 * The sections shown under a page result: the page-level entry (no anchor), sections without an
 * excerpt and "#"-titled ones are dropped, then the `limit` sections with the most hits are kept
 * in page order. `content` is the page's indexed text (Pagefind's `content`), which locations index.
 */
export function displaySubResults<T extends SubResultLike>(pageUrl: string, subResults: readonly T[] | undefined, limit = MAX_SUB_RESULTS, content?: string): T[] {
  if (!Array.isArray(subResults)) return [];
  const sections = (subResults[0]?.url === pageUrl ? subResults.slice(1) : [...subResults]).filter(
    (s) => (s.excerpt ?? '').trim() !== '' && !s.title.trim().startsWith('#') && s.url.includes('#'),
  );
  if (sections.length <= limit) return sections;
  // With the page’s text, each hit counts as 1 / √(the page’s hits on that word), and hits on short
  // words ("to", "the") not at all: a section with the rare word the reader typed ("rule") comes
  // before one that repeats a common one ("services", "to").
  // Words are compared by their first five letters, so forms of one word count as one (value, values).
  const words = content?.split(/\s+/).map((w) => w.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '').slice(0, 5));
  const onPage = new Map<string, number>();
  for (const s of sections) for (const at of s.locations ?? []) onPage.set(words?.[at] ?? '', (onPage.get(words?.[at] ?? '') ?? 0) + 1);
  const weight = (at: number) => {
    if (!words) return 1;
    const word = words[at] ?? '';
    return word.length > 3 ? 1 / Math.sqrt(onPage.get(word) ?? 1) : 0;
  };
  const hits = (s: T) => (s.locations ?? []).reduce((sum, at) => sum + weight(at), 0);
  const kept = new Set(
    [...sections]
      .sort((a, b) => hits(b) - hits(a))
      .slice(0, limit)
      .map((s) => s.url),
  );
  return sections.filter((s) => kept.has(s.url));
}

/** A result URL without Pagefind's highlight parameter: the page path and #section, for comparing. */
export function withoutHighlight(url: string): string {
  const hashAt = url.indexOf('#');
  const hash = hashAt >= 0 ? url.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = beforeHash.indexOf('?');
  if (queryAt < 0) return url;
  const params = new URLSearchParams(beforeHash.slice(queryAt + 1));
  params.delete(HIGHLIGHT_PARAM);
  const rest = params.toString();
  return `${beforeHash.slice(0, queryAt)}${rest ? `?${rest}` : ''}${hash}`;
}

/** The site's vocabulary for typo suggestions, written beside the index (path under the site root). */
export const VOCABULARY_FILE = 'pagefind/vocabulary.json';
