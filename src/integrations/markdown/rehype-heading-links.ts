/**
 * Rehype plugin: gives every h2 and h3 of MDX content its "copy link" control (see
 * heading-link.ts). Runs after remark-heading-ids.ts has set the hand-set ids.
 */
import type { RehypePlugin } from '@astrojs/markdown-remark';
import { HEADING_LINK_CLASS, HEADING_LINK_TEXT, HEADING_LINK_WRAP_CLASS, headingLinkLabel } from '../../shared/heading-link.ts';

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const element = (tagName: string, properties: Record<string, unknown>, children: HastNode[] = []): HastNode => ({
  type: 'element',
  tagName,
  properties,
  children,
});

function plainText(node: HastNode): string {
  if (typeof node.value === 'string' && (node.type === 'text' || node.type === 'raw')) return node.value;
  return (node.children ?? []).map(plainText).join('');
}

export function headingLinkNode(id: string, headingText: string): HastNode {
  return element('a', { className: HEADING_LINK_CLASS.split(' '), href: `#${id}`, ariaLabel: headingLinkLabel(headingText), dataPagefindIgnore: '' }, [
    { type: 'text', value: HEADING_LINK_TEXT },
  ]);
}

function wrapHeadings(parent: HastNode): void {
  const children = parent.children ?? [];
  for (let index = 0; index < children.length; index += 1) {
    const child = children[index] as HastNode;
    if (child.type !== 'element') continue;
    const classes = child.properties?.['className'];
    if (Array.isArray(classes) && classes.includes(HEADING_LINK_WRAP_CLASS)) continue;
    const id = child.properties?.['id'];
    if ((child.tagName === 'h2' || child.tagName === 'h3') && typeof id === 'string' && id) {
      children[index] = element('div', { className: [HEADING_LINK_WRAP_CLASS, `level-${child.tagName.slice(1)}`] }, [
        child,
        headingLinkNode(id, plainText(child)),
      ]);
      continue;
    }
    wrapHeadings(child);
  }
}

export const rehypeHeadingLinks: RehypePlugin = () => {
  return (tree) => {
    wrapHeadings(tree as unknown as HastNode);
  };
};
