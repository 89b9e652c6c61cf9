/**
 * The one script on every page: a few small, independent listeners. Each feature's real code
 * is its own module, loaded only when the reader uses that feature, so a plain page view loads
 * nothing else. Keep this file tiny (budget: 2 KB) and each block separate. Load a feature's
 * module with `import(url)` where `url` comes from `import url from './module.ts?chunk-url'`
 * (a plain `import('./module.ts')` makes Vite add a 2 KB helper to this file).
 */

// ── Search ───────────────────────────────────────────────────────────────────────────────
// "/" or Ctrl/⌘+K anywhere, or the header search form, opens the search dialog; the /search/
// page starts its own search; a page opened from a result highlights the searched words.
import searchDialog from './search-dialog.ts?chunk-url';
import searchPage from './search-page.ts?chunk-url';
import searchHighlight from './search-highlight.ts?chunk-url';

{
  // If the search code cannot load, nothing breaks: the header form still goes to /search/.
  const failed = (error: unknown) => console.warn('Search could not start:', error);
  const open = (query = '') => import(/* @vite-ignore */ searchDialog).then((m) => m.openSearchDialog(query)).catch(failed);
  const page = document.querySelector<HTMLElement>('[data-search-page]');

  document.addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const inField = (event.target as Element).closest('input, textarea, select, [contenteditable]');
    const slash = event.key === '/' && !inField && !event.ctrlKey && !event.metaKey;
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    if (!slash && !k) return;
    event.preventDefault();
    const pageBox = page?.querySelector('input');
    if (pageBox) pageBox.focus();
    else open();
  });

  const form = document.querySelector<HTMLFormElement>('form[data-site-search]');
  const field = form?.querySelector('input');
  if (form && field && !page) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      open(field.value);
    });
    field.addEventListener('click', () => open(field.value));
  }

  if (page) import(/* @vite-ignore */ searchPage).then((m) => m.startSearchPage(page)).catch(failed);
  // A result link carries ?highlight=…; the module checks for it before loading anything more.
  else if (location.search) import(/* @vite-ignore */ searchHighlight).catch(failed);
}
