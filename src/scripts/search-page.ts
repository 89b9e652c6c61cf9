/**
 * The /search/ page with JavaScript: the search box, source and type filters and results, with
 * the query and filters kept in the URL (/search/?q=commerciality&type=theme), so a search can
 * be linked to and back / forward step through earlier searches. Without JavaScript the page
 * keeps its message and the lists of themes and findings.
 */
import { loadSearchComponents, showSuggestions, useResultRenderer } from './search-components.ts';
import {
  FILTER_NAMES,
  normaliseQuery,
  parseSearchParams,
  sameSearchState,
  searchStateToParams,
  toPagefindFilters,
  type FilterName,
  type SearchState,
} from '../shared/search.ts';

/** Typing settles into one history entry: a new entry only after this long without a change. */
const NEW_ENTRY_AFTER_MS = 1500;

export async function startSearchPage(root: HTMLElement): Promise<void> {
  const instance = await loadSearchComponents();
  await useResultRenderer(root.querySelector('pagefind-results'));
  const siteTitle = document.title.replace(/^Search/, '');
  const browse = document.querySelectorAll<HTMLElement>('[data-search-browse]');
  const checkboxes = root.querySelectorAll<HTMLInputElement>('input[type="checkbox"][data-filter]');

  let state: SearchState = parseSearchParams(new URLSearchParams(location.search));
  let lastEntryAt = 0;
  let restoring = false;

  const showState = () => {
    for (const box of checkboxes) box.checked = (state.filters[box.dataset['filter'] as FilterName] as string[]).includes(box.value);
    for (const section of browse) section.hidden = state.q !== '';
    document.title = state.q ? `Search: ${state.q}${siteTitle}` : `Search${siteTitle}`;
  };
  const writeUrl = () => {
    const query = searchStateToParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    const current = parseSearchParams(new URLSearchParams(location.search));
    if (sameSearchState(current, state)) return;
    const now = Date.now();
    if (now - lastEntryAt < NEW_ENTRY_AFTER_MS) history.replaceState(null, '', url);
    else history.pushState(null, '', url);
    lastEntryAt = now;
  };
  const input = () => root.querySelector<HTMLInputElement>('pagefind-input input');
  const run = () => {
    const box = input();
    if (box && normaliseQuery(box.value) !== state.q) box.value = state.q;
    restoring = true;
    instance.triggerSearchWithFilters(state.q, toPagefindFilters(state.filters));
    restoring = false;
  };

  // Typing in the box (after Pagefind's own short pause) and filter changes both end up here.
  instance.on('search', (term) => {
    if (restoring) return;
    state = { ...state, q: normaliseQuery(term) };
    showState();
    writeUrl();
  });
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
      run();
    });
  }
  window.addEventListener('popstate', () => {
    state = parseSearchParams(new URLSearchParams(location.search));
    lastEntryAt = 0;
    showState();
    run();
  });

  showSuggestions(instance, root);
  root.hidden = false;
  document.querySelector<HTMLElement>('[data-search-needs-js]')?.setAttribute('hidden', '');
  showState();
  if (state.q) run();
}

