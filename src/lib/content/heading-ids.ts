/**
 * Hand-set heading ids. In MDX a heading ends with an escaped brace: `## In brief \{#in-brief\}`
 * (MDX reads bare braces as JavaScript). The id is written by hand, never derived from the
 * words, so rewording a heading never breaks a link to it.
 */

/** Matches the id marker at the end of a heading's text, once MDX has unescaped it. */
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

/** The `##` and `###` headings of an MDX body, read from its source (outside code fences). */
export function readSourceHeadings(body: string): SourceHeading[] {
  const headings: SourceHeading[] = [];
  let inFence = false;
  body.split('\n').forEach((line, index) => {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) return;
    const match = /^(#{1,6})\s+(.*?)\s*#*\s*$/.exec(line);
    if (!match) return;
    const hashes = match[1] ?? '';
    const raw = (match[2] ?? '').replace(/\\([{}])/g, '$1');
    headings.push({ depth: hashes.length, line: index + 1, ...splitHeadingId(raw) });
  });
  return headings;
}

/** Problems with a body's headings: h1 in a body, h2/h3 without an id, duplicate ids. */
export function headingProblems(body: string): string[] {
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
