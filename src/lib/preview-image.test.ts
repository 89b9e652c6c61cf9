import { describe, expect, it } from 'vitest';
import { previewCards, previewImagePath } from './pages.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './pages.ts';
import { MARK_PATHS } from '../shared/mark.ts';
import { displayAddress, pngSize, previewLayout, renderPreview, type Node } from './preview-image.ts';

/** Every piece of text in a layout, in order. */
const texts = (node: Node | string): string[] => {
  if (typeof node === 'string') return [node];
  const children = node.props.children;
  return (Array.isArray(children) ? children : children === undefined ? [] : [children]).flatMap(texts);
};

describe('preview images', () => {
  it('are named after the page', () => {
    expect(previewImagePath('/')).toBe('/og/home.png');
    expect(previewImagePath('/404.html')).toBe('/og/home.png');
    expect(previewImagePath('/report/')).toBe('/og/report.png');
    expect(previewImagePath('/themes/fluid-careers/')).toBe('/og/themes/fluid-careers.png');
    expect(() => previewImagePath('/Odd Page/')).toThrow(/No preview image name/);
  });
  it('render as 1200×630 PNGs without the network', async () => {
    const png = await renderPreview({ path: '/themes/x/', kicker: 'Theme 8 of 10', title: 'Distributed leadership', number: 8, detail: 'A statement' }, 'Guide');
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
  });
  it('pngSize refuses a file that is not a PNG', () => {
    expect(() => pngSize(new Uint8Array(32))).toThrow(/not a PNG/);
  });
  it('one card per page: the theme cards carry number, short title and statement', () => {
    const cards = previewCards({
      siteName: '21st Century Public Servant — Research Guide',
      themes: [{ number: 1, slug: 'municipal-entrepreneur', title: 'Municipal entrepreneur', statement: 'The 21st Century Public Servant is a municipal entrepreneur' }],
      pages: { report: 'R', leadership: 'L', about: 'A', accessibility: 'Acc' },
      reports: { inlogov: { shortName: 'INLOGOV report', year: 2014 }, cipd: { shortName: 'CIPD / PPMA report', year: 2012 } },
      newsItem: { publisher: 'PublicNet', date: new Date('2012-12-03') },
    });
    expect(cards.map((card) => previewImagePath(card.path))).toEqual([
      '/og/home.png',
      '/og/report.png',
      '/og/themes.png',
      '/og/themes/municipal-entrepreneur.png',
      '/og/leadership.png',
      '/og/about.png',
      '/og/accessibility.png',
      '/og/connections.png',
      '/og/report/full.png',
      '/og/workshop.png',
      '/og/updates.png',
      '/og/search.png',
    ]);
    expect(cards[3]).toMatchObject({ kicker: 'Theme 1 of 1', title: 'Municipal entrepreneur', number: 1 });
    expect(cards[0]?.title).toBe('21st Century Public Servant');
  });
  it('keep the key content in a centred square, so a square crop keeps it, with "guide" and the site’s address', () => {
    const card = { path: '/themes/x/', kicker: 'Theme 8 of 10', title: 'Distributed leadership', number: 8, detail: 'A statement' };
    const layout = previewLayout(card, '21CPS Guide', displayAddress('https://example.ac.uk/21cps/'));
    expect(layout.props.style).toMatchObject({ width: PREVIEW_WIDTH, height: PREVIEW_HEIGHT, justifyContent: 'center' });
    const children = layout.props.children as Node[];
    expect(children).toHaveLength(1);
    expect(children[0]?.props.style?.['width']).toBeLessThanOrEqual(PREVIEW_HEIGHT);
    const words = texts(layout);
    expect(words).toEqual(expect.arrayContaining(['21CPS Guide', '8', 'Distributed leadership', 'example.ac.uk/21cps']));
    expect(words.join(' ')).toMatch(/\bguide\b/);
  });
  it('draw the guide’s mark from the same shapes as the site’s header', () => {
    const layout = previewLayout({ path: '/about/', kicker: 'About', title: 'About this guide' }, '21CPS Guide');
    const paths: string[] = [];
    const walk = (node: Node | string) => {
      if (typeof node === 'string') return;
      if (node.type === 'path') paths.push(String(node.props['d']));
      const children = node.props.children;
      for (const child of Array.isArray(children) ? children : children === undefined ? [] : [children]) walk(child);
    };
    walk(layout);
    expect(paths).toEqual([MARK_PATHS.page, MARK_PATHS.bookmark]);
  });
});
