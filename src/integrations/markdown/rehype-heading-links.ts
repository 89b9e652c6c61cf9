/**
 * Rehype plugin: gives every h2 and h3 of MDX content its "copy link" control (see
 * src/shared/heading-link.ts). Runs after remark-heading-ids.ts has set the hand-set ids.
 */
import type { RehypePlugin } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { h } from 'hastscript';
import { SKIP, visit } from 'unist-util-visit';
import { HEADING_LINK_CLASS, HEADING_LINK_TEXT, HEADING_LINK_WRAP_CLASS, headingLinkLabel } from '../../shared/heading-link.ts';

/** The heading's words as rendered: its text, and raw HTML written inside it. */
function plainText(node: Element): string {
  const parts: string[] = [];
  visit(node, (child) => {
    if (child.type === 'text' || child.type === 'raw') parts.push(child.value);
  });
  return parts.join('');
}

export function headingLinkNode(id: string, headingText: string): Element {
  return h('a', { className: HEADING_LINK_CLASS.split(' '), href: `#${id}`, ariaLabel: headingLinkLabel(headingText), dataPagefindIgnore: '' }, HEADING_LINK_TEXT);
}

export const rehypeHeadingLinks: RehypePlugin = () => {
  return (tree) => {
    visit(tree as Root, 'element', (node, index, parent) => {
      const classes = node.properties['className'];
      if (Array.isArray(classes) && classes.includes(HEADING_LINK_WRAP_CLASS)) return SKIP;
      const id = node.properties['id'];
      if ((node.tagName !== 'h2' && node.tagName !== 'h3') || typeof id !== 'string' || !id || !parent || index === undefined) return undefined;
      parent.children[index] = h('div', { className: [HEADING_LINK_WRAP_CLASS, `level-${node.tagName.slice(1)}`] }, node, headingLinkNode(id, plainText(node)));
      return SKIP;
    });
  };
};
