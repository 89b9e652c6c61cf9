import { describe, expect, it } from 'vitest';
import { rehypeHeadingLinks } from './rehype-heading-links.ts';
import { inSitemap } from '../../lib/sitemap.ts';

type Node = { type: string; tagName?: string; value?: string; properties?: Record<string, unknown>; children?: Node[] };
const el = (tagName: string, properties: Record<string, unknown>, children: Node[] = []): Node => ({ type: 'element', tagName, properties, children });
const txt = (value: string): Node => ({ type: 'text', value });

function run(tree: Node): Node {
  const transform = (rehypeHeadingLinks as unknown as () => (tree: Node) => void)();
  transform(tree);
  return tree;
}

describe('heading links for MDX headings', () => {
  it('wraps each h2 and h3 with an id, adding a link to it labelled with the heading text', () => {
    const tree = run({ type: 'root', children: [el('h2', { id: 'in-brief' }, [txt('In '), el('em', {}, [txt('brief')])]), el('p', {}, [txt('Text')])] });
    const wrap = tree.children?.[0];
    expect(wrap?.properties?.['className']).toEqual(['heading-link-wrap', 'level-2']);
    const [heading, link] = wrap?.children ?? [];
    expect(heading?.tagName).toBe('h2');
    expect(link?.properties).toMatchObject({ href: '#in-brief', ariaLabel: 'Link to section: In brief' });
    expect(link?.children?.[0]?.value).toBe('#');
    expect(tree.children?.[1]?.tagName).toBe('p');
  });
  it('leaves other headings, headings without ids, and already wrapped headings alone', () => {
    const tree = run({ type: 'root', children: [el('h4', { id: 'x' }, [txt('X')]), el('h2', {}, [txt('No id')])] });
    expect(tree.children?.map((n) => n.tagName)).toEqual(['h4', 'h2']);
    const twice = run(run({ type: 'root', children: [el('h3', { id: 'y' }, [txt('Y')])] }));
    expect(twice.children?.[0]?.children?.[0]?.tagName).toBe('h3');
  });
});

describe('the sitemap', () => {
  it('keeps reading pages and leaves out embed cards, short links and the 404 page', () => {
    expect(inSitemap('https://g.example/themes/fluid-careers/', '/')).toBe(true);
    expect(inSitemap('https://g.example/21cps/report/', '/21cps/')).toBe(true);
    expect(inSitemap('https://g.example/embed/themes/fluid-careers/', '/')).toBe(false);
    expect(inSitemap('https://g.example/21cps/themes/4/', '/21cps/')).toBe(false);
    expect(inSitemap('https://g.example/404/', '/')).toBe(false);
  });
});
