import { describe, expect, it } from 'vitest';
import { formatProblems, readCheckedFactsMarkdown, readContent, parseMdx, type ContentSet, type RawEntry } from '../../lib/content/read.ts';
import { parseCheckedStatements, validateContent } from './validate-content.ts';

const root = new URL('../../..', import.meta.url).pathname;
const statements = parseCheckedStatements(readCheckedFactsMarkdown(root));
const real = readContent(root);

/** A deep copy of the real content with one change applied. */
function withChange(change: (content: ContentSet) => void): ContentSet {
  const copy = structuredClone(real);
  change(copy);
  return copy;
}
const theme = (content: ContentSet, n: number) => content.themes[n - 1] as RawEntry & { data: Record<string, unknown> };
const finding = (content: ContentSet, id: string) =>
  content.findings.find((f) => f.file.endsWith(`/${id}.yaml`)) as RawEntry & { data: Record<string, unknown> };
const problemsFor = (content: ContentSet) => validateContent(content, statements);

describe('the real content', () => {
  it('has ten themes, five findings, two reports and passes every check', () => {
    expect(real.themes).toHaveLength(10);
    expect(real.findings.map((f) => f.file.split('/').pop()).sort()).toEqual(
      ['change-takes-time', 'leadership-beyond-the-board', 'new-model-of-leadership', 'staff-shape-values', 'willmott-comment'].map((id) => `${id}.yaml`),
    );
    expect(real.reports).toHaveLength(2);
    expect(real.newsItems.map((n) => n.file)).toEqual(['content/news-items/publicnet-2012-12-03.yaml']);
    expect(problemsFor(real)).toEqual([]);
  });
});

describe('facts.md', () => {
  it('yields the ten checked statements, theme 8 with its editorial insertion', () => {
    expect(statements).toHaveLength(10);
    expect(statements[7]).toMatch(/models of \[leadership\]$/);
    expect(() => parseCheckedStatements('# nothing here')).toThrow(/ten theme statements/);
  });
});

describe('bad content is refused with the file and field', () => {
  it('a duplicate theme number', () => {
    const problems = problemsFor(withChange((c) => (theme(c, 2).data['number'] = 1)));
    expect(problems).toContainEqual(expect.objectContaining({ file: theme(real, 2).file, field: 'number', message: expect.stringMatching(/already used/) }));
    expect(problems).toContainEqual(expect.objectContaining({ field: 'number', message: 'no theme has number 2' }));
  });
  it('a missing theme number', () => {
    const problems = problemsFor(withChange((c) => delete theme(c, 3).data['number']));
    expect(problems).toContainEqual({ file: theme(real, 3).file, field: 'number', message: 'is required but missing' });
  });
  it('not exactly ten themes', () => {
    const problems = problemsFor(withChange((c) => c.themes.pop()));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/themes/', field: 'files', message: expect.stringMatching(/exactly 10 .* found 9/) }));
  });
  it('a number outside 1–10', () => {
    const problems = problemsFor(withChange((c) => (theme(c, 10).data['number'] = 11)));
    expect(problems).toContainEqual(expect.objectContaining({ file: theme(real, 10).file, field: 'number', message: expect.stringMatching(/<=10|10/) }));
  });
  it('an unknown related finding id', () => {
    const problems = problemsFor(withChange((c) => (theme(c, 4).data['related'] = ['no-such-finding'])));
    expect(problems).toContainEqual(expect.objectContaining({ file: theme(real, 4).file, field: 'related', message: expect.stringMatching(/"no-such-finding" is not a finding id/) }));
  });
  it('an unknown related theme number on a finding', () => {
    const problems = problemsFor(withChange((c) => (finding(c, 'willmott-comment').data['related'] = [12])));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/findings/willmott-comment.yaml', field: 'related.0' }));
  });
  it('relations that disagree between a theme and a finding', () => {
    const problems = problemsFor(
      withChange((c) => {
        const f = finding(c, 'staff-shape-values');
        const missing = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].find((n) => !(f.data['related'] as number[]).includes(n)) as number;
        f.data['related'] = [...(f.data['related'] as number[]), missing];
      }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/findings/staff-shape-values.yaml', field: 'related', message: expect.stringMatching(/does not list "staff-shape-values"/) }));
  });
  it('a missing required field', () => {
    const problems = problemsFor(withChange((c) => delete theme(c, 6).data['editorial']));
    expect(problems).toContainEqual({ file: theme(real, 6).file, field: 'editorial', message: 'is required but missing' });
    const findingProblems = problemsFor(withChange((c) => delete finding(c, 'change-takes-time').data['quote']));
    expect(findingProblems).toContainEqual({ file: 'content/findings/change-takes-time.yaml', field: 'quote', message: 'is required but missing' });
  });
  it('a finding without a kind, or with a kind the schema does not know', () => {
    const missing = problemsFor(withChange((c) => delete finding(c, 'willmott-comment').data['kind']));
    expect(missing).toContainEqual(expect.objectContaining({ file: 'content/findings/willmott-comment.yaml', field: 'kind', message: 'expected one of reported-finding, call, comment, found nothing' }));
    const unknown = problemsFor(withChange((c) => (finding(c, 'change-takes-time').data['kind'] = 'finding')));
    expect(unknown).toContainEqual(expect.objectContaining({ file: 'content/findings/change-takes-time.yaml', field: 'kind', message: 'expected one of reported-finding, call, comment, found the text "finding"' }));
  });
  it('a news item about a report that has no record', () => {
    const problems = problemsFor(withChange((c) => ((c.newsItems[0] as RawEntry & { data: Record<string, unknown> }).data['about'] = 'cipd-2013')));
    expect(problems).toContainEqual(expect.objectContaining({ file: 'content/news-items/publicnet-2012-12-03.yaml', field: 'about', message: expect.stringMatching(/"cipd-2013" is not a report id/) }));
  });
  it('an empty body', () => {
    const problems = problemsFor(withChange((c) => (theme(c, 7).body = '\n  \n')));
    expect(problems).toContainEqual(expect.objectContaining({ file: theme(real, 7).file, field: 'body', message: expect.stringMatching(/is empty/) }));
  });
  it('a body without one of the three sections', () => {
    const problems = problemsFor(withChange((c) => (theme(c, 1).body = (theme(c, 1).body ?? '').replace('\\{#questions\\}', '\\{#reflection\\}'))));
    expect(problems).toContainEqual({ file: theme(real, 1).file, field: 'body', message: 'is missing the section with id "questions"' });
  });
  it('a heading without a hand-set id', () => {
    const problems = problemsFor(withChange((c) => (theme(c, 9).body = `${theme(c, 9).body}\n## Further reading\n`)));
    expect(problems).toContainEqual(expect.objectContaining({ file: theme(real, 9).file, field: 'body', message: expect.stringMatching(/"Further reading" has no id/) }));
  });
  it('a statement that differs from facts.md', () => {
    const problems = problemsFor(withChange((c) => (theme(c, 8).data['statement'] = 'The 21st Century Public Servant rejects heroic leadership in favour of distributed and collaborative models of leadership')));
    expect(problems).toContainEqual(expect.objectContaining({ file: theme(real, 8).file, field: 'statement', message: expect.stringMatching(/differs from the checked wording in facts.md for theme 8/) }));
  });
  it('a file name that does not match its number and slug', () => {
    const problems = problemsFor(withChange((c) => (theme(c, 5).data['slug'] = 'commerciality')));
    expect(problems).toContainEqual(expect.objectContaining({ file: theme(real, 5).file, field: 'slug', message: expect.stringMatching(/05-commerciality\.mdx/) }));
  });
  it('broken frontmatter YAML names the file', () => {
    expect(() => parseMdx('---\ntitle: [unclosed\n---\nbody', 'content/themes/x.mdx')).toThrow(/content\/themes\/x\.mdx:2 › frontmatter: is not valid YAML/);
    expect(() => parseMdx('no frontmatter', 'content/pages/y.mdx')).toThrow(/content\/pages\/y\.mdx › frontmatter: missing/);
  });
  it('formats problems one per line', () => {
    expect(formatProblems([{ file: 'a.mdx', field: 'title', message: 'is required but missing' }])).toBe(
      'Content check failed (1 problem):\n  - a.mdx › title: is required but missing',
    );
  });
});
