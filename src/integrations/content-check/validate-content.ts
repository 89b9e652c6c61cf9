/**
 * Checks the whole content set before Astro builds anything, so bad content fails fast
 * with the file and field to fix, and never leaves a half-built site. Pure: the caller
 * reads the files (src/lib/content/read.ts) and passes them in.
 */
import type { Root } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { toString } from 'mdast-util-to-string';
import { headingProblems, readSourceHeadings } from '../../lib/content/heading-ids.ts';
import { entryId, validateEntry, type ContentProblem, type ContentSet, type RawEntry } from '../../lib/content/read.ts';
import { THEME_COUNT, THEME_SECTION_IDS, findingSchema, newsItemSchema, pageSchema, reportSchema, themeSchema } from '../../lib/content/schemas.ts';
import { mdxTreeProblems, parseEntryBody, type MdxCheckOptions } from './mdx-check.ts';

export { THEME_SECTION_IDS };

/** A change that names a section must name one of the file's hand-set heading ids (its /updates/ link goes there). */
export function changeSectionProblems(file: string, changes: readonly { section?: string | undefined }[], tree: Root | undefined): ContentProblem[] {
  const ids = tree ? new Set(readSourceHeadings(tree).map((heading) => heading.id)) : undefined;
  return changes.flatMap((change, index) => {
    if (!change.section) return [];
    if (!ids) return [{ file, field: `changes.${index}.section`, message: 'only a page or theme file can name a section; a finding or report record links to its own place' }];
    if (ids.has(change.section)) return [];
    return [{ file, field: `changes.${index}.section`, message: `"${change.section}" is not a section id of this file (known: ${[...ids].join(', ')})` }];
  });
}

function parseWith<T extends Parameters<typeof validateEntry>[0]>(schema: T, entry: RawEntry, problems: ContentProblem[]) {
  const result = validateEntry(schema, entry);
  problems.push(...result.problems);
  return result.data;
}

/** Parses the body once and checks it: not empty, valid MDX, headings (and components and images, given `mdx`). */
function checkBody(entry: RawEntry, problems: ContentProblem[], mdx: MdxCheckOptions | undefined): Root | undefined {
  const body = entry.body ?? '';
  if (!body.trim()) {
    problems.push({ file: entry.file, field: 'body', message: 'is empty; write the page text below the frontmatter' });
    return undefined;
  }
  const { tree, problem } = parseEntryBody(entry);
  if (problem) {
    problems.push(problem);
    return undefined;
  }
  for (const message of headingProblems(tree)) problems.push({ file: entry.file, field: 'body', message });
  if (mdx) problems.push(...mdxTreeProblems(entry, tree, mdx));
  return tree;
}

/**
 * Every problem in the content set. With `mdx`, bodies are also checked for components and
 * images (mdx-check.ts), on the same parse.
 */
export function validateContent(content: ContentSet, checkedStatements: readonly string[], mdx?: MdxCheckOptions): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const add = (file: string, field: string, message: string) => problems.push({ file, field, message });
  // What <FindingLink> in any body may point at.
  if (mdx) mdx = { ...mdx, findingIds: new Set(content.findings.map((entry) => entryId(entry.file))) };

  // Findings first: themes refer to them by id.
  const findingIds = new Set<string>();
  const findingRelations = new Map<string, { file: string; related: number[] }>();
  for (const entry of content.findings) {
    const id = entryId(entry.file);
    findingIds.add(id);
    const finding = parseWith(findingSchema, entry, problems);
    if (finding) findingRelations.set(id, { file: entry.file, related: finding.related });
    if (finding) problems.push(...changeSectionProblems(entry.file, finding.changes, undefined));
  }

  const reportIds = new Set<string>();
  for (const entry of content.reports) {
    const report = parseWith(reportSchema, entry, problems);
    if (report) problems.push(...changeSectionProblems(entry.file, report.changes, undefined));
    reportIds.add(entryId(entry.file));
  }
  for (const entry of content.newsItems) {
    const item = parseWith(newsItemSchema, entry, problems);
    if (item) problems.push(...changeSectionProblems(entry.file, item.changes, undefined));
    if (item && !reportIds.has(item.about)) add(entry.file, 'about', `"${item.about}" is not a report id (known: ${[...reportIds].join(', ')})`);
  }
  for (const entry of content.pages) {
    const page = parseWith(pageSchema, entry, problems);
    const tree = checkBody(entry, problems, mdx);
    if (page && tree) problems.push(...changeSectionProblems(entry.file, page.changes, tree));
  }

  if (content.themes.length !== THEME_COUNT) {
    add('content/themes/', 'files', `expected exactly ${THEME_COUNT} theme files, found ${content.themes.length}`);
  }
  const byNumber = new Map<number, string>();
  const bySlug = new Map<string, string>();
  const themeRelations = new Map<number, { file: string; related: string[] }>();
  for (const entry of content.themes) {
    const tree = checkBody(entry, problems, mdx);
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

    if (!tree) continue;
    problems.push(...changeSectionProblems(file, theme.changes, tree));
    const ids = new Set(readSourceHeadings(tree).map((heading) => heading.id));
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

/** The ten statements from facts.md's "The ten theme statements, exactly" list (its first numbered list). */
export function parseCheckedStatements(factsMarkdown: string): string[] {
  const tree = fromMarkdown(factsMarkdown);
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && toString(node).startsWith('The ten theme statements, exactly'));
  if (start < 0) throw new Error('facts.md has no "## The ten theme statements, exactly" section');
  const section = tree.children.slice(start + 1);
  const end = section.findIndex((node) => node.type === 'heading' && node.depth <= 2);
  const list = section.slice(0, end < 0 ? undefined : end).find((node) => node.type === 'list' && node.ordered === true);
  const statements = list && list.type === 'list' ? list.children.map((item) => toString(item).trim()) : [];
  if (statements.length !== THEME_COUNT) {
    throw new Error(`facts.md lists ${statements.length} theme statements, expected ${THEME_COUNT}`);
  }
  return statements;
}
