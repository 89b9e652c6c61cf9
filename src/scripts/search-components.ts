/**
 * Loads Pagefind's Component UI (dist/pagefind/pagefind-component-ui.js and .css, written by
 * the index step) on first use and configures it the same way for the dialog and the /search/
 * page: the site's ranking and highlight parameter, British English strings, queries
 * normalised before searching, results drawn by renderResult below (theme number, source,
 * sections), and the ten themes suggested when nothing is found.
 */
import {
  displaySubResults,
  MAX_SUB_RESULTS,
  normaliseQuery,
  pagefindOptions,
  resultKicker,
  sectionLabel,
} from '../shared/search.ts';
import { INSERTION_WORDS, splitInsertions } from '../shared/editorial.ts';
import stylesheet from './search-ui.css?url';
import { addStylesheet, BASE, BUNDLE, loadScript } from './search-load.ts';


interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[];
}

export interface SearchResultSet {
  results: unknown[];
}

/** The parts of Pagefind's Component UI instance this site uses. */
export interface PagefindUiInstance {
  searchTerm: string;
  searchFilters: Record<string, unknown>;
  on(event: 'search', callback: (term: string, filters: Record<string, unknown>) => void): void;
  on(event: 'results', callback: (results: SearchResultSet) => void): void;
  on(event: 'loading' | 'error', callback: (...args: unknown[]) => void): void;
  triggerSearch(term: string): void;
  triggerSearchWithFilters(term: string, filters: Record<string, unknown>): void;
  triggerFilters(filters: Record<string, unknown>): void;
  triggerLoad(): Promise<void>;
  setTranslations(strings: Record<string, string>): void;
}

interface PagefindComponents {
  configureInstance(name: string, options: Record<string, unknown>): PagefindUiInstance;
}

declare global {
  interface Window {
    PagefindComponents?: PagefindComponents;
  }
}

/** Strings that differ from the Component UI's own English. */
const STRINGS: Record<string, string> = {
  placeholder: 'Search the guide',
  search_label: 'Search the guide',
  zero_results: 'No results for “[SEARCH_TERM]”',
  one_result: '1 result for “[SEARCH_TERM]”',
  many_results: '[COUNT] results for “[SEARCH_TERM]”',
  searching: 'Searching for “[SEARCH_TERM]”…',
  input_hint: 'Results appear as you type. Press the down arrow to move through them.',
};


let loading: Promise<PagefindUiInstance> | undefined;

/** Loads the Component UI once and returns the configured default instance. */
export function loadSearchComponents(): Promise<PagefindUiInstance> {
  loading ??= (async () => {
    await Promise.all([
      addStylesheet(`${BUNDLE}pagefind-component-ui.css`),
      addStylesheet(stylesheet, 'append'),
      loadScript(`${BUNDLE}pagefind-component-ui.js`),
    ]);
    const components = window.PagefindComponents;
    if (!components) throw new Error('Pagefind Component UI did not load');
    const instance = components.configureInstance('default', { bundlePath: BUNDLE, ...pagefindOptions(BASE, import.meta.env.BUILD_ID) });
    instance.setTranslations(STRINGS);
    // Every search goes through the same normalisation as the query test set.
    const search = instance.triggerSearch.bind(instance);
    instance.triggerSearch = (term) => search(normaliseQuery(term));
    const searchWithFilters = instance.triggerSearchWithFilters.bind(instance);
    instance.triggerSearchWithFilters = (term, filters) => searchWithFilters(normaliseQuery(term), filters);
    return instance;
  })();
  loading.catch(() => {
    loading = undefined;
  });
  return loading;
}

/** Text with any bracketed editorial insertion marked as on the pages: visibly, and read out as one. */
function appendText(target: HTMLElement, text: string): void {
  for (const part of splitInsertions(text)) {
    if (!part.insertion) {
      target.append(part.text);
      continue;
    }
    const ins = target.appendChild(element('ins', 'editorial-insertion'));
    ins.append(element('span', 'sr-only', `${INSERTION_WORDS}: `), part.text);
  }
}

/** Copies Pagefind's excerpt (already escaped, with <mark>) keeping only text and <mark>. */
function appendExcerpt(target: HTMLElement, excerpt: string): void {
  const parsed = document.createElement('template');
  parsed.innerHTML = excerpt;
  for (const node of parsed.content.childNodes) {
    if (node.nodeType === Node.TEXT_NODE) appendText(target, node.textContent ?? '');
    else if (node instanceof Element && node.localName === 'mark') {
      appendText(target.appendChild(document.createElement('mark')), node.textContent ?? '');
    } else appendText(target, node.textContent ?? '');
  }
}

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  if (className) el.className = className;
  if (text !== undefined) el.textContent = text;
  return el;
}

/** One result: small kicker (theme number or page type and source), title, excerpt, and up to three sections. */
export function renderResult(result: ResultData): HTMLElement {
  const title = result.meta['title'] ?? result.url;
  const item = element('li', 'pf-result');
  const card = item.appendChild(element('div', 'pf-result-card'));
  const content = card.appendChild(element('div', 'pf-result-content'));
  const heading = content.appendChild(element('p', 'pf-result-title'));
  const link = heading.appendChild(element('a', 'pf-result-link'));
  link.href = result.url;
  const kicker = resultKicker(result.meta, result.filters ?? {});
  if (kicker) link.append(element('span', 'search-kicker', kicker), ' ');
  link.append(element('span', 'search-title', title));
  if (result.excerpt) appendExcerpt(content.appendChild(element('p', 'pf-result-excerpt')), result.excerpt);

  const sections = displaySubResults(result.url, result.sub_results, MAX_SUB_RESULTS);
  if (sections.length) {
    const list = item.appendChild(element('ul', 'pf-heading-chips'));
    for (const section of sections) {
      const chip = list.appendChild(element('li', 'pf-heading-chip'));
      const label = sectionLabel(result.meta, section.url);
      if (label) chip.append(element('span', 'search-section-label', label), ' ');
      const sectionLink = chip.appendChild(element('a', 'pf-heading-link', section.title));
      sectionLink.href = section.url;
      sectionLink.append(element('span', 'sr-only', ` — ${title}`));
      // A section whose excerpt is the page's own excerpt (often the only match) shows just its link.
      if (section.excerpt && section.excerpt !== result.excerpt) appendExcerpt(chip.appendChild(element('p', 'pf-heading-excerpt')), section.excerpt);
    }
  }
  return item;
}

/**
 * Draws the results of a <pagefind-results> element with renderResult. Call once the element
 * is in the document: upgrading the custom element would reset the property.
 */
export async function useResultRenderer(results: Element | null): Promise<void> {
  if (!results) return;
  await customElements.whenDefined('pagefind-results');
  (results as Element & { resultTemplate?: unknown }).resultTemplate = renderResult;
}

/**
 * Shows the suggestions (the ten themes) inside `container` when a query finds nothing, and,
 * if `whenBlank` is given, before anything is typed, with that as its first line. Pagefind's
 * own summary says "No results for …"; the suggestions say what to do next.
 */
export function showSuggestions(instance: PagefindUiInstance, container: ParentNode, whenBlank?: string): void {
  const box = container.querySelector<HTMLElement>('[data-search-suggestions]');
  const lead = box?.querySelector<HTMLElement>('[data-search-suggestions-lead]');
  if (!box || !lead) return;
  const whenEmpty = lead.dataset['whenEmpty'] ?? lead.textContent ?? '';
  const update = (count: number) => {
    const blank = !instance.searchTerm.trim();
    box.hidden = blank ? whenBlank === undefined : count > 0;
    lead.textContent = blank ? (whenBlank ?? '') : whenEmpty;
  };
  instance.on('results', (set) => update(set?.results?.length ?? 0));
  update(0);
}
