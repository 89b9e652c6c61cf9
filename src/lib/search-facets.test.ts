import { describe, expect, it } from 'vitest';
import { pageFacets } from './search-facets.ts';
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
