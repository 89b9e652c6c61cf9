/**
 * Checks the whole content set before Astro builds anything, so bad content fails fast
 * with the file and field to fix, and never leaves a half-built site. Pure: the caller
 * reads the files (read-content.ts) and passes them in.
 */
import type { z } from 'astro/zod';
import { headingProblems } from '../../lib/content/heading-ids.ts';
import { THEME_COUNT, findingSchema, pageSchema, reportSchema, themeSchema } from '../../lib/content/schemas.ts';

export interface RawEntry {
  /** Path relative to the project root, e.g. "content/themes/05-publicness-and-commerciality.mdx". */
  file: string;
  /** The parsed frontmatter (MDX) or the whole document (YAML data files). */
  data: unknown;
  /** The MDX body; undefined for data files. */
  body?: string;
}

export interface ContentSet {
  themes: RawEntry[];
  findings: RawEntry[];
  reports: RawEntry[];
  pages: RawEntry[];
}

export interface ContentProblem {
  file: string;
  field: string;
  message: string;
}

/** Section ids every theme body must have, in this order. */
export const THEME_SECTION_IDS = ['in-brief', 'connections', 'questions'] as const;

export function formatProblems(problems: ContentProblem[]): string {
  const lines = problems.map((p) => `  - ${p.file} › ${p.field}: ${p.message}`);
  return `Content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n${lines.join('\n')}`;
}

/** The id of a data entry: its file name without folder or extension. */
export function entryId(file: string): string {
  return (file.split('/').pop() ?? file).replace(/\.[^.]+$/, '');
}

function parseWith<T extends z.ZodType>(schema: T, entry: RawEntry, problems: ContentProblem[]): z.infer<T> | undefined {
  const result = schema.safeParse(entry.data ?? {});
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const field = issue.path.length ? issue.path.join('.') : 'frontmatter';
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    problems.push({ file: entry.file, field, message: missing ? 'is required but missing' : issue.message });
  }
  return undefined;
}

function checkBody(entry: RawEntry, problems: ContentProblem[]): void {
  const body = entry.body ?? '';
  if (!body.trim()) {
    problems.push({ file: entry.file, field: 'body', message: 'is empty; write the page text below the frontmatter' });
    return;
  }
  for (const message of headingProblems(body)) problems.push({ file: entry.file, field: 'body', message });
}

export function validateContent(content: ContentSet, checkedStatements: readonly string[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });

  // Findings first: themes refer to them by id.
  const findingIds = new Set<string>();
  const findingRelations = new Map<string, { file: string; related: number[] }>();
  for (const entry of content.findings) {
    const id = entryId(entry.file);
    findingIds.add(id);
    const finding = parseWith(findingSchema, entry, problems);
    if (finding) findingRelations.set(id, { file: entry.file, related: finding.related });
  }

  for (const entry of content.reports) parseWith(reportSchema, entry, problems);
  for (const entry of content.pages) {
    parseWith(pageSchema, entry, problems);
    checkBody(entry, problems);
  }

  if (content.themes.length !== THEME_COUNT) {
    add('content/themes/', 'files', `expected exactly ${THEME_COUNT} theme files, found ${content.themes.length}`);
  }
  const byNumber = new Map<number, string>();
  const bySlug = new Map<string, string>();
  const themeRelations = new Map<number, { file: string; related: string[] }>();
  for (const entry of content.themes) {
    checkBody(entry, problems);
    const theme = parseWith(themeSchema, entry, problems);
    if (!theme) continue;
    const { file } = entry;

    const clash = byNumber.get(theme.number);
    if (clash) add(file, 'number', `${theme.number} is already used by ${clash}`);
    else byNumber.set(theme.number, file);
    const slugClash = bySlug.get(theme.slug);
    if (slugClash) add(file, 'slug', `"${theme.slug}" is already used by ${slugClash}`);
    else bySlug.set(theme.slug, file);

    const expectedName = `${String(theme.number).padStart(2, '0')}-${theme.slug}`;
    if (entryId(file) !== expectedName) {
      add(file, 'slug', `file name should be ${expectedName}.mdx to match number ${theme.number} and slug "${theme.slug}"`);
    }

    const expected = checkedStatements[theme.number - 1];
    if (expected !== undefined && theme.statement !== expected) {
      add(file, 'statement', `differs from the checked wording in facts.md for theme ${theme.number}: "${expected}"`);
    }

    for (const id of theme.related) {
      if (!findingIds.has(id)) add(file, 'related', `"${id}" is not a finding id (known: ${[...findingIds].join(', ')})`);
    }
    themeRelations.set(theme.number, { file, related: theme.related });

    const ids = new Set(
      (entry.body ?? '').match(/\\?\{#[a-z0-9-]+\\?\}/g)?.map((m) => m.replace(/[\\{}#]/g, '')) ?? [],
    );
    for (const sectionId of THEME_SECTION_IDS) {
      if (!ids.has(sectionId)) add(file, 'body', `is missing the section with id "${sectionId}"`);
    }
  }
  for (let n = 1; n <= THEME_COUNT; n++) {
    if (content.themes.length && !byNumber.has(n)) add('content/themes/', 'number', `no theme has number ${n}`);
  }

  // Relations are written on both sides; they must agree.
  for (const [id, finding] of findingRelations) {
    for (const n of finding.related) {
      const theme = themeRelations.get(n);
      if (!byNumber.has(n)) add(finding.file, 'related', `theme ${n} does not exist`);
      else if (theme && !theme.related.includes(id)) {
        add(finding.file, 'related', `lists theme ${n}, but ${theme.file} does not list "${id}" in its related`);
      }
    }
  }
  for (const [n, theme] of themeRelations) {
    for (const id of theme.related) {
      const finding = findingRelations.get(id);
      if (finding && !finding.related.includes(n)) {
        add(theme.file, 'related', `lists "${id}", but ${finding.file} does not list theme ${n} in its related`);
      }
    }
  }
  return problems;
}

/** The ten statements from facts.md's "The ten theme statements, exactly" list. */
export function parseCheckedStatements(factsMarkdown: string): string[] {
  const section = factsMarkdown.split(/^## /m).find((part) => part.startsWith('The ten theme statements, exactly'));
  if (!section) throw new Error('facts.md has no "## The ten theme statements, exactly" section');
  const statements = [...section.matchAll(/^(\d+)\. (.+?)\s*$/gm)].map((m) => m[2] as string);
  if (statements.length !== THEME_COUNT) {
    throw new Error(`facts.md lists ${statements.length} theme statements, expected ${THEME_COUNT}`);
  }
  return statements;
}
