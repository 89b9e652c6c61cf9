/**
 * Which pages are searched, and the filters each carries (build time only).
 * Listing pages (home, the theme list, search itself, 404) are not indexed: each of their
 * entries has its own page, which is the better result. Every other page is indexed.
 */
import type { PageFacets } from '../shared/search.ts';
import { routes } from './urls.ts';

/**
 * Pages left out of the index: they only list or link to other pages, or (the full-report edition)
 * repeat the canonical pages, which are the better results.
 */
export const UNINDEXED_PATHS: readonly string[] = [routes.home, routes.themes, routes.search, routes.fullReport, '/404.html'];

/** The filters of the page at a root-relative path, or undefined when it is not indexed. */
export function pageFacets(path: string): PageFacets | undefined {
  if (UNINDEXED_PATHS.includes(path)) return undefined;
  if (path === routes.report) return { source: 'inlogov', type: 'report' };
  if (path.startsWith(routes.themes)) return { source: 'inlogov', type: 'theme' };
  if (path === routes.leadership) return { source: 'cipd', type: 'leadership' };
  return { source: 'guide', type: 'about' };
}
