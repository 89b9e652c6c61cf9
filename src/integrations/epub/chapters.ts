/**
 * The EPUB's chapters, cut from the built full edition (/report/full/), so the e-book has the
 * same content, in the same order, as the one-page edition: the report summary, the themes
 * part (its introduction, then one chapter per theme), the CIPD / PPMA findings, sources and
 * citation. Each chapter is made self-contained for an e-reader: headings promoted so it starts
 * at h1, links inside the edition pointed at the chapter that holds their target, links to the
 * site's pages made absolute (back to the site), and the site's data-* hooks left behind.
 */
import type { Element, Root } from 'hast';
import { select, selectAll } from 'hast-util-select';
import { toString } from 'hast-util-to-string';
import { visit, SKIP } from 'unist-util-visit';

export interface Chapter {
  /** File name inside the EPUB, e.g. "theme-4.xhtml". */
  file: string;
  /** The chapter's heading text, e.g. "Theme 4: Fluid careers". */
  title: string;
  /** Its content, headings already promoted and links already rewritten. */
  body: Element[];
  /** The part this chapter belongs to in the contents ("themes" for a theme), if it is not a part itself. */
  partOf?: string;
}

export interface NavEntry {
  href: string;
  text: string;
  children: NavEntry[];
}

export class FullEditionShapeError extends Error {
  constructor(message: string) {
    super(`EPUB: the full edition (/report/full/) ${message}`);
    this.name = 'FullEditionShapeError';
  }
}

/** Cuts the full edition's parts into chapters. `siteOrigin` resolves root-relative links. */
export function chaptersFromFullEdition(tree: Root, siteOrigin: string): Chapter[] {
  const article = select('article[data-full-edition]', tree);
  if (!article) throw new FullEditionShapeError('has no <article data-full-edition>');
  const parts = selectAll('.prose > section[aria-labelledby]', article);
  if (parts.length === 0) throw new FullEditionShapeError('has no parts (<section aria-labelledby> in .prose)');

  const chapters: Chapter[] = [];
  for (const part of parts) {
    const id = String(part.properties['ariaLabelledBy'] ?? '');
    const nested = part.children.filter((child): child is Element => child.type === 'element' && child.tagName === 'section' && 'dataFullTheme' in child.properties);
    const intro = { ...part, children: part.children.filter((child) => !nested.includes(child as Element)) };
    chapters.push(chapter(`${id}.xhtml`, intro));
    for (const theme of nested) chapters.push({ ...chapter(`${String(theme.properties['ariaLabelledBy'])}.xhtml`, theme), partOf: id });
  }

  const fileOfId = new Map<string, string>();
  for (const { file, body } of chapters) {
    for (const node of body) visit(node, 'element', (el: Element) => void (el.properties['id'] && fileOfId.set(String(el.properties['id']), file)));
  }
  for (const { body } of chapters) for (const node of body) rewriteLinks(node, fileOfId, siteOrigin);
  return chapters;
}

function chapter(file: string, section: Element): Chapter {
  const clean = cleaned(section);
  promoteHeadings(clean);
  const heading = select('h1', clean);
  if (!heading) throw new FullEditionShapeError(`has a part with no heading (${file})`);
  return { file, title: toString(heading).trim(), body: [clean] };
}

/** A deep copy without what only the site uses: hidden or screen-only controls, data-* hooks. */
function cleaned(node: Element): Element {
  const copy = structuredClone(node);
  visit(copy, 'element', (el: Element, index, parent) => {
    const classes = (el.properties['className'] as string[] | undefined) ?? [];
    if (parent && index !== undefined && ('hidden' in el.properties || classes.includes('no-print'))) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    for (const key of Object.keys(el.properties)) if (/^data[A-Z]/.test(key)) delete el.properties[key];
    return undefined;
  });
  return copy;
}

/** Shifts every heading up so the chapter's highest heading is an h1. */
function promoteHeadings(node: Element): void {
  let top = 6;
  visit(node, 'element', (el: Element) => void (top = Math.min(top, headingRank(el) ?? 6)));
  visit(node, 'element', (el: Element) => {
    const rank = headingRank(el);
    if (rank) el.tagName = `h${rank - top + 1}`;
  });
}

function rewriteLinks(node: Element, fileOfId: Map<string, string>, siteOrigin: string): void {
  visit(node, 'element', (el: Element) => {
    if (el.tagName !== 'a' || typeof el.properties['href'] !== 'string') return;
    const href = el.properties['href'];
    if (href.startsWith('#')) {
      const file = fileOfId.get(decodeURIComponent(href.slice(1)));
      if (!file) throw new FullEditionShapeError(`links to ${href}, which is not in it`);
      el.properties['href'] = `${file}${href}`;
    } else if (href.startsWith('/') && !href.startsWith('//')) {
      el.properties['href'] = new URL(href, siteOrigin).href;
    }
  });
}

/** The contents: each part, the themes inside their part, and each chapter's sections one level down. */
export function navigation(chapters: Chapter[]): NavEntry[] {
  const entries: NavEntry[] = [];
  const byPart = new Map<string, NavEntry>();
  for (const ch of chapters) {
    const entry: NavEntry = { href: ch.file, text: ch.title, children: sections(ch) };
    const parent = ch.partOf && byPart.get(ch.partOf);
    if (parent) parent.children.push(entry);
    else {
      entries.push(entry);
      byPart.set(ch.file.replace(/\.xhtml$/, ''), entry);
    }
  }
  return entries;
}

function sections(ch: Chapter): NavEntry[] {
  const found: NavEntry[] = [];
  for (const node of ch.body) {
    for (const heading of selectAll('h2[id]', node)) {
      found.push({ href: `${ch.file}#${String(heading.properties['id'])}`, text: toString(heading).trim(), children: [] });
    }
  }
  return found;
}

/** 1–6 for h1–h6, else undefined. */
function headingRank(el: Element): number | undefined {
  const match = /^h([1-6])$/.exec(el.tagName);
  return match ? Number(match[1]) : undefined;
}
