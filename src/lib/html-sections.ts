/**
 * Small, careful rewrites of rendered HTML, for pages that reuse other pages' content:
 * the full-report edition (ids prefixed so they stay unique, headings moved down a level)
 * and theme pages (a link placed at the end of one section). The HTML is parsed into a hast
 * tree, changed there, and written out again: only elements and their attributes change.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { visit } from 'unist-util-visit';
import { HEADING_LINK_WRAP_CLASS } from '../shared/heading-link.ts';

/** Properties (hast names) that hold a list of ids: aria-labelledby, aria-describedby, aria-controls, for. */
const ID_LIST_PROPERTIES = ['ariaLabelledBy', 'ariaDescribedBy', 'ariaControls', 'htmlFor'];
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

/** An HTML fragment as a hast tree. */
export function parseHtml(html: string): Root {
  return fromHtml(html, { fragment: true });
}

/** A hast tree as HTML, with character references written the way Astro writes them (`&amp;`, `&quot;`). */
export function serializeHtml(tree: Root): string {
  return toHtml(tree, { characterReferences: { useNamedReferences: true }, collapseEmptyAttributes: true });
}

/** Parses `html`, lets `change` edit the tree, and writes it out again. */
export function rewriteHtml(html: string, change: (tree: Root) => void): string {
  const tree = parseHtml(html);
  change(tree);
  return serializeHtml(tree);
}

const headingLevel = (node: Element) => HEADINGS.indexOf(node.tagName) + 1;
const classes = (node: Element) => (Array.isArray(node.properties['className']) ? node.properties['className'].map(String) : []);
const isHeadingLinkWrap = (node: RootContent | ElementContent): node is Element => node.type === 'element' && classes(node).includes(HEADING_LINK_WRAP_CLASS);

/**
 * Prefixes every id in a tree ("in-brief" → "theme-5-in-brief"), and every reference to one:
 * in-page links (href="#in-brief") and id-list attributes (aria-labelledby…). Only attributes
 * change, never the text. Headings (and their heading-link wrappers) move down `demote` levels.
 */
export function prefixTreeIds(tree: Root, prefix: string, demote = 0): void {
  visit(tree, 'element', (node) => {
    const { properties } = node;
    if (typeof properties['id'] === 'string') properties['id'] = `${prefix}-${properties['id']}`;
    const href = properties['href'];
    if (typeof href === 'string' && href.startsWith('#') && href.length > 1) properties['href'] = `#${prefix}-${href.slice(1)}`;
    for (const name of ID_LIST_PROPERTIES) {
      const ids = properties[name];
      if (Array.isArray(ids)) properties[name] = ids.map((id) => `${prefix}-${id}`);
    }
    if (!demote) return;
    const level = headingLevel(node);
    if (level) node.tagName = `h${Math.min(6, level + demote)}`;
    if (isHeadingLinkWrap(node)) {
      properties['className'] = classes(node).map((name) => {
        const wrapLevel = name.startsWith('level-') ? Number(name.slice('level-'.length)) : 0;
        return wrapLevel ? `level-${Math.min(6, wrapLevel + demote)}` : name;
      });
    }
  });
}

/**
 * Inserts `nodes` at the end of the section that starts with the h2 carrying `id`: just before
 * the next h2 (or its heading-link wrapper), or at the end when it is the last section. Sections
 * are siblings at the top of the tree, as rendered content has them. Leaves the tree alone when
 * there is no such section.
 */
export function appendToTreeSection(tree: Root, id: string, nodes: RootContent[]): void {
  const startsSection = (node: RootContent) =>
    node.type === 'element' && (node.tagName === 'h2' || (isHeadingLinkWrap(node) && node.children.some((child) => child.type === 'element' && child.tagName === 'h2')));
  const h2Id = (node: RootContent): unknown => {
    if (node.type !== 'element') return undefined;
    const heading = node.tagName === 'h2' ? node : node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'h2');
    return heading?.properties['id'];
  };
  const start = tree.children.findIndex((node) => startsSection(node) && h2Id(node) === id);
  if (start < 0) return;
  const next = tree.children.findIndex((node, index) => index > start && startsSection(node));
  tree.children.splice(next < 0 ? tree.children.length : next, 0, ...nodes);
}

/**
 * Removes the "copy link" controls beside headings (heading-link.ts), keeping the headings: for
 * the one-page edition, whose sections have their permanent links on the pages they come from.
 */
export function stripTreeHeadingLinks(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (!parent || index === undefined || !isHeadingLinkWrap(node)) return undefined;
    const heading = node.children.find((child): child is Element => child.type === 'element' && headingLevel(child) > 0);
    if (!heading) return undefined;
    parent.children.splice(index, 1, heading);
    return index + 1;
  });
}

/**
 * Removes the marks that say who said a quotation (data-quote-by, data-quote-source: src/shared/quotations.ts),
 * unwrapping a <span> that only carried them: for the one-page edition, where no passage is cited
 * (its passages are cited on the pages they come from), so the marks would only add weight.
 */
export function stripTreeQuoteMarks(tree: Root): void {
  visit(tree, 'element', (node, index, parent) => {
    if (!('dataQuoteBy' in node.properties)) return undefined;
    delete node.properties['dataQuoteBy'];
    delete node.properties['dataQuoteSource'];
    if (node.tagName !== 'span' || Object.keys(node.properties).length > 0 || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1, ...node.children);
    return index;
  });
}

/** Every id in a tree, in document order. */
export function treeIds(tree: Root): string[] {
  const ids: string[] = [];
  visit(tree, 'element', (node) => {
    if (typeof node.properties['id'] === 'string') ids.push(node.properties['id']);
  });
  return ids;
}

/** prefixTreeIds on an HTML fragment. */
export function prefixIds(html: string, prefix: string, demote = 0): string {
  return rewriteHtml(html, (tree) => prefixTreeIds(tree, prefix, demote));
}

/** appendToTreeSection on an HTML fragment, with the snippet given as HTML too. */
export function appendToSection(html: string, id: string, snippet: string): string {
  return rewriteHtml(html, (tree) => appendToTreeSection(tree, id, parseHtml(snippet).children));
}

/** Every id in an HTML fragment, in order. */
export function idsIn(html: string): string[] {
  return treeIds(parseHtml(html));
}

/** stripTreeHeadingLinks on an HTML fragment. */
export function stripHeadingLinks(html: string): string {
  return rewriteHtml(html, stripTreeHeadingLinks);
}

/** The tag that marks a section as the guide's own reading, and its legend (once per page). */
export const GUIDE_READING_TAG = 'Guide’s reading';
export const GUIDE_READING_LEGEND = 'this guide’s own words (its plain-English reading, connections and questions), not the report’s.';

/**
 * Replaces the sentence that opens a section to say it is the guide's own reading (a paragraph
 * that is one <em> and nothing else, right after the section's h2) with the one "Guide’s reading"
 * tag, whose meaning the page's legend gives once. Returns how many sections were tagged.
 */
export function tagGuideReadings(tree: Root): number {
  let tagged = 0;
  const isH2 = (node: RootContent | undefined) =>
    node?.type === 'element' && (node.tagName === 'h2' || (isHeadingLinkWrap(node) && node.children.some((c) => c.type === 'element' && c.tagName === 'h2')));
  const content = (node: Element) => node.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  tree.children.forEach((node, index) => {
    if (node.type !== 'element' || node.tagName !== 'p') return;
    const previous = tree.children.slice(0, index).reverse().find((c) => !(c.type === 'text' && !c.value.trim()));
    const [only, ...rest] = content(node);
    if (!isH2(previous) || rest.length > 0 || only?.type !== 'element' || only.tagName !== 'em') return;
    tree.children[index] = { type: 'element', tagName: 'p', properties: { className: ['guide-tag'], dataPagefindIgnore: '' }, children: [{ type: 'text', value: GUIDE_READING_TAG }] };
    tagged += 1;
  });
  return tagged;
}
