import { describe, expect, it } from 'vitest';
import { headingProblems, readSourceHeadings, splitHeadingId } from './heading-ids.ts';
import { remarkHeadingIds } from '../../integrations/markdown/remark-heading-ids.ts';

describe('hand-set heading ids in MDX source', () => {
  it('reads the escaped id marker', () => {
    expect(readSourceHeadings('## In brief \\{#in-brief\\}\n\ntext\n### Sub \\{#sub\\}')).toEqual([
      { depth: 2, text: 'In brief', id: 'in-brief', line: 1 },
      { depth: 3, text: 'Sub', id: 'sub', line: 4 },
    ]);
  });
  it('splits text and id', () => {
    expect(splitHeadingId('Connections {#connections}')).toEqual({ text: 'Connections', id: 'connections' });
    expect(splitHeadingId('No id here')).toEqual({ text: 'No id here', id: undefined });
  });
  it('reports a missing id, a duplicate id and an h1, with line numbers', () => {
    const problems = headingProblems('# Title\n## A \\{#a\\}\n## B\n## C \\{#a\\}\n');
    expect(problems).toHaveLength(3);
    expect(problems[0]).toMatch(/line 1: .*h1/);
    expect(problems[1]).toMatch(/line 3: heading "B" has no id/);
    expect(problems[2]).toMatch(/line 4: id "a" is already used on line 2/);
  });
  it('ignores headings inside code fences', () => {
    expect(headingProblems('```\n## not a heading\n```\n')).toEqual([]);
  });
});

describe('remarkHeadingIds', () => {
  const heading = (depth: number, value: string) => ({ type: 'heading', depth, children: [{ type: 'text', value }] });
  // The plugin only reads these fields of the tree and the file.
  const run = (tree: unknown, path: string) => (remarkHeadingIds as unknown as () => (t: unknown, f: unknown) => void)()(tree, { path, history: [path] });
  it('moves the marker into the id attribute', () => {
    const tree = { type: 'root', children: [heading(2, 'In brief {#in-brief}')] };
    run(tree, 'x.mdx');
    const [node] = tree.children as unknown as Array<{ children: Array<{ value: string }>; data: { hProperties: { id: string } } }>;
    expect(node?.children[0]?.value).toBe('In brief');
    expect(node?.data.hProperties.id).toBe('in-brief');
  });
  it('fails with the file name when an h2 has no id', () => {
    const tree = { type: 'root', children: [heading(2, 'Connections')] };
    expect(() => run(tree, 'content/themes/04-fluid-careers.mdx')).toThrow(
      /content\/themes\/04-fluid-careers\.mdx: heading "Connections" has no hand-set id/,
    );
  });
});
