/**
 * The Markdown processor for the site's MDX: Sätteri (Astro's default, parsing in Rust) with the
 * site's hast visitors. Unified's remark/rehype pipeline did the same work with about 3 s more
 * CPU per 1,000 pages (docs/performance.md). Smart punctuation is off: quotations are copied
 * character for character, straight quotes included. No syntax highlighting: the content has no
 * code blocks, and Shiki's inline styles would break the CSP.
 */
import { satteri } from '@astrojs/markdown-satteri';
import type { HastPluginEntry } from 'satteri';
import { headings } from './headings.ts';
import { internalLinks } from './internal-links.ts';
import { quoteAttribution } from './quote-attribution.ts';

/**
 * The site's three jobs as one plugin. Sätteri walks the tree, and crosses into JavaScript, once
 * per plugin: as three plugins they cost three walks (docs/performance.md). They look at
 * different elements (headings, links, block quotations) and none needs another's change.
 */
export const sitePlugin: HastPluginEntry = ({ fileURL }) => ({
  name: 'site-markdown',
  element: [headings(fileURL), internalLinks, quoteAttribution],
});

/** The tests run content through the same list. */
export const HAST_PLUGINS = [sitePlugin];

export function markdownProcessor() {
  return satteri({ hastPlugins: HAST_PLUGINS, features: { smartPunctuation: false } });
}
