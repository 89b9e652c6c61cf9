/**
 * The selected-passage toolbar, loaded the first time a reader selects text (see enhance.ts).
 * Selecting a passage of a reading page offers:
 * - "Copy link to this quote": a link with a text fragment (#:~:text=…) that opens the page with
 *   the passage highlighted (styled with ::target-text);
 * - "Copy quote with citation": the words in quotation marks, credited to whoever said them (the
 *   guide, or the speaker a quotation is marked with, src/shared/quotations.ts), the page's
 *   citation and the link; a passage by more than one speaker is declined, saying why;
 * - "Report a problem with this passage", when the page has a contact (ReportProblem.astro).
 * The toolbar sits just after the passage in the reading order, so the keyboard reaches it next.
 */
import { problemReportUrl } from '../shared/problem-report.ts';
import { EDITORIAL_INSERTION, QUOTE_BY, quoteWithCitation, type QuoteCitation } from '../shared/quotations.ts';
import { quoteUrl, textDirective, wholeWords } from '../shared/text-fragment.ts';
import { announce } from './announce.ts';
import { canonicalUrl, writeClipboard } from './copy.ts';

const READING = '[data-pagefind-body]';
const NOT_QUOTABLE = '[data-pagefind-ignore], pre, nav, button, input, textarea, .heading-link';
const BLOCK = 'p, blockquote, ul, ol, dl, figure, table, pre, h2, h3, .heading-link-wrap';

const toolbar = document.createElement('span');
toolbar.className = 'no-print flex-wrap gap-x-4 gap-y-1';
toolbar.setAttribute('role', 'group');
toolbar.setAttribute('aria-label', 'Selected passage');
toolbar.setAttribute('data-pagefind-ignore', '');
toolbar.style.position = 'absolute';
toolbar.style.zIndex = '1';

function control(text: string, tag: 'button' | 'a' = 'button'): HTMLElement {
  const element = document.createElement(tag);
  if (element instanceof HTMLButtonElement) element.type = 'button';
  // The header's search button look (Tailwind classes already in the stylesheet).
  element.className = tag === 'button' ? 'rounded bg-accent px-3 py-1 font-semibold text-accent-ink' : 'rounded border border-rule bg-panel px-3 py-1';
  element.textContent = text;
  // Keep the selection when a control is pressed with a mouse.
  element.addEventListener('mousedown', (event) => event.preventDefault());
  toolbar.append(element);
  return element;
}
const linkButton = control('Copy link to this quote');
const citeButton = control('Copy quote with citation');
const reportSource = document.querySelector<HTMLAnchorElement>('a[data-report-problem]');
const reportLink = reportSource ? (control('Report a problem with this passage', 'a') as HTMLAnchorElement) : undefined;

let link: string | undefined;
let cited: QuoteCitation | undefined;

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();
const elementOf = (node: Node) => (node instanceof Element ? node : node.parentElement);

function hide(): void {
  toolbar.hidden = true;
  toolbar.style.display = 'none';
  link = undefined;
  cited = undefined;
}
hide();

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

/** Each speaker whose words the range takes in, in order: a marked quotation's, or the guide's. */
function speakersOf(range: Range, guide: string): string[] {
  const speakers: string[] = [];
  const root = range.commonAncestorContainer;
  const walker = document.createTreeWalker(root.nodeType === Node.TEXT_NODE ? (root.parentNode ?? root) : root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (!range.intersectsNode(node)) continue;
    const text = node.textContent ?? '';
    const from = node === range.startContainer ? range.startOffset : 0;
    const to = node === range.endContainer ? range.endOffset : text.length;
    if (!text.slice(from, to).trim() || elementOf(node)?.closest(NOT_QUOTABLE)) continue;
    const speaker = elementOf(node)?.closest(`[${QUOTE_BY}]`)?.getAttribute(QUOTE_BY) ?? guide;
    if (!speakers.includes(speaker)) speakers.push(speaker);
  }
  return speakers;
}

/** The page's own citation (Harvard, from "Cite this page"), or its title and address. */
function pageCitation(): string {
  const harvard = document.getElementById('cite-page-harvard')?.textContent;
  return harvard ? squash(harvard) : `${document.title}. Available at: ${canonicalUrl()}`;
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
  const section = sectionId(range, article);
  link = quoteUrl(canonicalUrl(), directive, section);

  const guide = document.querySelector('meta[property="og:site_name"]')?.getAttribute('content') ?? document.title;
  const insertions = [...article.querySelectorAll(EDITORIAL_INSERTION)].filter((el) => range.intersectsNode(el)).map((el) => squash(el.textContent ?? ''));
  cited = quoteWithCitation({ text, speakers: speakersOf(range, guide), guide, insertions, pageCitation: pageCitation(), link });
  if (reportLink && reportSource) {
    const pageTitle = reportSource.getAttribute('data-page-title') ?? document.title;
    reportLink.href = problemReportUrl(reportSource.getAttribute('data-report-problem') ?? '', { pageUrl: canonicalUrl(), pageTitle, section, selection: text });
  }

  // In the reading order just after the passage, so the keyboard reaches it next; shown beside the selection's end.
  const after = end.closest(BLOCK) ?? end;
  if (toolbar.previousElementSibling !== after) after.after(toolbar);
  toolbar.hidden = false;
  toolbar.style.display = 'flex';
  const rects = range.getClientRects();
  const last = rects[rects.length - 1] ?? range.getBoundingClientRect();
  const origin = (toolbar.offsetParent ?? document.body).getBoundingClientRect();
  const width = Math.min(toolbar.offsetWidth, document.documentElement.clientWidth - 16);
  toolbar.style.maxWidth = `${document.documentElement.clientWidth - 16}px`;
  const left = Math.max(8, Math.min(last.left, document.documentElement.clientWidth - width - 8));
  toolbar.style.top = `${last.bottom - origin.top + 6}px`;
  toolbar.style.left = `${left - origin.left}px`;
}

let pending: ReturnType<typeof setTimeout> | undefined;
document.addEventListener('selectionchange', () => {
  // Moving focus onto the toolbar keeps the selection; only a change of it moves the toolbar.
  clearTimeout(pending);
  pending = setTimeout(update, 150);
});
document.addEventListener('keydown', (event) => {
  if (event.key === 'Escape' && !toolbar.hidden) hide();
});
/** Brings the toolbar up to date with the selection before a control acts on it (a fast reader can beat the debounce). */
function current(): void {
  clearTimeout(pending);
  if (getSelection()?.isCollapsed === false) update();
}
linkButton.addEventListener('click', async () => {
  current();
  if (!link) return;
  const copied = await writeClipboard(link);
  announce(copied ? 'Link to quote copied' : `Could not copy the link. It is: ${link}`);
  hide();
});
citeButton.addEventListener('click', async () => {
  current();
  if (!cited) return;
  if (!cited.ok) return announce(cited.message);
  const copied = await writeClipboard(cited.text);
  announce(copied ? 'Quote with citation copied' : `Could not copy the quote. It is: ${cited.text}`);
  hide();
});

update();
