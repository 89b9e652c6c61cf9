/**
 * The one script on every page: a few small, independent listeners. Each feature's real code
 * is its own module, loaded only when the reader uses that feature, so a plain page view loads
 * nothing else. Keep this file tiny (budget: 2 KB) and each block separate. Load a feature's
 * module with `import(url)` where `url` comes from `import url from './module.ts?chunk-url'`
 * (a plain `import('./module.ts')` makes Vite add a 2 KB helper to this file).
 */

// Listeners sit on the window (events reach it after the document), which keeps this file short.

// ── Search ───────────────────────────────────────────────────────────────────────────────
// "/" or Ctrl/⌘+K anywhere, or the header search form, opens the search dialog; the /search/
// page starts its own search; a page opened from a result highlights the searched words.
import searchDialog from './search-dialog.ts?chunk-url';
import searchPage from './search-page.ts?chunk-url';
import searchHighlight from './search-highlight.ts?chunk-url';

{
  // If the search code cannot load, nothing breaks: the header form still goes to /search/.
  const failed = (error: unknown) => console.warn('Search could not start:', error);
  const page = document.querySelector<HTMLElement>('[data-search-page]');
  const form = document.querySelector<HTMLFormElement>('[data-site-search]');
  const field = form?.querySelector('input');
  // The dialog takes over what is in the header box: on a shortcut, focus goes there at once, so
  // nothing typed while the dialog loads is lost. Focus returns to `from` when the dialog closes.
  const open = (from: Element | null) =>
    import(/* @vite-ignore */ searchDialog)
      .then((m) => m.openSearchDialog(from, field))
      .catch(failed);

  addEventListener('keydown', (event) => {
    if (event.defaultPrevented || event.isComposing || event.altKey) return;
    const inField = (event.target as Element).closest('input,textarea,select,[contenteditable]');
    const slash = event.key === '/' && !inField && !event.ctrlKey && !event.metaKey;
    const k = event.key.toLowerCase() === 'k' && (event.ctrlKey || event.metaKey) && !event.shiftKey;
    if (!slash && !k) return;
    event.preventDefault();
    const pageBox = page?.querySelector('input');
    if (pageBox) return pageBox.focus();
    const from = document.activeElement;
    if (document.querySelector('.search-dialog[open]')) return;
    field?.focus();
    open(from);
  });

  if (form && field && !page) {
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      open(field);
    });
    field.addEventListener('click', () => open(field));
  }

  if (page) {
    document.querySelector('[data-search-needs-js]')?.setAttribute('hidden', '');
    import(/* @vite-ignore */ searchPage).then((m) => m.startSearchPage(page)).catch(failed);
  }
  // A result link carries ?highlight=… (HIGHLIGHT_PARAM in src/shared/search.ts; not imported here,
  // which would pull that module into this file; tests/browser/search.test.ts checks they agree).
  else if (/[?&]highlight=/.test(location.search)) import(/* @vite-ignore */ searchHighlight).catch(failed);
}

// ── A link to a section inside a closed block ("Cite and share") opens the block ─────────────
// Chromium opens a <details> for a fragment by itself; this covers the other browsers. The ids
// are plain ASCII, so the fragment needs no decoding (and `:target` is not yet set when this runs).
(onhashchange = () => {
  const target = document.getElementById(location.hash.slice(1));
  const block = target?.closest('details');
  if (block) {
    block.open = true;
    target!.scrollIntoView();
  }
})();

// ── Linking and citing ───────────────────────────────────────────────────────────────────
// Heading links and "Copy" buttons copy a permanent URL or a citation; selecting a passage
// offers a link to that quote. Their code loads on the first click or selection.
import copyCode from './copy.ts?chunk-url';
import quoteCode from './quote-link.ts?chunk-url';
import offlineCode from './offline.ts?chunk-url';

// Controls that need JavaScript ([data-js-only]) stay hidden until it runs: copy buttons,
// "Save for offline reading", "Print this page" (the full edition, the workshop cards).
for (const control of document.querySelectorAll<HTMLElement>('[data-js-only]')) control.hidden = false;
addEventListener('click', (event) => {
  const target = event.target as Element;
  if (target.closest('[data-print-page]')) print();
  const control = target.closest('.heading-link,[data-copy]');
  if (control) import(/* @vite-ignore */ copyCode).then((copy) => copy.copyFrom(control));
  // Save for offline reading (/about/, the full edition): nothing is registered until the
  // reader presses the button; its code loads then.
  const save = target.closest<HTMLButtonElement>('[data-save-offline]');
  if (save) import(/* @vite-ignore */ offlineCode).then((offline) => offline.saveOffline(save));
});
document.addEventListener('selectionchange', () => {
  if (getSelection()?.isCollapsed === false) import(/* @vite-ignore */ quoteCode);
});

// ── Link previews ────────────────────────────────────────────────────────────────────────
// Hovering or focusing a link to a theme or finding ([data-preview]) loads the preview code,
// which takes over from then on. A touch tap only follows the link.
import previewCode from './link-preview.ts?chunk-url';

{
  let touch = false;
  let started = false;
  const start = (event: Event) => {
    const link = (event.target as Element).closest?.('a[data-preview]');
    if (!link || started || touch || (event as PointerEvent).pointerType === 'touch') return;
    started = true;
    import(/* @vite-ignore */ previewCode).then((m) => m.startPreviews(link, event.type === 'focusin'));
  };
  addEventListener('pointerdown', (event) => (touch = event.pointerType === 'touch'), true);
  addEventListener('pointerover', start);
  addEventListener('focusin', start);
}
