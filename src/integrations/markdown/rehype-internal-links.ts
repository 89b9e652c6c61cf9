/**
 * Rehype plugin: root-relative links written in content ("/about/") get the base path
 * and the absolute URL printed after them on paper, through the one URL helper.
 */
import type { RehypePlugin } from '@astrojs/markdown-remark';
import { internalLink, isRootRelative } from '../../lib/urls.ts';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

function visitElements(node: HastNode, visit: (element: HastNode) => void): void {
  if (node.type === 'element') visit(node);
  for (const child of node.children ?? []) visitElements(child, visit);
}

export const rehypeInternalLinks: RehypePlugin = () => {
  return (tree) => {
    visitElements(tree as unknown as HastNode, (element) => {
      const href = element.properties?.['href'];
      if (element.tagName !== 'a' || typeof href !== 'string' || !isRootRelative(href)) return;
      const link = internalLink(href);
      element.properties = { ...element.properties, href: link.href, dataPrintUrl: link['data-print-url'] };
    });
  };
};
