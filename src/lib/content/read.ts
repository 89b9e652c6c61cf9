/**
 * The one reader of the content folder outside Astro's page rendering: astro.config.mjs (short
 * links), the content check, the search suggestions and the tests. Pages read the same files
 * through astro:content (collections.ts); both validate with the Zod schemas in schemas.ts.
 *
 * Frontmatter is split off with vfile-matter and parsed with `yaml`, whose errors carry a line;
 * bodies are left as text (mdx.ts parses them into an mdast when a consumer needs one), so reading
 * the frontmatter alone, as the short links and the search suggestions do, stays cheap.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { matter } from 'vfile-matter';
import { isMap, isScalar, isSeq, LineCounter, parse as parseYaml, parseDocument, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { plainIssueMessage } from './field-messages.ts';
import { findingSchema, newsItemSchema, pageSchema, reportSchema, themeSchema, type Finding, type NewsItem, type Page, type Report, type Theme } from './schemas.ts';

/** A content file as read, before validation. */
export interface RawEntry {
  /** Path relative to the project root, e.g. "content/themes/05-publicness-and-commerciality.mdx". */
  file: string;
  /** The parsed frontmatter (MDX) or the whole document (YAML data files). */
  data: unknown;
  /** The MDX body; undefined for data files. */
  body?: string;
  /** The file line the body starts on (1 when there is no frontmatter), so body lines can be reported as file lines. */
  bodyLine?: number;
  /** The file line of each field ("related.1" → 7), so a field's problem names its line. */
  lines?: Record<string, number>;
}

/** A content file whose data met its collection's schema. */
export interface Entry<T> extends RawEntry {
  /** The file name without folder or extension, as astro:content names data entries. */
  id: string;
  data: T;
}

export interface ContentSet {
  themes: RawEntry[];
  findings: RawEntry[];
  reports: RawEntry[];
  newsItems: RawEntry[];
  pages: RawEntry[];
}

export interface Content {
  themes: Entry<Theme>[];
  findings: Entry<Finding>[];
  reports: Entry<Report>[];
  newsItems: Entry<NewsItem>[];
  pages: Entry<Page>[];
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
  /** The line in the file, when the problem has one of its own. */
  line?: number;
}

/** Bad content: the message lists each problem with its file and field. */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/**
 * Where each collection lives, the one file extension it reads and the schema its entries must
 * meet. src/content.config.ts builds Astro's loaders from this too, so the check and the pages
 * read the same files; any other file in these folders is refused (strayFileProblems).
 */
export const COLLECTIONS = {
  themes: { folder: 'themes', extension: '.mdx', schema: themeSchema },
  findings: { folder: 'findings', extension: '.yaml', schema: findingSchema },
  reports: { folder: 'reports', extension: '.yaml', schema: reportSchema },
  newsItems: { folder: 'news-items', extension: '.yaml', schema: newsItemSchema },
  pages: { folder: 'pages', extension: '.mdx', schema: pageSchema },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

/** The glob an Astro loader uses for a collection: its one extension. */
export const collectionPattern = (name: CollectionName): string => `*${COLLECTIONS[name].extension}`;

export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file}${p.line ? `:${p.line}` : ''} › ${p.field}: ${p.message}`);
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/** The id of an entry: its file name without folder or extension. */
export function entryId(file: string): string {
  const name = file.split('/').pop() ?? file;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/**
 * Where a YAML error is, in the YAML text: yaml reports where it noticed the error, which for an
 * unclosed [ { or quote is the start of a later line. Then the fault is on the line before (for
 * a quote, the line before where the quote opened).
 */
function yamlFaultPosition(error: YAMLParseError, text: string): { line: number; col: number } {
  const [{ line, col }] = error.linePos ?? [{ line: 1, col: 1 }];
  const lines = text.split('\n');
  const quote = /quote/i.test(error.message) ? (/single/i.test(error.message) ? "'" : '"') : undefined;
  if (quote) {
    // The quote opened on the nearest line at or before this one with an odd number of them.
    for (let index = Math.min(line, lines.length) - 1; index >= 0; index--) {
      const candidate = lines[index] ?? '';
      if ((candidate.split(quote).length - 1) % 2 === 1) return { line: index + 1, col: candidate.indexOf(quote) + 1 };
    }
  }
  if (col === 1 && line > 1 && (error.code === 'BAD_INDENT' || error.code === 'MISSING_CHAR')) {
    for (let index = Math.min(line, lines.length) - 2; index >= 0; index--) {
      const candidate = lines[index] ?? '';
      if (candidate.trim()) return { line: index + 1, col: candidate.length };
    }
  }
  return { line, col };
}

/** A YAML error as a content problem, with the line in the file (the YAML text starts on `firstLine`). */
function yamlProblem(error: unknown, file: string, text: string, firstLine: number): ContentCheckError {
  const reason = (error as Error).message.split('\n')[0] ?? '';
  if (!(error instanceof YAMLParseError) || !error.linePos) return new ContentCheckError(`${file} › frontmatter: is not valid YAML: ${reason}`);
  const { line, col } = yamlFaultPosition(error, text);
  // yaml ends its message with where it is in the YAML text; say where it is in the file instead.
  const withoutPlace = reason.replace(/ at line \d+, column \d+:?$/, '');
  return new ContentCheckError(`${file}:${line + firstLine - 1} › ${firstLine === 1 ? 'YAML' : 'frontmatter'}: is not valid YAML: ${withoutPlace} (line ${line + firstLine - 1}, column ${col})`);
}

function parseYamlOrReport(text: string, file: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw yamlProblem(error, file, text, 1);
  }
}

/** The file line of every field and list item in a YAML text that starts on `firstLine`. */
export function yamlFieldLines(text: string, firstLine = 1): Record<string, number> {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  const lines: Record<string, number> = {};
  const lineAt = (offset: number | undefined) => (offset === undefined ? undefined : counter.linePos(offset).line + firstLine - 1);
  const walk = (node: unknown, path: string) => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : String(pair.key);
        const at = path ? `${path}.${key}` : key;
        const line = lineAt((pair.key as { range?: [number] } | null)?.range?.[0]);
        if (line) lines[at] = line;
        walk(pair.value, at);
      }
    } else if (isSeq(node)) {
      node.items.forEach((item, index) => {
        const at = `${path}.${index}`;
        const line = lineAt((item as { range?: [number] } | null)?.range?.[0]);
        if (line) lines[at] = line;
        walk(item, at);
      });
    }
  };
  walk(document.contents, '');
  return lines;
}

/** An MDX file's frontmatter (undefined when it has none), the body after it and the number of lines the block takes. */
export function splitFrontmatter(source: string, file = 'an MDX file'): { data: unknown; body: string; lines: number } {
  const vfile = new VFile({ path: file, value: source });
  try {
    matter(vfile, { strip: true });
  } catch (error) {
    throw yamlProblem(error, file, source.split('\n').slice(1).join('\n'), 2); // the YAML starts after the opening "---"
  }
  const body = String(vfile.value);
  if (body.length === source.length) return { data: undefined, body, lines: 0 };
  return { data: vfile.data.matter, body, lines: source.slice(0, source.length - body.length).split('\n').length - 1 };
}

/** Splits an MDX file into its frontmatter data and its body. Throws naming the file when the frontmatter is missing or not YAML. */
export function parseMdx(source: string, file: string): RawEntry {
  if (source.startsWith('\uFEFF')) {
    throw new ContentCheckError(`${file}:1 › encoding: starts with a byte order mark (BOM), which hides the frontmatter; save the file as UTF-8 without BOM`);
  }
  const { data, body, lines } = splitFrontmatter(source, file);
  if (data === undefined) throw new ContentCheckError(`${file} › frontmatter: missing; start the file with a --- block`);
  const yamlText = source.split('\n').slice(1, Math.max(1, lines - 1)).join('\n');
  return { file, data, body, bodyLine: lines + 1, lines: yamlFieldLines(yamlText, 2) };
}

/** Validates one entry's data with a schema: the typed data, or a problem per field. */
export function validateEntry<T extends z.ZodType>(schema: T, entry: RawEntry): { data: z.infer<T>; problems: [] } | { data: undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(entry.data ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : 'frontmatter';
    // Zod does not report the input by default: look the value up to say what the file has.
    const value = issue.path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), entry.data);
    const problem: ContentProblem = { file: entry.file, field, message: plainIssueMessage(issue, value, schema) };
    // The field's own line; a missing field has none, so no line is better than a wrong one.
    const line = value === undefined ? undefined : entry.lines?.[field];
    if (line) problem.line = line;
    return problem;
  });
  return { data: undefined, problems };
}

/** Every file of a collection, parsed but not validated (the content check collects all problems itself). */
export function readRawCollection(root: string, name: CollectionName): RawEntry[] {
  const { folder, extension } = COLLECTIONS[name];
  const dir = join(root, 'content', folder);
  let names: string[];
  try {
    names = readdirSync(dir).filter((n) => n.endsWith(extension)).sort();
  } catch {
    return [];
  }
  return names.map((n) => {
    const path = join(dir, n);
    const file = relative(root, path).split('\\').join('/');
    const { mtimeNs, size } = statSync(path, { bigint: true });
    const known = parsedFiles.get(path);
    if (known?.file === file && known.mtimeNs === mtimeNs && known.size === size) return known.entry;
    const entry = parseContentFile(decodeUtf8(readFileSync(path), file), file, extension);
    parsedFiles.set(path, { file, mtimeNs, size, entry });
    return entry;
  });
}

function parseContentFile(source: string, file: string, extension: string): RawEntry {
  if (extension === '.mdx') return parseMdx(source, file);
  if (source.startsWith('\uFEFF')) throw new ContentCheckError(`${file}:1 › encoding: starts with a byte order mark (BOM); save the file as UTF-8 without BOM`);
  return { file, data: parseYamlOrReport(source, file), lines: yamlFieldLines(source) };
}

/**
 * Content files as parsed, while they keep their size and modification time: a build reads the
 * themes three times (the short links in astro.config.mjs, the content check, the preview cards)
 * and `astro dev` reads them again after an edit. Entries are never changed by their readers.
 */
const parsedFiles = new Map<string, { file: string; mtimeNs: bigint; size: bigint; entry: RawEntry }>();

/** A file's text; content must be UTF-8, and bytes that are not are named with their line. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    const line = text.slice(0, text.indexOf('\uFFFD')).split('\n').length;
    throw new ContentCheckError(
      `${file}:${line} › encoding: is not UTF-8 (line ${line} has bytes in another encoding, perhaps Windows-1252 or Latin-1); save the file as UTF-8`,
    );
  }
}

/** Files in the collection folders that no collection reads: a finding saved as .yml would otherwise vanish. */
export function strayFileProblems(root: string): ContentProblem[] {
  return (Object.keys(COLLECTIONS) as CollectionName[]).flatMap((name) => {
    const { folder, extension } = COLLECTIONS[name];
    let names: string[];
    try {
      names = readdirSync(join(root, 'content', folder));
    } catch {
      return [];
    }
    return names
      .filter((n) => !n.startsWith('.') && !n.endsWith(extension))
      .map((n) => ({
        file: `content/${folder}/${n}`,
        field: 'file name',
        message: `is not read: ${name} are ${extension} files. Rename it to ${entryId(n)}${extension}, or move it out of content/${folder}/`,
      }));
  });
}

/** One YAML data file outside the collections (e.g. content/search/aliases.yaml), parsed but not validated; `source` is its text. */
export function readYamlFile(root: string, file: string): RawEntry & { source: string } {
  const source = readFileSync(join(root, file), 'utf8');
  return { file, data: parseYamlOrReport(source, file), source };
}

export function readRawContent(root: string): ContentSet {
  return {
    themes: readRawCollection(root, 'themes'),
    findings: readRawCollection(root, 'findings'),
    reports: readRawCollection(root, 'reports'),
    newsItems: readRawCollection(root, 'newsItems'),
    pages: readRawCollection(root, 'pages'),
  };
}

type EntryOf<N extends CollectionName> = Entry<z.infer<(typeof COLLECTIONS)[N]['schema']>>;

/** Validates raw entries with their collection's schema; throws one ContentCheckError naming every file and field at fault. */
export function validateCollection<N extends CollectionName>(name: N, entries: readonly RawEntry[]): EntryOf<N>[] {
  const problems: ContentProblem[] = [];
  const valid = entries.flatMap((entry) => {
    const result = validateEntry(COLLECTIONS[name].schema, entry);
    problems.push(...result.problems);
    return result.data === undefined ? [] : [{ ...entry, id: entryId(entry.file), data: result.data } as EntryOf<N>];
  });
  if (problems.length) throw new ContentCheckError(formatProblems(problems));
  return valid;
}

/** One collection, read and validated: typed entries in file-name order. */
export function readCollection<N extends CollectionName>(root: string, name: N): EntryOf<N>[] {
  return validateCollection(name, readRawCollection(root, name));
}

/** The whole content folder, read and validated. */
export function readContent(root: string): Content {
  return {
    themes: readCollection(root, 'themes'),
    findings: readCollection(root, 'findings'),
    reports: readCollection(root, 'reports'),
    newsItems: readCollection(root, 'newsItems'),
    pages: readCollection(root, 'pages'),
  };
}

export function readCheckedFactsMarkdown(root: string): string {
  return readFileSync(join(root, 'content', 'sources', 'facts.md'), 'utf8');
}
