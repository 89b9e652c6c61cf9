/**
 * Sätteri hast visitor, one of the site plugin's (index.ts): a block quotation in content followed
 * by its attribution line ("— Mark Rogers, …") is marked with that speaker (QUOTE_BY), so "Copy
 * quote with citation" credits the quotation to its speaker rather than to the guide, from the
 * content itself rather than a guess.
 */
import type { Element } from 'hast';
import type { HastFilteredVisitor } from 'satteri';
import { attributionFromLine } from '../../shared/quotations.ts';

export const quoteAttribution: HastFilteredVisitor<Element> = {
  filter: ['blockquote'],
  visit(quote, ctx) {
    const parent = ctx.parent(quote);
    const index = ctx.indexOf(quote);
    if (!parent || index === undefined) return;
    const next = parent.children.slice(index + 1).find((child) => child.type !== 'text' || child.value.trim() !== '');
    if (next?.type !== 'element' || next.tagName !== 'p') return;
    const speaker = attributionFromLine(ctx.textContent(next));
    if (speaker) ctx.setProperty(quote, 'dataQuoteBy', speaker);
  },
};
