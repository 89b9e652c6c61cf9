/**
 * Quote links, loaded the first time a reader selects text (see enhance.ts): selecting a passage
 * of a reading page offers "Copy link to this quote", a link with a text fragment (#:~:text=…)
 * that opens the page with the passage highlighted (styled with ::target-text).
 */
import { quoteUrl, textDirective, wholeWords } from '../shared/text-fragment.ts';
import { announce } from './announce.ts';
import { canonicalUrl, writeClipboard } from './copy.ts';

const READING = '[data-pagefind-body]';
const NOT_QUOTABLE = '[data-pagefind-ignore], pre, nav, button, input, textarea, .heading-link';
const BLOCK = 'p, blockquote, ul, ol, dl, figure, table, pre, h2, h3, .heading-link-wrap';

const button = document.createElement('button');
button.type = 'button';
// The header's search button look (Tailwind classes already in the stylesheet); placed absolutely.
button.className = 'no-print rounded bg-accent px-3 py-1 font-semibold text-accent-ink';
button.style.position = 'absolute';
button.textContent = 'Copy link to this quote';
button.hidden = true;
button.setAttribute('data-pagefind-ignore', '');
let link: string | undefined;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);

function hide(): void {
  button.hidden = true;
  link = undefined;
}

function charAt(node: Node, offset: number): string {
  return node.nodeType === Node.TEXT_NODE ? (node.textContent ?? '').charAt(offset) : '';
}

function sectionId(range: Range, article: Element): string | undefined {
  let id: string | undefined;
  for (const heading of article.querySelectorAll('h2[id], h3[id]')) {
    if (heading.compareDocumentPosition(range.startContainer) & Node.DOCUMENT_POSITION_FOLLOWING) id = heading.id;
  }
  return id;
}

function occurrences(haystack: string, term: string): number {
  let count = 0;
  for (let at = haystack.indexOf(term); at >= 0; at = haystack.indexOf(term, at + 1)) count += 1;
  return count;
}

function update(): void {
  const selection = getSelection();
  if (!selection || selection.isCollapsed || selection.rangeCount === 0) return hide();
  const range = selection.getRangeAt(0);
  const start = elementOf(range.startContainer);
  const end = elementOf(range.endContainer);
  const article = start?.closest(READING);
  if (!start || !end || !article || end.closest(READING) !== article || start.closest(NOT_QUOTABLE) || end.closest(NOT_QUOTABLE)) return hide();
  const text = wholeWords(selection.toString(), charAt(range.startContainer, range.startOffset - 1), charAt(range.endContainer, range.endOffset));
  const block = start.closest(BLOCK);
  const before = document.createRange();
  before.setStart(block ?? article, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const pageText = squash(document.body.textContent ?? '');
  const directive = textDirective(text, { before: before.toString(), occurrences: (term) => occurrences(pageText, term) });
  if (!directive) return hide();
  link = quoteUrl(canonicalUrl(), directive, sectionId(range, article));

  // In the reading order just after the passage, so the keyboard reaches it next; shown beside the selection's end.
  const after = end.closest(BLOCK) ?? end;
  if (button.previousElementSibling !== after) after.after(button);
  button.hidden = false;
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const origin = (button.offsetParent ?? document.body).getBoundingClientRect();
  const left = Math.max(8, Math.min(last.left, document.documentElement.clientWidth - button.offsetWidth - 8));
  button.style.top = `${last.bottom - origin.top + 6}px`;
  button.style.left = `${left - origin.left}px`;
}

let pending: ReturnType<typeof setTimeout> | undefined;
document.addEventListener('selectionchange', () => {
  clearTimeout(pending);
  pending = setTimeout(update, 150);
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !button.hidden) hide();
});
// Keep the selection when the button is pressed with a mouse.
button.addEventListener('mousedown', (event) => event.preventDefault());
button.addEventListener('click', async () => {
  if (!link) return;
  const copied = await writeClipboard(link);
  announce(copied ? 'Link to quote copied' : `Could not copy the link. It is: ${link}`);
  hide();
});

update();
