/**
 * The site's own search interface over Pagefind's JS API, shared by the dialog and the /search/
 * page: a search box, a status line that screen readers announce (a live region), the one-line
 * explanations (partial match, also searched, did you mean) and a list of results whose titles
 * are links. ↓/↑ move through the result links, Enter in the box follows the first result.
 * Searching itself is src/shared/search-engine.ts, the same module the query tests run.
 */
import { aliases } from 'virtual:search-aliases';
import { answer, explain, type Answer, type PagefindLike, type SearchHit } from '../shared/search-engine.ts';
import { displaySubResults, MAX_SUB_RESULTS, normaliseQuery, pagefindOptions, resultKicker, resultLabel, VOCABULARY_FILE } from '../shared/search.ts';
import { INSERTION_WORDS, splitInsertions } from '../shared/editorial.ts';
import stylesheet from './search-ui.css?url';
import { addStylesheet, BASE, BUNDLE } from './search-load.ts';

interface ResultData {
  url: string;
  excerpt: string;
  content?: string;
  meta: Record<string, string | undefined>;
  filters?: Record<string, string[] | undefined>;
  sub_results?: { url: string; title: string; excerpt: string; locations?: number[] }[];
}

interface PagefindModule {
  createInstance(options: Record<string, unknown>): PagefindLike<ResultData>;
}

/** Results drawn at first, and added by "More results". */
const PAGE_SIZE = 10;
/** Typing settles this long before a search runs. */
const TYPING_PAUSE_MS = 120;

let engine: Promise<PagefindLike<ResultData>> | undefined;
/**
 * Pagefind's JS API, loaded once, as an instance of the site's own (the module's default instance
 * is left as it is), on the main thread (noWorker), which saves the worker's 12 KB.
 */
export function loadPagefind(): Promise<PagefindLike<ResultData>> {
  engine ??= (async () => {
    const [pagefind] = await Promise.all([import(/* @vite-ignore */ `${BUNDLE}pagefind.js`) as Promise<PagefindModule>, addStylesheet(stylesheet, 'append')]);
    return pagefind.createInstance({ ...pagefindOptions(BASE, import.meta.env.BUILD_ID), basePath: BUNDLE, noWorker: true });
  })();
  engine.catch(() => (engine = undefined));
  return engine;
}

let words: Promise<readonly string[]> | undefined;
/** The site's vocabulary, fetched only when a word matches nothing. */
const vocabulary = () => (words ??= fetch(`${BASE}${VOCABULARY_FILE}`).then((r) => (r.ok ? r.json() : [])).catch(() => []));

export async function search(query: string, filters: Record<string, unknown> = {}): Promise<Answer<ResultData>> {
  return answer(await loadPagefind(), query, filters, { aliases, vocabulary });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className = '', ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/**
 * Pagefind's excerpt (escaped text with <mark>) as DOM: text and <mark> only. Leading and trailing
 * punctuation left by the cut is dropped; a cut inside a sentence is shown with "…".
 */
export function excerptNodes(excerpt: string): Node[] {
  const parsed = document.createElement('template');
  parsed.innerHTML = excerpt;
  const nodes: Node[] = [];
  for (const node of parsed.content.childNodes) {
    const text = node.textContent ?? '';
    if (node instanceof Element && node.localName === 'mark') nodes.push(el('mark', '', text));
    else nodes.push(document.createTextNode(text.replace(/(^|\s)#(?=\s|$)/g, '$1')));
  }
  const first = nodes[0];
  if (first?.nodeType === Node.TEXT_NODE) first.textContent = (first.textContent ?? '').replace(/^[\s,.;:)\]’”-]+/, '');
  const startsSentence = /^[\p{Lu}\p{N}“‘"(]/u.test(nodes.map((n) => n.textContent).join('').trimStart());
  if (!startsSentence) nodes.unshift(document.createTextNode('… '));
  return nodes.flatMap((node) => (node instanceof Element ? [el('mark', '', ...withInsertions(node.textContent ?? ''))] : withInsertions(node.textContent ?? '')));
}

/** Text with any bracketed editorial insertion marked as on the pages: visibly, and read out as one. */
function withInsertions(text: string): Node[] {
  return splitInsertions(text).map((part) =>
    part.insertion ? el('ins', 'editorial-insertion', el('span', 'sr-only', `${INSERTION_WORDS}: `), part.text) : document.createTextNode(part.text),
  );
}

function renderResult(result: ResultData, matchedOf: string): HTMLLIElement {
  const title = result.meta['title'] ?? result.url;
  const item = el('li', 'search-result');
  const link = el('a', 'search-result-link');
  link.href = result.url;
  const kicker = resultKicker(result.meta, result.filters ?? {});
  if (kicker) link.append(el('span', 'search-kicker', kicker), ' ');
  link.append(el('span', 'search-title', title));
  item.append(el('p', 'search-result-title', link));
  const label = resultLabel(result.meta);
  if (label) item.append(el('p', 'search-label', label));
  const sections = displaySubResults(result.url, result.sub_results, MAX_SUB_RESULTS, result.content);
  // Every section shows its excerpt; the page's own is left out when a section already shows it.
  if (result.excerpt && !sections.some((s) => s.excerpt === result.excerpt)) item.append(el('p', 'search-excerpt', ...excerptNodes(result.excerpt)));
  if (matchedOf) item.append(el('p', 'search-matched', matchedOf));

  if (sections.length) {
    const list = item.appendChild(el('ul', 'search-sections'));
    for (const section of sections) {
      const sectionLink = el('a', 'search-section-link', section.title, el('span', 'sr-only', ` — ${title}`));
      sectionLink.href = section.url;
      const entry = list.appendChild(el('li', '', sectionLink));
      const sectionLabel = resultLabel(result.meta, section.url);
      if (sectionLabel) entry.append(el('p', 'search-label', sectionLabel));
      entry.append(el('p', 'search-excerpt', ...excerptNodes(section.excerpt)));
    }
  }
  return item;
}

export interface SearchView {
  box: HTMLInputElement;
  /** Runs a search now (the box shows `query`). */
  run(query: string): Promise<void>;
  /** Called with the normalised query after each search the reader's typing started. */
  onSearch?: (query: string) => void;
}

export interface ViewOptions {
  /** The filters to search with, read at each search. */
  filters?: () => Record<string, unknown>;
  /** Where "Did you mean" links go for a query (the /search/ page's URL for it). */
  hrefFor: (query: string) => string;
  /** Shown when the box is empty; the suggestions box is shown with it. */
  whenBlank?: string;
}

/**
 * Wires the parts already in `root` (the box, [data-search-status], [data-search-notes],
 * [data-search-suggestions] and the results list [data-search-results]) into a live search.
 */
export function startView(root: HTMLElement, options: ViewOptions): SearchView {
  const box = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  const status = root.querySelector<HTMLElement>('[data-search-status]')!;
  const notes = root.querySelector<HTMLElement>('[data-search-notes]')!;
  const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
  const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
  const suggestions = root.querySelector<HTMLElement>('[data-search-suggestions]');
  const lead = suggestions?.querySelector<HTMLElement>('[data-search-suggestions-lead]');
  const whenEmpty = lead?.dataset['whenEmpty'] ?? '';
  let generation = 0;
  let hits: SearchHit<ResultData>[] = [];
  let shown = 0;
  let words: string[] = [];

  const showSuggestions = (blank: boolean, none: boolean) => {
    if (!suggestions || !lead) return;
    suggestions.hidden = blank ? options.whenBlank === undefined : !none;
    lead.textContent = blank ? (options.whenBlank ?? '') : whenEmpty;
  };

  const showMore = async (mine: number) => {
    const next = hits.slice(shown, shown + PAGE_SIZE);
    shown += next.length;
    // All fetched at once, each drawn as soon as it and those above it have arrived.
    const data = next.map((h) => h.data());
    for (const [i, pending] of data.entries()) {
      const result = await pending;
      if (mine !== generation) return;
      const hit = next[i]!;
      const partial = words.length > 1 && hit.matched < words.length ? `Has ${hit.matched} of your ${words.length} words` : '';
      list.append(renderResult(result, partial));
    }
    more.hidden = shown >= hits.length;
  };

  const note = (...children: (Node | string)[]) => notes.append(el('p', '', ...children));

  const view: SearchView = {
    box,
    async run(raw) {
      const mine = ++generation;
      const query = normaliseQuery(raw);
      if (normaliseQuery(box.value) !== query) box.value = query;
      if (!query) {
        list.replaceChildren();
        notes.replaceChildren();
        status.textContent = '';
        more.hidden = true;
        showSuggestions(true, false);
        return;
      }
      delete status.dataset['query'];
      status.textContent = `Searching for “${query}”…`;
      const result = await search(query, options.filters?.() ?? {});
      if (mine !== generation) return;
      hits = result.hits;
      shown = 0;
      list.replaceChildren();
      notes.replaceChildren();
      const line = explain(result);
      if (line) note(line);
      if (result.alsoSearched.length) note('Also searched: ', ...result.alsoSearched.flatMap((w, i) => [i ? ', ' : '', el('em', '', w)]));
      for (const correction of result.corrections) {
        const links = correction.options.map((option) => {
          const a = el('a', '', option);
          a.href = options.hrefFor(query.replace(new RegExp(`(^|[^\\p{L}])${correction.word}(?=$|[^\\p{L}])`, 'iu'), `$1${option}`));
          a.dataset['searchFor'] = a.href;
          a.addEventListener('click', (event) => {
            if (event.ctrlKey || event.metaKey || event.shiftKey) return;
            event.preventDefault();
            const next = new URL(a.href, location.href).searchParams.get('q') ?? option;
            void view.run(next).then(() => view.onSearch?.(normaliseQuery(next)));
            box.focus();
          });
          return a;
        });
        note('Did you mean ', ...links.flatMap((a, i) => [i ? (i === links.length - 1 ? ' or ' : ', ') : '', a]), '?',
          correction.searched ? ` Showing results for “${correction.searched}” too.` : '');
      }
      words = result.partial ? result.words : [];
      await showMore(mine);
      if (mine !== generation) return;
      const count = hits.length;
      status.dataset['query'] = query;
      status.textContent = count === 0 ? `No results for “${query}”` : count === 1 ? `1 result for “${query}”` : `${count} results for “${query}”`;
      showSuggestions(false, count === 0);
    },
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  box.addEventListener('input', () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      const query = normaliseQuery(box.value);
      void view.run(box.value).then(() => view.onSearch?.(query));
    }, TYPING_PAUSE_MS);
  });
  more.addEventListener('click', () => {
    const before = list.children.length;
    void showMore(generation).then(() => list.children[before]?.querySelector('a')?.focus());
  });

  // ↓/↑ move through the result links (from the box to the first); Enter in the box follows the first.
  root.addEventListener('keydown', (event) => {
    if (event.isComposing || event.altKey || event.ctrlKey || event.metaKey) return;
    const links = [...list.querySelectorAll<HTMLAnchorElement>('a')];
    const target = event.target as Element;
    if (event.key === 'Enter' && target === box) {
      event.preventDefault();
      clearTimeout(timer);
      const query = normaliseQuery(box.value);
      const go = () => list.querySelector<HTMLAnchorElement>('a')?.click();
      if (query === status.dataset['query']) go();
      else void view.run(box.value).then(() => (view.onSearch?.(query), go()));
      return;
    }
    if (event.key !== 'ArrowDown' && event.key !== 'ArrowUp') return;
    const at = links.indexOf(target as HTMLAnchorElement);
    if (target !== box && at < 0) return;
    event.preventDefault();
    const next = event.key === 'ArrowDown' ? (target === box ? 0 : at + 1) : at - 1;
    if (next < 0) box.focus();
    else links[Math.min(next, links.length - 1)]?.focus();
  });
  return view;
}
