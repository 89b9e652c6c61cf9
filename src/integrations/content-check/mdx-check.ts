/**
 * Checks MDX bodies before Astro compiles them, so a mistake is reported with its file, line
 * and what to fix (Astro's own messages for these point at compiled code or at the page route):
 * MDX that does not parse, a component content may not use, and an image file that is missing.
 */
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { splitFrontmatter, type ContentProblem, type RawEntry } from '../../lib/content/read.ts';
import { parseMdxBody } from '../../lib/content/mdx.ts';
import { mdxComponentProps } from '../../lib/content/schemas.ts';
import { allowlistProblems, type AllowlistOptions } from './allowlist.ts';

interface Point {
  line: number;
  column: number;
}

export interface MdxCheckOptions extends Partial<Omit<AllowlistOptions, 'components'>> {
  /** Names of the components MDX content may use (src/components/mdx/index.ts). */
  components: readonly string[];
  /** Whether a file exists, given its path relative to the project root. */
  exists: (path: string) => boolean;
}

/** An MDX entry as the checks see it; `source` (the whole file) places body lines when `bodyLine` is not known. */
export type MdxEntry = RawEntry & { source?: string };

/** The number of lines the frontmatter block takes, so body lines can be reported as file lines. */
export function frontmatterLines(source: string): number {
  return splitFrontmatter(source).lines;
}

/** The body's tree, with file lines, or the problem that it is not valid MDX. */
export function parseEntryBody(entry: MdxEntry): { tree: Root; problem?: undefined } | { tree?: undefined; problem: ContentProblem } {
  const firstLine = entry.bodyLine ?? (entry.source ? frontmatterLines(entry.source) + 1 : 1);
  try {
    return { tree: parseMdxBody(entry.body ?? '', firstLine) };
  } catch (error) {
    const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
    const where = line ? `line ${line}, column ${column ?? 1}: ` : '';
    return {
      problem: {
        file: entry.file,
        field: 'body',
        message: `${where}is not valid MDX: ${reason ?? (error as Error).message}. In MDX, "{" and "<" start code: close every { } and <Tag>, or write \\{ and \\< for the characters themselves.`,
      },
    };
  }
}

/** Where an image URL written in `file` points, relative to the project root; undefined for other sites. */
export function resolveImage(file: string, url: string): string | undefined {
  if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//') || url.startsWith('#')) return undefined;
  const clean = decodeURI(url.split(/[?#]/)[0] ?? '');
  if (clean.startsWith('/')) return `public${clean}`;
  const parts = file.split('/').slice(0, -1);
  for (const part of clean.split('/')) {
    if (part === '..') parts.pop();
    else if (part && part !== '.') parts.push(part);
  }
  return parts.join('/');
}

/** Components and images in a parsed body: what content may use, and files that must exist. */
export function mdxTreeProblems(entry: MdxEntry, tree: Root, options: MdxCheckOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (point: Point | undefined, message: string) =>
    problems.push({ file: entry.file, field: 'body', message: (point ? `line ${point.line}: ` : '') + message });
  const checkImage = (url: string, point: Point | undefined) => {
    const path = resolveImage(entry.file, url);
    if (path && !options.exists(path)) add(point, `the image "${url}" does not exist (looked for ${path}). Check the file name, or add the image there.`);
  };

  // Content may not import (allowlist.ts), so only the listed components are in scope.
  const allowed = new Set(options.components);
  visit(tree, (node) => {
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const root = node.name.split('.')[0] ?? node.name;
      if (/^[A-Z]/.test(root) && !allowed.has(root)) {
        add(
          node.position?.start,
          `<${node.name}> is not a component content can use. Use one of ${options.components.map((c) => `<${c}>`).join(', ')} (listed in src/components/mdx/index.ts), or add it there.`,
        );
      }
      if (node.name === 'img') {
        const src = node.attributes.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
        if (typeof src === 'string') checkImage(src, node.position?.start);
      }
    }
    if (node.type === 'image' && node.url) checkImage(node.url, node.position?.start);
  });
  problems.push(
    ...allowlistProblems(entry.file, tree, {
      components: options.components,
      componentProps: options.componentProps ?? mdxComponentProps,
      findingIds: options.findingIds,
    }),
  );
  return problems;
}

/** Problems in one MDX entry's body: MDX that does not parse, components and images. */
export function mdxProblems(entry: MdxEntry, options: MdxCheckOptions): ContentProblem[] {
  const { tree, problem } = parseEntryBody(entry);
  return problem ? [problem] : mdxTreeProblems(entry, tree, options);
}

/** The component names in src/components/mdx/index.ts's `mdxComponents = { … }`. */
export function componentNamesFrom(indexSource: string): string[] {
  const body = /mdxComponents\s*(?::[^=]+)?=\s*\{([^}]*)\}/.exec(indexSource)?.[1];
  if (body === undefined) throw new Error('src/components/mdx/index.ts has no `export const mdxComponents = { … }`');
  return body
    .split(',')
    .map((part) => part.split(':')[0]?.trim() ?? '')
    .filter(Boolean);
}
