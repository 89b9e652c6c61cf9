/**
 * Rehype plugin: root-relative links written in content ("/about/") get the base path
 * and the absolute URL printed after them on paper, through the one URL helper.
 */
import type { RehypePlugin } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { visit } from 'unist-util-visit';
import { internalLink, isRootRelative } from '../../lib/urls.ts';

export const rehypeInternalLinks: RehypePlugin = () => {
  return (tree) => {
    visit(tree as Root, 'element', (element) => {
      const href = element.properties['href'];
      if (element.tagName !== 'a' || typeof href !== 'string' || !isRootRelative(href)) return;
      const link = internalLink(href);
      element.properties = { ...element.properties, href: link.href, dataPrintUrl: link['data-print-url'] };
    });
  };
};
