import { describe, expect, it } from 'vitest';
import { parseMdxBody } from './mdx.ts';
import { headingIdMarker, readSourceHeadings } from './heading-ids.ts';

describe('parseMdxBody', () => {
  it('places nodes on the lines of the file the body comes from', () => {
    const tree = parseMdxBody('Intro.\n\n## In brief \\{#in-brief\\}\n', 5);
    expect(tree.children.map((node) => [node.type, node.position?.start.line])).toEqual([
      ['paragraph', 5],
      ['heading', 7],
    ]);
  });
  it('reports MDX that does not parse at its line in the file', () => {
    expect(() => parseMdxBody('Text.\n\nA {brace\n', 10)).toThrow(expect.objectContaining({ line: 12 }));
  });
});

describe('hand-set ids from the tree', () => {
  it('reads the id from the heading’s last text, after MDX has unescaped the braces', () => {
    const [heading] = parseMdxBody('## In *brief* \\{#in-brief\\}\n').children;
    expect(heading?.type === 'heading' && headingIdMarker(heading)?.id).toBe('in-brief');
    expect(readSourceHeadings('## In *brief* \\{#in-brief\\}\n')).toEqual([{ depth: 2, text: 'In brief', id: 'in-brief', line: 1 }]);
  });
  it('finds headings inside components too, as the page renders them', () => {
    expect(readSourceHeadings('<Aside>\n\n## Inner \\{#inner\\}\n\n</Aside>\n').map((h) => h.id)).toEqual(['inner']);
  });
});
