import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { mdxComponents } from '../../components/mdx/index.ts';
import { componentNamesFrom, frontmatterLines, mdxProblems, resolveImage } from './mdx-check.ts';

const components = ['ThemeLink', 'FindingLink'];
const files = new Set(['content/themes/chart.png', 'public/og.png']);
const options = { components, exists: (path: string) => files.has(path) };
const frontmatter = '---\nnumber: 2\ntitle: "x"\n---\n';
const check = (body: string) => mdxProblems({ file: 'content/themes/02-x.mdx', data: {}, body, source: frontmatter + body }, options);

describe('MDX checks before the build', () => {
  it('passes good content: components, html elements, escaped braces, images that exist', () => {
    expect(check('## In brief \\{#in-brief\\}\n\nSee <ThemeLink number={3} /> and <span lang="fr">x</span>.\n\n![A chart](./chart.png)\n\n![Card](/og.png)\n')).toEqual([]);
  });
  it('reports broken MDX with its line in the file and how to fix it', () => {
    const [problem, ...rest] = check('Text.\n\nA {brace that never closes\n');
    expect(rest).toEqual([]);
    expect(problem?.file).toBe('content/themes/02-x.mdx');
    expect(problem?.message).toMatch(/^line 7, column 27: is not valid MDX: Unexpected end of file in expression/);
    expect(problem?.message).toContain('write \\{ and \\<');
  });
  it('reports a component content may not use, with the ones it may', () => {
    expect(check('Intro.\n\n<Quote text="x" />\n')).toEqual([
      {
        file: 'content/themes/02-x.mdx',
        field: 'body',
        message: 'line 7: <Quote> is not a component content can use. Use one of <ThemeLink>, <FindingLink> (listed in src/components/mdx/index.ts), or add it there.',
      },
    ]);
    expect(check('<Parts.Card />\n')[0]?.message).toMatch(/<Parts\.Card> is not a component/);
  });
  it('refuses imports, and so a component the file imports itself', () => {
    expect(check("import Chart from '../../components/Chart.astro';\n\n<Chart />\n").map((p) => p.message)).toEqual([
      'line 7: <Chart> is not a component content can use. Use one of <ThemeLink>, <FindingLink> (listed in src/components/mdx/index.ts), or add it there.',
      `"import Chart from '../../components/Chart.astro';": import and export are not allowed in content (it is data, not code). Use the components in src/components/mdx/index.ts, or add one there`,
    ]);
  });
  it('reports a missing image, written as Markdown or as <img>, and where it looked', () => {
    const problems = check('![A chart](./missing.png)\n\n<img src="../pictures/none.png" alt="" />\n\n![Remote](https://example.org/x.png)\n');
    expect(problems.map((p) => p.message)).toEqual([
      'line 5: the image "./missing.png" does not exist (looked for content/themes/missing.png). Check the file name, or add the image there.',
      'line 7: the image "../pictures/none.png" does not exist (looked for content/pictures/none.png). Check the file name, or add the image there.',
    ]);
  });
  it('resolves image paths like the build does', () => {
    expect(resolveImage('content/themes/a.mdx', './b.png')).toBe('content/themes/b.png');
    expect(resolveImage('content/themes/a.mdx', '../../public/c%20d.png')).toBe('public/c d.png');
    expect(resolveImage('content/themes/a.mdx', '/og.png?v=1')).toBe('public/og.png');
    expect(resolveImage('content/themes/a.mdx', 'data:image/png;base64,xx')).toBeUndefined();
    expect(frontmatterLines(frontmatter)).toBe(4);
    expect(frontmatterLines('no frontmatter')).toBe(0);
  });
  it('reads the allowed components from src/components/mdx/index.ts', () => {
    const names = componentNamesFrom(readFileSync('src/components/mdx/index.ts', 'utf8'));
    expect(names).toEqual(Object.keys(mdxComponents));
    expect(() => componentNamesFrom('export const other = {}')).toThrow(/mdxComponents/);
  });
});
