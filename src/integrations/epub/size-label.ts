/**
 * The EPUB's size on the pages that link to it. Pages are rendered before the book exists, so
 * src/components/EpubLink.astro writes `<span data-epub-size>EPUB</span>` and this fills in the
 * size once the book is written. The span is found in the parsed page and only its text is
 * replaced, by position, so nothing else in the page changes.
 */
import type { Element, Text } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { visit } from 'unist-util-visit';
import { fileSizeLabel } from '../../lib/full-edition.ts';

export const SIZE_MARKER = 'data-epub-size';

export function fillSizeLabels(html: string, bytes: number, file: string): string {
  const spans: Text[] = [];
  visit(fromHtml(html), 'element', (el: Element) => {
    if (!('dataEpubSize' in el.properties)) return;
    const text = el.children[0];
    if (el.children.length !== 1 || text?.type !== 'text' || !text.position) throw new Error(`${file}: <span ${SIZE_MARKER}> must hold plain text only`);
    spans.push(text);
  });
  let out = html;
  // From the end, so earlier offsets stay valid.
  for (const text of spans.reverse()) {
    const { start, end } = text.position!;
    out = `${out.slice(0, start.offset)}EPUB, ${fileSizeLabel(bytes)}${out.slice(end.offset)}`;
  }
  return out;
}
