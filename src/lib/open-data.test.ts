import { describe, expect, it } from 'vitest';
import { findingsData, themesData } from './open-data.ts';

const config = { siteUrl: 'https://g.example/', basePath: '/' };
const context = { siteName: 'Guide', licence: 'CC BY 4.0', source: 'Report (2014)', generated: new Date('2026-11-26T10:00:00Z') };

describe('open data', () => {
  it('gives each theme its absolute URLs, short link, embed and oEmbed addresses', () => {
    const data = themesData([{ number: 4, slug: 'fluid-careers', title: 'Fluid careers', statement: 'S', editorial: 'E', related: ['a'] }], context, config);
    expect(data.generated).toBe('2026-11-26');
    expect(data.themes[0]).toEqual({
      number: 4,
      slug: 'fluid-careers',
      title: 'Fluid careers',
      statement: 'S',
      editorialInsertion: null,
      editorial: 'E',
      url: 'https://g.example/themes/fluid-careers/',
      shortUrl: 'https://g.example/themes/4/',
      embedUrl: 'https://g.example/embed/themes/fluid-careers/',
      oembedUrl: 'https://g.example/oembed/themes/fluid-careers.json',
      image: 'https://g.example/og/themes/fluid-careers.png',
      relatedFindings: ['a'],
    });
  });
  it('gives a statement as published and the guide’s insertion separately', () => {
    const data = themesData([{ number: 8, slug: 'd', title: 'D', statement: 'The 21st Century Public Servant rejects … models of [leadership]', editorial: 'E', related: [] }], context, config);
    expect(data.themes[0]).toMatchObject({ statement: 'The 21st Century Public Servant rejects … models of', editorialInsertion: '[leadership]' });
  });
  it('gives each finding its URL on the leadership page and its related theme numbers', () => {
    const data = findingsData([{ id: 'f', order: 1, kind: 'call', title: 'T', quote: 'Q', attribution: 'A', summary: 'S', related: [2, 5] }], context, config);
    expect(data.findings[0]).toMatchObject({ id: 'f', kind: 'call', kindLabel: 'Call', url: 'https://g.example/leadership/#f', relatedThemes: [2, 5], quote: 'Q' });
    expect(data.notes).toMatch(/summary: this guide’s own/);
  });
});
