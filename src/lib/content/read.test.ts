import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentCheckError, parseMdx, readCollection, readContent, readRawCollection, splitFrontmatter, validateCollection } from './read.ts';

/** A project folder holding one theme file with the given frontmatter lines. */
function projectWithTheme(frontmatter: string[]): string {
  const root = mkdtempSync(join(tmpdir(), 'content-'));
  mkdirSync(join(root, 'content', 'themes'), { recursive: true });
  writeFileSync(join(root, 'content', 'themes', '01-a.mdx'), ['---', ...frontmatter, '---', '', '## In brief \\{#in-brief\\}', ''].join('\n'));
  return root;
}
const goodTheme = ['number: 1', 'slug: a', 'title: A', 'statement: S', 'description: D', 'editorial: E', 'related: [x]', 'changes: [{ date: 2025-01-02, summary: First version }]', 'reviewed: 2025-01-02'];

describe('reading the real content', () => {
  it('returns every collection validated and typed, with ids as astro:content names them', () => {
    const content = readContent('.');
    expect(content.themes.map((t) => t.data.number).sort((a, b) => a - b)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(content.themes[0]?.data.reviewed).toBeInstanceOf(Date);
    expect(content.findings.map((f) => f.id)).toContain('staff-shape-values');
    expect(content.reports.find((r) => r.id === 'inlogov-2014')?.data.year).toBe(2014);
    expect(content.pages.map((p) => p.id)).toContain('about');
  });
});

describe('reading a collection again', () => {
  it('parses a file once while it is unchanged, and again after an edit', () => {
    const root = projectWithTheme(goodTheme);
    const [first] = readRawCollection(root, 'themes');
    expect(first?.data).toMatchObject({ title: 'A' });
    // The same entry, not a second parse of the same file.
    expect(readRawCollection(root, 'themes')[0]).toBe(first);
    writeFileSync(join(root, 'content', 'themes', '01-a.mdx'), ['---', ...goodTheme.map((line) => (line === 'title: A' ? 'title: B, edited' : line)), '---', '', 'Edited.', ''].join('\n'));
    const [edited] = readCollection(root, 'themes');
    expect(edited?.data.title).toBe('B, edited');
    expect(edited?.body).toBe('\nEdited.\n');
  });
});

describe('frontmatter', () => {
  it('is split from the body, and body lines are counted from the file', () => {
    const entry = parseMdx('---\ntitle: "x"\nn: 2\n---\n## A\n', 'content/pages/p.mdx');
    expect(entry).toEqual({ file: 'content/pages/p.mdx', data: { title: 'x', n: 2 }, body: '## A\n', bodyLine: 5, lines: { title: 2, n: 3 } });
    expect(splitFrontmatter('no frontmatter')).toEqual({ data: undefined, body: 'no frontmatter', lines: 0 });
  });
  it('that is not YAML is refused naming the file, the field and the line in the file', () => {
    expect(() => parseMdx('---\ntitle: ok\nrelated: [unclosed\n---\nbody', 'content/themes/x.mdx')).toThrow(
      /^content\/themes\/x\.mdx:3 › frontmatter: is not valid YAML: .* \(line 3, column \d+\)$/,
    );
  });
  it('bad YAML in a theme file stops readCollection naming that file', () => {
    const root = projectWithTheme([...goodTheme.slice(0, -1), 'reviewed: [2025'] );
    expect(() => readCollection(root, 'themes')).toThrow(ContentCheckError);
    expect(() => readCollection(root, 'themes')).toThrow(/content\/themes\/01-a\.mdx:\d+ › frontmatter: is not valid YAML/);
  });
});

describe('validation with the collection schemas', () => {
  it('gives typed data for a good file', () => {
    const [theme] = readCollection(projectWithTheme(goodTheme), 'themes');
    expect(theme?.id).toBe('01-a');
    expect(theme?.data).toMatchObject({ number: 1, slug: 'a', related: ['x'] });
    expect(theme?.data.reviewed.toISOString()).toBe('2025-01-02T00:00:00.000Z');
  });
  it('refuses a wrong-typed field naming the file and the field', () => {
    const root = projectWithTheme(goodTheme.map((line) => (line.startsWith('number:') ? 'number: "one"' : line)));
    expect(() => readCollection(root, 'themes')).toThrow('Content check failed (1 problem):\n  - content/themes/01-a.mdx:2 › number: expected a whole number 1–10, found the text "one"');
  });
  it('lists every problem of every file, each with its file and field', () => {
    const entries = [
      { file: 'content/findings/a.yaml', data: { order: 1, title: 'T', summary: 'S', quote: 'Q', attribution: 'A', related: [11] } },
      { file: 'content/findings/b.yaml', data: { order: 'x', title: 'T', summary: 'S', quote: 'Q', attribution: 'A', related: [1] } },
    ];
    const error = (() => {
      try {
        validateCollection('findings', entries);
      } catch (caught) {
        return caught as Error;
      }
      return undefined;
    })();
    expect(error?.message).toContain('content/findings/a.yaml › related.0:');
    expect(error?.message).toContain('content/findings/b.yaml › order:');
  });
});
