/**
 * Rehype plugin: a block quotation in content followed by its attribution line ("— Mark Rogers,
 * …") is marked with that speaker (QUOTE_BY), so "Copy quote with citation" credits the quotation
 * to its speaker rather than to the guide, from the content itself rather than a guess.
 */
import type { RehypePlugin } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import { attributionFromLine } from '../../shared/quotations.ts';

export const rehypeQuoteAttribution: RehypePlugin = () => {
  return (tree) => {
    visit(tree as Root, 'element', (node, index, parent) => {
      if (node.tagName !== 'blockquote' || !parent || index === undefined) return;
      const next = parent.children.slice(index + 1).find((child) => child.type !== 'text' || child.value.trim() !== '');
      if (next?.type !== 'element' || next.tagName !== 'p') return;
      const speaker = attributionFromLine(toString(next));
      if (speaker) node.properties = { ...node.properties, dataQuoteBy: speaker };
    });
  };
};
