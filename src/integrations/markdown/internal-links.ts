/**
 * Sätteri hast visitor, one of the site plugin's (index.ts): root-relative links written in
 * content ("/about/") get the base path and the absolute URL printed after them on paper, through
 * the one URL helper.
 */
import type { Element } from 'hast';
import type { HastFilteredVisitor } from 'satteri';
import { internalLink, isRootRelative } from '../../lib/urls.ts';

export const internalLinks: HastFilteredVisitor<Element> = {
  filter: ['a'],
  visit(element, ctx) {
    const href = element.properties['href'];
    if (typeof href !== 'string' || !isRootRelative(href)) return;
    const link = internalLink(href);
    ctx.setProperty(element, 'href', link.href);
    ctx.setProperty(element, 'dataPrintUrl', link['data-print-url']);
  },
};
