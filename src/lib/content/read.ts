/**
 * The one reader of the content folder outside Astro's page rendering: astro.config.mjs (short
 * links), the content check, the search suggestions and the tests. Pages read the same files
 * through astro:content (collections.ts); both validate with the Zod schemas in schemas.ts.
 *
 * Frontmatter is split off with vfile-matter and parsed with `yaml`, whose errors carry a line;
 * bodies are left as text (mdx.ts parses them into an mdast when a consumer needs one), so reading
 * the frontmatter alone, as the short links and the search suggestions do, stays cheap.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { VFile } from 'vfile';
import { matter } from 'vfile-matter';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { findingSchema, pageSchema, reportSchema, themeSchema, type Finding, type Page, type Report, type Theme } from './schemas.ts';

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
  pages: RawEntry[];
}

export interface Content {
  themes: Entry<Theme>[];
  findings: Entry<Finding>[];
  reports: Entry<Report>[];
  pages: Entry<Page>[];
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Bad content: the message lists each problem with its file and field. */
export class ContentCheckError extends Error {
  override name = 'ContentCheckError';
}

/** Where each collection lives and the schema its entries must meet (the same as src/content.config.ts). */
export const COLLECTIONS = {
  themes: { folder: 'themes', extension: '.mdx', schema: themeSchema },
  findings: { folder: 'findings', extension: '.yaml', schema: findingSchema },
  reports: { folder: 'reports', extension: '.yaml', schema: reportSchema },
  pages: { folder: 'pages', extension: '.mdx', schema: pageSchema },
} as const;
export type CollectionName = keyof typeof COLLECTIONS;

export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file} › ${p.field}: ${p.message}`);
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/** The id of an entry: its file name without folder or extension. */
export function entryId(file: string): string {
  const name = file.split('/').pop() ?? file;
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(0, dot) : name;
}

/** A YAML error as a content problem, with the line in the file (the YAML starts on `firstLine`). */
function yamlProblem(error: unknown, file: string, firstLine: number): ContentCheckError {
  const reason = (error as Error).message.split('\n')[0] ?? '';
  if (!(error instanceof YAMLParseError) || !error.linePos) return new ContentCheckError(`${file} › frontmatter: is not valid YAML: ${reason}`);
  const line = error.linePos[0].line + firstLine - 1;
  // yaml ends its message with where it is in the YAML text; say where it is in the file instead.
  const withoutPlace = reason.replace(/ at line \d+, column \d+:?$/, '');
  return new ContentCheckError(`${file} › frontmatter: is not valid YAML: ${withoutPlace} (line ${line}, column ${error.linePos[0].col})`);
}

function parseYamlOrReport(text: string, file: string): unknown {
  try {
    return parseYaml(text);
  } catch (error) {
    throw yamlProblem(error, file, 1);
  }
}

/** An MDX file's frontmatter (undefined when it has none), the body after it and the number of lines the block takes. */
export function splitFrontmatter(source: string, file = 'an MDX file'): { data: unknown; body: string; lines: number } {
  const vfile = new VFile({ path: file, value: source });
  try {
    matter(vfile, { strip: true });
  } catch (error) {
    throw yamlProblem(error, file, 2); // the YAML starts after the opening "---"
  }
  const body = String(vfile.value);
  if (body.length === source.length) return { data: undefined, body, lines: 0 };
  return { data: vfile.data.matter, body, lines: source.slice(0, source.length - body.length).split('\n').length - 1 };
}

/** Splits an MDX file into its frontmatter data and its body. Throws naming the file when the frontmatter is missing or not YAML. */
export function parseMdx(source: string, file: string): RawEntry {
  const { data, body, lines } = splitFrontmatter(source, file);
  if (data === undefined) throw new ContentCheckError(`${file} › frontmatter: missing; start the file with a --- block`);
  return { file, data, body, bodyLine: lines + 1 };
}

/** Validates one entry's data with a schema: the typed data, or a problem per field. */
export function validateEntry<T extends z.ZodType>(schema: T, entry: RawEntry): { data: z.infer<T>; problems: [] } | { data: undefined; problems: ContentProblem[] } {
  const result = schema.safeParse(entry.data ?? {});
  if (result.success) return { data: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const field = issue.path.length ? issue.path.join('.') : 'frontmatter';
    // Zod does not report the input by default: look the value up to tell "missing" from "wrong type".
    const value = issue.path.reduce<unknown>((at, key) => (at && typeof at === 'object' ? (at as Record<PropertyKey, unknown>)[key] : undefined), entry.data);
    const missing = issue.code === 'invalid_type' && value === undefined;
    return { file: entry.file, field, message: missing ? 'is required but missing' : issue.message };
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
    const source = readFileSync(path, 'utf8');
    return extension === '.mdx' ? parseMdx(source, file) : { file, data: parseYamlOrReport(source, file) };
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
  return { themes: readCollection(root, 'themes'), findings: readCollection(root, 'findings'), reports: readCollection(root, 'reports'), pages: readCollection(root, 'pages') };
}

export function readCheckedFactsMarkdown(root: string): string {
  return readFileSync(join(root, 'content', 'sources', 'facts.md'), 'utf8');
}
