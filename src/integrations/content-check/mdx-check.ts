/**
 * Checks MDX bodies before Astro compiles them, so a mistake is reported with its file, line
 * and what to fix (Astro's own messages for these point at compiled code or at the page route):
 * MDX that does not parse, a component content may not use, and an image file that is missing.
 */
import { createProcessor } from '@mdx-js/mdx';
import type { ContentProblem, RawEntry } from './validate-content.ts';

interface Point {
  line: number;
  column: number;
}
interface MdxNode {
  type: string;
  name?: string | null;
  url?: string;
  value?: unknown;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: MdxNode[];
  position?: { start: Point };
}

export interface MdxCheckOptions {
  /** Names of the components MDX content may use without importing them (src/components/mdx/index.ts). */
  components: readonly string[];
  /** Whether a file exists, given its path relative to the project root. */
  exists: (path: string) => boolean;
}

const processor = createProcessor();

/** The number of lines the frontmatter block takes, so body lines can be reported as file lines. */
export function frontmatterLines(source: string): number {
  const match = /^---\r?\n[\s\S]*?\r?\n---\r?\n?/.exec(source);
  return match ? match[0].split('\n').length - (match[0].endsWith('\n') ? 1 : 0) : 0;
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

/** Names an `import … from` statement brings into scope. */
function importedNames(esm: string): string[] {
  const names: string[] = [];
  for (const match of esm.matchAll(/import\s+([\s\S]*?)\s+from\s/g)) {
    const clause = match[1] ?? '';
    for (const name of clause.replace(/[{}*]/g, ',').split(',')) {
      const local = name.trim().split(/\s+as\s+/).pop()?.trim();
      if (local) names.push(local);
    }
  }
  return names;
}

/** Problems in one MDX entry's body. */
export function mdxProblems(entry: RawEntry & { source?: string }, options: MdxCheckOptions): ContentProblem[] {
  const body = entry.body ?? '';
  const offset = entry.source ? frontmatterLines(entry.source) : 0;
  const problems: ContentProblem[] = [];
  const at = (point: Point | undefined) => (point ? `line ${point.line + offset}: ` : '');
  const add = (point: Point | undefined, message: string) => problems.push({ file: entry.file, field: 'body', message: at(point) + message });

  let tree: MdxNode;
  try {
    tree = processor.parse(body) as unknown as MdxNode;
  } catch (error) {
    const { line, column, reason } = error as { line?: number; column?: number; reason?: string };
    const where = line ? `line ${line + offset}, column ${column ?? 1}: ` : '';
    problems.push({
      file: entry.file,
      field: 'body',
      message: `${where}is not valid MDX: ${reason ?? (error as Error).message}. In MDX, "{" and "<" start code: close every { } and <Tag>, or write \\{ and \\< for the characters themselves.`,
    });
    return problems;
  }

  const allowed = new Set(options.components);
  const walk = (node: MdxNode) => {
    if (node.type === 'mdxjsEsm' && typeof node.value === 'string') {
      for (const name of importedNames(node.value)) allowed.add(name);
    }
    if ((node.type === 'mdxJsxFlowElement' || node.type === 'mdxJsxTextElement') && node.name) {
      const root = node.name.split('.')[0] ?? node.name;
      if (/^[A-Z]/.test(root) && !allowed.has(root)) {
        add(
          node.position?.start,
          `<${node.name}> is not a component content can use. Use one of ${options.components.map((c) => `<${c}>`).join(', ')} (listed in src/components/mdx/index.ts), or add it there.`,
        );
      }
      if (node.name === 'img') {
        const src = node.attributes?.find((a) => a.type === 'mdxJsxAttribute' && a.name === 'src')?.value;
        if (typeof src === 'string') checkImage(src, node.position?.start);
      }
    }
    if (node.type === 'image' && node.url) checkImage(node.url, node.position?.start);
    node.children?.forEach(walk);
  };
  const checkImage = (url: string, point: Point | undefined) => {
    const path = resolveImage(entry.file, url);
    if (path && !options.exists(path)) add(point, `the image "${url}" does not exist (looked for ${path}). Check the file name, or add the image there.`);
  };
  walk(tree);
  return problems;
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
