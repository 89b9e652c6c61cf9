/**
 * Copying, loaded on the first click on a heading link or a copy button (see enhance.ts).
 * A heading link (.heading-link) copies the page's canonical URL with the section's #id (the
 * link itself still goes to the section); a copy button ([data-copy]) copies the text of its
 * target, with italics kept as rich text where the clipboard allows.
 */
import { announce } from './announce.ts';

/** The page's permanent address, from its canonical link (never the address it was reached by). */
export function canonicalUrl(): string {
  return document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? location.href.split('#')[0] ?? location.href;
}

export async function writeClipboard(text: string, html?: string): Promise<boolean> {
  try {
    if (html && typeof ClipboardItem !== 'undefined' && navigator.clipboard?.write) {
      await navigator.clipboard.write([
        new ClipboardItem({ 'text/plain': new Blob([text], { type: 'text/plain' }), 'text/html': new Blob([html], { type: 'text/html' }) }),
      ]);
      return true;
    }
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

function select(element: Element): void {
  const range = document.createRange();
  range.selectNodeContents(element);
  const selection = getSelection();
  selection?.removeAllRanges();
  selection?.addRange(range);
}

export async function copyFrom(control: Element): Promise<void> {
  if (control.classList.contains('heading-link')) {
    const id = (control.getAttribute('href') ?? '').replace(/^#/, '');
    const copied = await writeClipboard(`${canonicalUrl()}#${id}`);
    announce(copied ? 'Link copied' : 'Could not copy: the link to this section is now in the address bar');
    return;
  }
  const id = control.getAttribute('data-copy') ?? '';
  const target = document.getElementById(id);
  if (!target) return;
  const text = (target.textContent ?? '').trim();
  const html = target.tagName === 'PRE' ? undefined : target.innerHTML.trim();
  if (await writeClipboard(text, html)) {
    announce(id === 'embed-code' ? 'Embed code copied' : id.endsWith('bibtex') ? 'BibTeX copied' : 'Citation copied');
  } else {
    select(target);
    announce('Could not copy: the text is selected, press Ctrl+C (or ⌘C) to copy it');
  }
}
