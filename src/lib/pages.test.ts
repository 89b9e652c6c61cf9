import { describe, expect, it } from 'vitest';
import { benchPages, PAGES, pageAt, pageFacets, previewCards, previewImagePath, reportPagePath, sitemapIncludes } from './pages.ts';
import { SEARCH_FILTERS } from '../shared/search.ts';
import { routes } from './urls.ts';

describe('pageFacets', () => {
  it('files the report summary and the theme pages under the INLOGOV report', () => {
    expect(pageFacets(routes.report)).toEqual({ source: 'inlogov', type: 'report' });
    expect(pageFacets(routes.theme('fluid-careers'))).toEqual({ source: 'inlogov', type: 'theme' });
  });
  it('files the leadership findings under the CIPD and PPMA report', () => {
    expect(pageFacets(routes.leadership)).toEqual({ source: 'cipd', type: 'leadership' });
  });
  it('files about, accessibility and any other page under this guide', () => {
    expect(pageFacets(routes.about)).toEqual({ source: 'guide', type: 'about' });
    expect(pageFacets(routes.accessibility)).toEqual({ source: 'guide', type: 'about' });
    expect(pageFacets('/some-new-page/')).toEqual({ source: 'guide', type: 'about' });
  });
  it('leaves the listing pages out of the index', () => {
    for (const path of [routes.home, routes.themes, routes.search, routes.fullReport, '/404.html']) {
      expect(pageFacets(path)).toBeUndefined();
    }
  });
  it('only uses filter values the search interface knows', () => {
    for (const path of [routes.report, routes.theme('x'), routes.leadership, routes.about]) {
      const facets = pageFacets(path);
      expect(Object.keys(SEARCH_FILTERS.source.values)).toContain(facets?.source);
      expect(Object.keys(SEARCH_FILTERS.type.values)).toContain(facets?.type);
    }
  });
});

describe('the page registry', () => {
  it('tells a theme page from a short link, an embed card and the 404 page', () => {
    expect(pageAt(routes.theme('fluid-careers'))).toBe(PAGES.theme);
    expect(pageAt(routes.shortTheme(4))).toBe(PAGES.shortTheme);
    expect(pageAt(routes.embedTheme('fluid-careers'))).toBe(PAGES.embed);
    for (const path of ['/404.html', '/404/', '/404']) expect(pageAt(path)).toBe(PAGES.notFound);
    expect(pageAt(routes.connections)).toBe(PAGES.connections);
    expect(pageAt('/no-such-page/')).toBeUndefined();
  });
  it('lists every reading page in the sitemap, but not embed cards, short links or the 404 page', () => {
    for (const path of [routes.home, routes.report, routes.themes, routes.theme('x'), routes.leadership, routes.about, routes.connections, routes.fullReport, routes.workshop, routes.search]) {
      expect(sitemapIncludes(path), path).toBe(true);
    }
    for (const path of [routes.embedTheme('x'), routes.shortTheme(7), routes.notFound]) expect(sitemapIncludes(path), path).toBe(false);
  });
  it('refuses to place a page it does not know in the sitemap, and says where to add it', () => {
    expect(() => sitemapIncludes('/new-page/')).toThrow(/"\/new-page\/" is not in the page registry \(src\/lib\/pages\.ts\)/);
  });
  it('names the page that describes each report, for the reports’ structured data', () => {
    expect(reportPagePath('inlogov-2014')).toBe(routes.report);
    expect(reportPagePath('cipd-ppma-2012')).toBe(routes.leadership);
    expect(reportPagePath('another-report')).toBeUndefined();
  });
  it('gives every shared page its own preview image, and the 404 page the home page’s', () => {
    const cards = previewCards({
      siteName: 'Guide — Research Guide',
      themes: [
        { number: 1, slug: 'a', title: 'A', statement: 'S1' },
        { number: 2, slug: 'b', title: 'B', statement: 'S2' },
      ],
      pages: { report: 'R', leadership: 'L', about: 'A', accessibility: 'Acc' },
      reports: { inlogov: { shortName: 'INLOGOV report', year: 2014 }, cipd: { shortName: 'CIPD / PPMA report', year: 2012 } },
      newsItem: { publisher: 'PublicNet', date: new Date('2012-12-03') },
    });
    const images = cards.map((card) => previewImagePath(card.path));
    expect(new Set(images).size).toBe(cards.length);
    expect(cards.filter((card) => card.number !== undefined).map((card) => card.kicker)).toEqual(['Theme 1 of 2', 'Theme 2 of 2']);
    expect(previewImagePath(routes.notFound)).toBe(previewImagePath(routes.home));
    expect(previewImagePath('/404/')).toBe('/og/home.png');
  });
  it('gives the bench every single page but the 404 page, and the sample theme', () => {
    const pages = benchPages('fluid-careers');
    expect(pages).toContain(routes.theme('fluid-careers'));
    expect(pages).toEqual(expect.arrayContaining([routes.home, routes.report, routes.themes, routes.leadership, routes.about, routes.accessibility, routes.connections, routes.fullReport, routes.workshop, routes.search]));
    expect(pages).not.toContain(routes.notFound);
    expect(pages.some((path) => path.includes(':'))).toBe(false);
  });
});
