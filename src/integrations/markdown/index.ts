/**
 * The Markdown processor for the site's MDX: Sätteri (Astro's default, parsing in Rust) with the
 * site's three hast plugins. Unified's remark/rehype pipeline did the same work with about 3 s
 * more CPU per 1,000 pages (docs/performance.md). Smart punctuation is off: quotations are copied
 * character for character, straight quotes included. No syntax highlighting: the content has no
 * code blocks, and Shiki's inline styles would break the CSP.
 */
import { satteri } from '@astrojs/markdown-satteri';
import { headings } from './headings.ts';
import { internalLinks } from './internal-links.ts';
import { quoteAttribution } from './quote-attribution.ts';

/** In order; the tests run content through the same list. */
export const HAST_PLUGINS = [headings, internalLinks, quoteAttribution];

export function markdownProcessor() {
  return satteri({ hastPlugins: HAST_PLUGINS, features: { smartPunctuation: false } });
}
