/**
 * Sätteri hast visitor for MDX headings, one of the site plugin's (index.ts): moves a heading's
 * hand-set `{#id}` marker into its `id` (see src/lib/content/heading-ids.ts for the syntax), fails
 * the build when an h2/h3 has none or repeats one, and gives every h2 and h3 its "copy link"
 * control (src/shared/heading-link.ts). One visitor for both because Sätteri applies a pass's
 * changes after it: a second one would not yet see the id this one sets.
 */
import type { Element } from 'hast';
import { h } from 'hastscript';
import type { HastFilteredVisitor } from 'satteri';
import { fileURLToPath } from 'node:url';
import { HEADING_ID_MARKER, splitHeadingId } from '../../lib/content/heading-ids.ts';
import { HEADING_LINK_CLASS, HEADING_LINK_TEXT, HEADING_LINK_WRAP_CLASS, headingLinkLabel } from '../../shared/heading-link.ts';

export function headingLinkNode(id: string, headingText: string): Element {
  return h('a', { className: HEADING_LINK_CLASS.split(' '), href: `#${id}`, ariaLabel: headingLinkLabel(headingText), dataPagefindIgnore: '' }, HEADING_LINK_TEXT);
}

/** The visitor for one document: `fileURL` names it in errors, and its ids must be unique within it. */
export function headings(fileURL: URL | undefined): HastFilteredVisitor<Element> {
  const source = fileURL ? fileURLToPath(fileURL) : 'an MDX file';
  const seen = new Set<string>();
  return {
    filter: ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'],
    visit(heading, ctx) {
      // The marker ends the heading's last text node (heading-ids.ts); the text is the heading's words without it.
      const { text } = splitHeadingId(ctx.textContent(heading));
      const last = heading.children.at(-1);
      const marker = last?.type === 'text' ? HEADING_ID_MARKER.exec(last.value) : null;
      const id = marker?.[1];
      const linked = heading.tagName === 'h2' || heading.tagName === 'h3';
      if (!id || !marker || last?.type !== 'text') {
        if (linked) throw new Error(`${source}: heading "${text}" has no hand-set id. End it with an escaped id, e.g. "## In brief \\{#in-brief\\}".`);
        return;
      }
      if (seen.has(id)) throw new Error(`${source}: heading id "${id}" is used twice on the page.`);
      seen.add(id);
      ctx.replaceNode(last, { type: 'text', value: last.value.slice(0, marker.index) });
      ctx.setProperty(heading, 'id', id);
      if (linked) ctx.wrapNode(heading, h('div', { className: [HEADING_LINK_WRAP_CLASS, `level-${heading.tagName.slice(1)}`] }, headingLinkNode(id, text)));
    },
  };
}
