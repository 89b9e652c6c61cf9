/**
 * The /search/ page with JavaScript: the search box, source and type filters and results, with
 * the query and filters kept in the URL (/search/?q=commerciality&type=theme), so a search can
 * be linked to and back / forward step through earlier searches. Without JavaScript the page
 * keeps its message and the lists of themes and findings.
 */
import { startView } from './search-ui.ts';
import {
  FILTER_NAMES,
  parseSearchParams,
  sameSearchState,
  searchHref,
  searchStateToParams,
  toPagefindFilters,
  type FilterName,
  type SearchState,
} from '../shared/search.ts';

/** Typing settles into one history entry: a new entry only after this long without a change. */
const NEW_ENTRY_AFTER_MS = 1500;
/** From this width the filters are always shown; below it they sit in a closed disclosure. */
const WIDE = '(min-width: 48rem)';

export async function startSearchPage(root: HTMLElement): Promise<void> {
  const siteTitle = document.title.replace(/^Search/, '');
  const browse = document.querySelectorAll<HTMLElement>('[data-search-browse]');
  const checkboxes = root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-filter]');
  const disclosure = root.querySelector<HTMLDetailsElement>('details[data-search-filters]');

  let state: SearchState = parseSearchParams(new URLSearchParams(location.search));
  let lastEntryAt = 0;
  // Opened with a query: ask for all of Pagefind's files at once (the build's hints,
  // src/integrations/search/preload.ts) rather than each after the one that names it.
  const hints = document.querySelector<HTMLTemplateElement>('template[data-search-preloads]');
  if (state.q && hints) document.head.append(hints.content.cloneNode(true));

  const view = startView(root, {
    filters: () => toPagefindFilters(state.filters),
    hrefFor: (q) => searchHref(location.pathname, { ...state, q }),
  });

  const showState = () => {
    for (const box of checkboxes) box.checked = (state.filters[box.dataset['filter'] as FilterName] as string[]).includes(box.value);
    for (const section of browse) section.hidden = state.q !== '';
    document.title = state.q ? `Search: ${state.q}${siteTitle}` : `Search${siteTitle}`;
  };
  const writeUrl = () => {
    const query = searchStateToParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (sameSearchState(parseSearchParams(new URLSearchParams(location.search)), state)) return;
    const now = Date.now();
    if (now - lastEntryAt < NEW_ENTRY_AFTER_MS) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    lastEntryAt = now;
  };

  view.onSearch = (q) => {
    state = { ...state, q };
    showState();
    writeUrl();
  };
  for (const box of checkboxes) {
    box.addEventListener('change', () => {
      const filters = { ...state.filters };
      for (const name of FILTER_NAMES) {
        filters[name] = [...checkboxes].filter((b) => b.dataset['filter'] === name && b.checked).map((b) => b.value) as never;
      }
      state = { ...state, filters };
      lastEntryAt = 0; // a filter change is always its own history entry
      showState();
      writeUrl();
      void view.run(state.q);
    });
  }
  window.addEventListener('popstate', () => {
    state = parseSearchParams(new URLSearchParams(location.search));
    lastEntryAt = 0;
    showState();
    void view.run(state.q);
  });

  // Wide screens show the filters; narrow ones keep them closed (unless some are chosen) so the first result shows.
  if (disclosure) disclosure.open = matchMedia(WIDE).matches || FILTER_NAMES.some((name) => state.filters[name].length > 0);
  // Opened with a query, the page keeps a screen's height for results (SearchPage.astro's styles).
  root.toggleAttribute('data-searching', state.q !== '');
  root.hidden = false;
  document.querySelector<HTMLElement>('[data-search-needs-js]')?.setAttribute('hidden', '');
  showState();
  await view.run(state.q);
}
