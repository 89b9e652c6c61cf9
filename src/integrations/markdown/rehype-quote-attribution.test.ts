import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { rehypeQuoteAttribution } from './rehype-quote-attribution.ts';

function run(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  const transform = (rehypeQuoteAttribution as () => (tree: Root) => void)();
  transform(tree);
  return toHtml(tree);
}

describe('rehypeQuoteAttribution', () => {
  it('marks a block quotation with the speaker named on the line after it', () => {
    const html = run('<p>Before.</p>\n<blockquote><p>Words.</p></blockquote>\n<p>— Mark Rogers, chief executive, in his preface</p>');
    expect(html).toContain('<blockquote data-quote-by="Mark Rogers, chief executive, in his preface">');
  });
  it('leaves a quotation without an attribution line unmarked', () => {
    const html = run('<blockquote><p>Words.</p></blockquote>\n<p>The guide goes on — with a dash later.</p>');
    expect(html).toContain('<blockquote>');
    expect(html).not.toContain('data-quote-by');
  });
});
