/**
 * Preload hints for the /search/ page, written into its built HTML once the index exists (the
 * Pagefind files' names are known only then). Opened with a query, the page otherwise finds its
 * files one round trip at a time: the search code, then pagefind.js, then pagefind-entry.json,
 * then the meta file and the WebAssembly, then the index. Now:
 * - the search code's own chunks are not hinted: every visit runs them, but as <head> hints they
 *   delayed the bare page's LCP (Lighthouse mobile 0.93 → 1.42 s) for at most two round trips
 *   saved with a query;
 * - Pagefind's files and the search stylesheet are hints in a <template data-search-preloads>,
 *   which src/scripts/search-page.ts puts in the <head> only when the page opens with a query, so
 *   a visit without one does not fetch 150 KB it may never use (Lighthouse: the bare page's LCP
 *   rose from 0.9 to 2.3 s when they were plain hints).
 * Only the result data (fragments), which depends on the results, still waits for the search.
 * Each hint matches the request the code makes, so nothing is fetched twice: module scripts
 * (`modulepreload`), Pagefind's `fetch()` calls (`as="fetch" crossorigin`), the stylesheet.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { select } from 'hast-util-select';
import { toHtml } from 'hast-util-to-html';
import { h } from 'hastscript';

export interface PagefindEntry {
  languages: Record<string, { hash: string; wasm?: string }>;
}

export interface PreloadFacts {
  /** The site's base path, ending in "/". */
  base: string;
  /** Stylesheets (base-free paths) the search code adds. */
  stylesheets: readonly string[];
  /** pagefind-entry.json, parsed. */
  entry: PagefindEntry;
  /** The page's language, as Pagefind reads it (<html lang>, lower case). */
  language: string;
  /** Pagefind's metaCacheTag: the entry file is asked for as pagefind-entry.json?ts=<tag>. */
  metaCacheTag: string;
  /** The index chunks (names under pagefind/index/): preloaded only when there is one, which every search needs. */
  indexChunks: readonly string[];
}

export interface Hint {
  rel: 'modulepreload' | 'preload';
  href: string;
  as?: 'fetch' | 'style';
  crossorigin?: 'anonymous';
}

/** The hints for the search page opened with a query, in the order the files are needed. */
export function searchPreloads(facts: PreloadFacts): Hint[] {
  const bundle = `${facts.base}pagefind/`;
  const language = facts.entry.languages[facts.language] ?? (Object.keys(facts.entry.languages).length === 1 ? Object.values(facts.entry.languages)[0] : undefined);
  const fetched = (href: string): Hint => ({ rel: 'preload', href, as: 'fetch', crossorigin: 'anonymous' });
  return [
    ...facts.stylesheets.map((path): Hint => ({ rel: 'preload', href: `${facts.base}${path}`, as: 'style' })),
    { rel: 'modulepreload', href: `${bundle}pagefind.js` },
    fetched(`${bundle}pagefind-entry.json?ts=${encodeURIComponent(facts.metaCacheTag)}`),
    ...(language ? [fetched(`${bundle}pagefind.${language.hash}.pf_meta`), fetched(`${bundle}wasm.${language.wasm ?? 'unknown'}.pagefind`)] : []),
    ...(facts.indexChunks.length === 1 ? [fetched(`${bundle}index/${facts.indexChunks[0]}`)] : []),
  ];
}

/**
 * The search page's HTML with the hints' template after the last element of its <head>; every other byte
 * as it was (the host config later finds the page's policy <meta> byte for byte). The page's
 * language is read from its <html lang>, lower case, as Pagefind reads it.
 */
export function withPreloads(html: string, facts: Omit<PreloadFacts, 'language'>): string {
  const tree: Root = fromHtml(html);
  const end = (select('head', tree) as Element | null)?.children.at(-1)?.position?.end.offset;
  if (end === undefined) throw new Error('Search page: no <head> content to add preload hints after.');
  const language = String((select('html', tree) as Element | null)?.properties['lang'] ?? '').toLowerCase();
  const hints = searchPreloads({ ...facts, language }).map((hint) => h('link', { ...hint }));
  return html.slice(0, end) + toHtml(h('template', { dataSearchPreloads: '' }, hints)) + html.slice(end);
}
