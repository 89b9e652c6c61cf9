/**
 * Hand-set heading ids. In MDX a heading ends with an escaped brace: `## In brief \{#in-brief\}`
 * (MDX reads bare braces as JavaScript). The id is written by hand, never derived from the
 * words, so rewording a heading never breaks a link to it. Read from the mdast (mdx.ts), where
 * the escape is gone and the marker ends the heading's last text node: "In brief {#in-brief}".
 */
import type { Heading, Root, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { parseMdxBody } from './mdx.ts';

/** Matches the id marker at the end of a heading's text. */
export const HEADING_ID_MARKER = /\s*\{#([a-z0-9]+(?:-[a-z0-9]+)*)\}\s*$/;

export interface SourceHeading {
  depth: number;
  text: string;
  id: string | undefined;
  line: number;
}

/** Split "In brief {#in-brief}" into its text and id. */
export function splitHeadingId(raw: string): { text: string; id: string | undefined } {
  const match = HEADING_ID_MARKER.exec(raw);
  if (!match) return { text: raw.trim(), id: undefined };
  return { text: raw.slice(0, match.index).trim(), id: match[1] };
}

/** A heading's id marker: the id, the text node that ends with it and where the marker starts in that node. */
export function headingIdMarker(heading: Heading): { id: string; node: Text; index: number } | undefined {
  const last = heading.children.at(-1);
  if (last?.type !== 'text') return undefined;
  const match = HEADING_ID_MARKER.exec(last.value);
  return match ? { id: match[1] as string, node: last, index: match.index } : undefined;
}

/** The headings of an MDX body (source text or its tree), with their hand-set ids and file lines. */
export function readSourceHeadings(body: string | Root): SourceHeading[] {
  const tree = typeof body === 'string' ? parseMdxBody(body) : body;
  const headings: SourceHeading[] = [];
  visit(tree, 'heading', (heading) => {
    const { text } = splitHeadingId(toString(heading));
    headings.push({ depth: heading.depth, text, id: headingIdMarker(heading)?.id, line: heading.position?.start.line ?? 0 });
  });
  return headings;
}

/** Problems with a body's headings: h1 in a body, h2/h3 without an id, duplicate ids. */
export function headingProblems(body: string | Root): string[] {
  const problems: string[] = [];
  const seen = new Map<string, number>();
  for (const heading of readSourceHeadings(body)) {
    if (heading.depth === 1) {
      problems.push(`line ${heading.line}: "# ${heading.text}" is an h1; the page supplies the only h1, so start at ##`);
      continue;
    }
    if (heading.depth > 3) continue;
    if (!heading.id) {
      problems.push(
        `line ${heading.line}: heading "${heading.text}" has no id; end it with an escaped id such as \\{#my-section\\}`,
      );
      continue;
    }
    const first = seen.get(heading.id);
    if (first !== undefined) {
      problems.push(`line ${heading.line}: id "${heading.id}" is already used on line ${first}`);
    } else {
      seen.set(heading.id, heading.line);
    }
  }
  return problems;
}
