/**
 * Remark plugin: moves a heading's hand-set `{#id}` marker into its `id` attribute and
 * fails the build when an h2/h3 has none (see heading-ids.ts for the syntax).
 */
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import { HEADING_ID_MARKER } from '../../lib/content/heading-ids.ts';

interface MdNode {
  type: string;
  depth?: number;
  value?: string;
  children?: MdNode[];
  data?: { hProperties?: Record<string, unknown>; [key: string]: unknown };
}

function visitHeadings(node: MdNode, visit: (heading: MdNode) => void): void {
  if (node.type === 'heading') visit(node);
  for (const child of node.children ?? []) visitHeadings(child, visit);
}

function plainText(node: MdNode): string {
  if (typeof node.value === 'string') return node.value;
  return (node.children ?? []).map(plainText).join('');
}

export const remarkHeadingIds: RemarkPlugin = () => {
  return (root, file) => {
    const tree = root as unknown as MdNode;
    const source = file.path || file.history[0] || 'an MDX file';
    const seen = new Set<string>();
    visitHeadings(tree, (heading) => {
      const last = heading.children?.at(-1);
      const match = last?.type === 'text' && last.value ? HEADING_ID_MARKER.exec(last.value) : null;
      if (!match || !last?.value) {
        if (heading.depth === 2 || heading.depth === 3) {
          throw new Error(
            `${source}: heading "${plainText(heading)}" has no hand-set id. End it with an escaped id, e.g. "## In brief \\{#in-brief\\}".`,
          );
        }
        return;
      }
      const id = match[1] as string;
      if (seen.has(id)) throw new Error(`${source}: heading id "${id}" is used twice on the page.`);
      seen.add(id);
      last.value = last.value.slice(0, match.index);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id } };
    });
  };
};
