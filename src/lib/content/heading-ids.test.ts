import { describe, expect, it } from 'vitest';
import { headingProblems, readSourceHeadings, splitHeadingId } from './heading-ids.ts';

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
