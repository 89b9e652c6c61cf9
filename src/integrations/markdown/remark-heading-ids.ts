/**
 * Remark plugin: moves a heading's hand-set `{#id}` marker into its `id` attribute and
 * fails the build when an h2/h3 has none (see src/lib/content/heading-ids.ts for the syntax).
 */
import type { RemarkPlugin } from '@astrojs/markdown-remark';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { headingIdMarker } from '../../lib/content/heading-ids.ts';

export const remarkHeadingIds: RemarkPlugin = () => {
  return (root, file) => {
    const source = file.path || file.history[0] || 'an MDX file';
    const seen = new Set<string>();
    visit(root as Root, 'heading', (heading) => {
      const marker = headingIdMarker(heading);
      if (!marker) {
        if (heading.depth === 2 || heading.depth === 3) {
          throw new Error(
            `${source}: heading "${toString(heading)}" has no hand-set id. End it with an escaped id, e.g. "## In brief \\{#in-brief\\}".`,
          );
        }
        return;
      }
      if (seen.has(marker.id)) throw new Error(`${source}: heading id "${marker.id}" is used twice on the page.`);
      seen.add(marker.id);
      marker.node.value = marker.node.value.slice(0, marker.index);
      heading.data = { ...heading.data, hProperties: { ...heading.data?.hProperties, id: marker.id } };
    });
  };
};
