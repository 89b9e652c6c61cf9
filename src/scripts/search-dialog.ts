/**
 * The search dialog, loaded by the bootstrap (enhance.ts) the first time search is used.
 * Builds the dialog (so no page carries its markup), opens it with the query typed so far,
 * and gives focus back to where it was when it closes. Inside it, Pagefind's Component UI
 * does the rest: live results, ↓/↑ through them, Enter to follow, Esc to close.
 */
import { themes, searchPath } from 'virtual:search-suggestions';
import { loadSearchComponents, showSuggestions, useResultRenderer, type PagefindUiInstance } from './search-components.ts';
import { BASE } from './search-load.ts';
import { searchHref, emptySearchState, SUGGESTIONS_WHEN_EMPTY } from '../shared/search.ts';

interface ModalElement extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
  dialogEl: HTMLDialogElement | null;
}

/**
 * The /search/ page's href with the base path, from the header search form (its action), so
 * links work wherever the site is served; BASE (the build's base path) if the page has no form.
 */
function searchPageHref(): string {
  const action = document.querySelector('form[data-site-search]')?.getAttribute('action');
  return action?.endsWith(searchPath) ? action : `${BASE}${searchPath.slice(1)}`;
}

/**
 * The dialog's markup, built as DOM (text only as text). Its elements are made in an inert
 * document, as a <template>'s would be, so Pagefind's elements start up only once they are in
 * the page, with their attributes already set.
 */
function buildDialog(): HTMLElement {
  const inert = document.createElement('template').content.ownerDocument;
  const el = (tag: string, attributes: Record<string, string> = {}, ...children: (Node | string)[]): HTMLElement => {
    const node = inert.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, value);
    node.append(...children);
    return node;
  };
  const fullPage = searchPageHref();
  const prefix = fullPage.slice(0, -searchPath.length);
  const suggestions = el('div', { 'data-search-suggestions': '', hidden: '', class: 'search-suggestions' },
    el('p', { 'data-search-suggestions-lead': '', 'data-when-empty': SUGGESTIONS_WHEN_EMPTY }, SUGGESTIONS_WHEN_EMPTY),
    el('ol', { class: 'search-suggestion-list' },
      ...themes.map((theme) => el('li', { value: String(theme.number) }, el('a', { href: `${prefix}${theme.path}` }, theme.title)))));
  return el('pagefind-modal', { class: 'search-dialog', 'reset-on-close': 'false' },
    el('pagefind-modal-header', {},
      el('div', { class: 'search-dialog-bar' },
        el('pagefind-input', { placeholder: 'Search the guide', debounce: '150' }),
        el('button', { type: 'button', class: 'search-dialog-close', 'data-search-close': '' }, 'Close'))),
    el('pagefind-modal-body', {},
      el('pagefind-summary'),
      suggestions,
      el('pagefind-results', { 'max-sub-results': '3' })),
    el('pagefind-modal-footer', {},
      el('div', { class: 'search-dialog-foot' },
        el('pagefind-keyboard-hints'),
        el('a', { href: fullPage, 'data-search-full-page': '' }, 'Search with filters'))));
}

let ready: Promise<{ modal: ModalElement; instance: PagefindUiInstance }> | undefined;
let returnFocusTo: HTMLElement | null = null;

function setUp(): Promise<{ modal: ModalElement; instance: PagefindUiInstance }> {
  ready ??= (async () => {
    const instance = await loadSearchComponents();
    // In the dialog, Esc closes it (Pagefind's hint would say "clear", as on the search page).
    // Set before the dialog is in the page: a change of strings makes the modal draw itself again.
    instance.setTranslations({ keyboard_clear: 'close' });
    const modal = buildDialog() as ModalElement;
    document.body.append(modal);
    await customElements.whenDefined('pagefind-modal');
    await useResultRenderer(modal.querySelector('pagefind-results'));

    const dialog = modal.dialogEl ?? modal.querySelector('dialog');
    dialog?.setAttribute('aria-label', 'Search the guide');
    showSuggestions(instance, modal, 'Type a word or phrase, or go to one of the ten themes:');

    modal.querySelector('[data-search-close]')?.addEventListener('click', () => modal.close());
    // The footer link carries the query over to the full search page.
    const fullPage = modal.querySelector<HTMLAnchorElement>('a[data-search-full-page]');
    const searchPath = fullPage?.getAttribute('href') ?? '';
    instance.on('search', (term) => {
      if (fullPage) fullPage.href = searchHref(searchPath, { ...emptySearchState(), q: term });
    });
    // Enter in the search box goes to the first result, as the arrow keys and Enter would.
    modal.addEventListener('keydown', (event) => {
      const target = event.target as Element;
      if (event.key !== 'Enter' || target.localName !== 'input' || event.isComposing) return;
      const first = modal.querySelector<HTMLAnchorElement>('pagefind-results .pf-result a');
      if (first) {
        event.preventDefault();
        first.click();
      }
    });
    dialog?.addEventListener('close', () => {
      const target = returnFocusTo;
      returnFocusTo = null;
      requestAnimationFrame(() => {
        if (target?.isConnected) target.focus({ preventScroll: true });
        // Opened from nowhere in particular: leave focus nowhere in particular, not in the header box.
        else if (document.activeElement instanceof HTMLElement && document.activeElement.closest('form[data-site-search]')) document.activeElement.blur();
      });
    });
    return { modal, instance };
  })();
  ready.catch(() => {
    ready = undefined;
  });
  return ready;
}

/**
 * Opens the dialog. What is typed in `takeFrom` (the header search box) moves into the dialog's
 * box in the same moment focus does, so no keystroke is lost while the dialog loads; focus
 * returns to `from` when the dialog closes.
 */
export async function openSearchDialog(from: Element | null = document.activeElement, takeFrom?: HTMLInputElement | null): Promise<void> {
  const { modal } = await setUp();
  if (modal.isOpen) return;
  returnFocusTo = from instanceof HTMLElement && from !== document.body ? from : null;
  modal.open();
  const box = modal.querySelector<HTMLInputElement>('pagefind-input input');
  if (!box) return;
  box.focus();
  const typed = takeFrom?.value ?? '';
  if (takeFrom) takeFrom.value = '';
  if (typed.trim()) {
    box.value = typed;
    box.dispatchEvent(new Event('input', { bubbles: true }));
  }
}
