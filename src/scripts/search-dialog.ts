/**
 * The search dialog, loaded by the bootstrap (enhance.ts) the first time search is used.
 * Clones the dialog from its <template> (SearchDialog.astro) into the page, opens it with the
 * query typed so far, and gives focus back to where it was when it closes. Inside it,
 * Pagefind's Component UI does the rest: live results, ↓/↑ through them, Enter to follow,
 * Esc to close.
 */
import { loadSearchComponents, showSuggestions, useResultRenderer, type PagefindUiInstance } from './search-components.ts';
import { searchHref, emptySearchState } from '../lib/search.ts';

interface ModalElement extends HTMLElement {
  open(): void;
  close(): void;
  readonly isOpen: boolean;
  dialogEl: HTMLDialogElement | null;
}

let ready: Promise<{ modal: ModalElement; instance: PagefindUiInstance }> | undefined;
let returnFocusTo: HTMLElement | null = null;

function setUp(): Promise<{ modal: ModalElement; instance: PagefindUiInstance }> {
  ready ??= (async () => {
    const instance = await loadSearchComponents();
    const template = document.querySelector<HTMLTemplateElement>('template[data-search-dialog-template]');
    if (!template) throw new Error('The search dialog template is missing from the page');
    // In the dialog, Esc closes it (Pagefind's hint would say "clear", as on the search page).
    // Set before the dialog is in the page: a change of strings makes the modal draw itself again.
    instance.setTranslations({ keyboard_clear: 'close' });
    const fragment = template.content.cloneNode(true) as DocumentFragment;
    const modal = fragment.querySelector('pagefind-modal') as ModalElement;
    document.body.append(fragment);
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
