/**
 * The search dialog, loaded by the bootstrap (enhance.ts) the first time search is used.
 * Builds a native <dialog> (so no page carries its markup), opens it with the query typed so far,
 * and gives focus back to where it was when it closes (Esc or Close). The search inside it is
 * the site's own interface (search-ui.ts): live results, ↓/↑ through them, Enter to follow.
 */
import { themes, searchPath } from 'virtual:search-suggestions';
import { BASE } from './search-load.ts';
import { loadPagefind, startView, type SearchView } from './search-ui.ts';
import { searchHref, emptySearchState, SUGGESTIONS_WHEN_EMPTY } from '../shared/search.ts';

/**
 * The /search/ page's href with the base path, from the header search form (its action), so
 * links work wherever the site is served; BASE (the build's base path) if the page has no form.
 */
function searchPageHref(): string {
  const action = document.querySelector('form[data-site-search]')?.getAttribute('action');
  return action?.endsWith(searchPath) ? action : `${BASE}${searchPath.slice(1)}`;
}

function el(tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** The dialog's markup, built as DOM (text only as text). */
function buildDialog(): HTMLDialogElement {
  const fullPage = searchPageHref();
  const prefix = fullPage.slice(0, -searchPath.length);
  return el('dialog', { class: 'search-dialog', 'aria-label': 'Search the guide' },
    el('div', { class: 'search-dialog-bar' },
      el('label', { for: 'search-dialog-q', class: 'sr-only' }, 'Search the guide'),
      el('input', { id: 'search-dialog-q', type: 'search', placeholder: 'Search the guide', autocomplete: 'off', spellcheck: 'false', 'aria-describedby': 'search-dialog-hints' }),
      el('button', { type: 'button', class: 'search-dialog-close', 'data-search-close': '' }, 'Close')),
    el('div', { class: 'search-dialog-body' },
      el('p', { class: 'search-status', role: 'status', 'data-search-status': '' }),
      el('div', { class: 'search-notes', 'data-search-notes': '' }),
      el('div', { 'data-search-suggestions': '', hidden: '', class: 'search-suggestions' },
        el('p', { 'data-search-suggestions-lead': '', 'data-when-empty': SUGGESTIONS_WHEN_EMPTY }, SUGGESTIONS_WHEN_EMPTY),
        el('ol', { class: 'search-suggestion-list' },
          ...themes.map((theme) => el('li', { value: String(theme.number) }, el('a', { href: `${prefix}${theme.path}` }, theme.title))))),
      el('ol', { class: 'search-results', 'data-search-results': '', 'aria-label': 'Results' }),
      el('button', { type: 'button', class: 'search-more', 'data-search-more': '', hidden: '' }, 'More results')),
    el('div', { class: 'search-dialog-foot' },
      el('p', { id: 'search-dialog-hints', class: 'search-hints' }, '↓ ↑ move through results, Enter opens, Esc closes'),
      el('a', { href: fullPage, 'data-search-full-page': '' }, 'Search with filters'))) as HTMLDialogElement;
}

let ready: { dialog: HTMLDialogElement; view: SearchView } | undefined;
let returnFocusTo: HTMLElement | null = null;

function setUp(): { dialog: HTMLDialogElement; view: SearchView } {
  if (ready) return ready;
  const dialog = buildDialog();
  document.body.append(dialog);
  const fullPage = dialog.querySelector<HTMLAnchorElement>('[data-search-full-page]')!;
  const view = startView(dialog, {
    hrefFor: (q) => searchHref(fullPage.pathname, { ...emptySearchState(), q }),
    whenBlank: 'Type a word or phrase, or go to one of the ten themes:',
  });
  // The "Search with filters" link carries the query typed so far.
  view.onSearch = (q) => (fullPage.href = searchHref(searchPageHref(), { ...emptySearchState(), q }));
  void view.run('');
  dialog.querySelector('[data-search-close]')?.addEventListener('click', () => dialog.close());
  // A click on the backdrop (outside the dialog's box) closes it.
  dialog.addEventListener('click', (event) => {
    if (event.target === dialog) dialog.close();
  });
  dialog.addEventListener('close', () => {
    const target = returnFocusTo;
    returnFocusTo = null;
    requestAnimationFrame(() => {
      if (target?.isConnected) target.focus({ preventScroll: true });
      // Opened from nowhere in particular: leave focus nowhere in particular, not in the header box.
      else if (document.activeElement instanceof HTMLElement && document.activeElement.closest('form[data-site-search]')) document.activeElement.blur();
    });
  });
  ready = { dialog, view };
  return ready;
}

/**
 * Opens the dialog. What is typed in `takeFrom` (the header search box) moves into the dialog's
 * box in the same moment focus does, so no keystroke is lost while the search engine loads;
 * focus returns to `from` when the dialog closes.
 */
export async function openSearchDialog(from: Element | null = document.activeElement, takeFrom?: HTMLInputElement | null): Promise<void> {
  const engine = loadPagefind();
  const { dialog, view } = setUp();
  if (dialog.open) return;
  returnFocusTo = from instanceof HTMLElement && from !== document.body ? from : null;
  dialog.showModal();
  view.box.focus();
  const typed = takeFrom?.value ?? '';
  if (takeFrom) takeFrom.value = '';
  if (typed.trim()) {
    view.box.value = typed;
    view.box.dispatchEvent(new Event('input', { bubbles: true }));
  }
  await engine;
}
