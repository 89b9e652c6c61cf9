/**
 * Which pages go in sitemap.xml (@astrojs/sitemap): the page registry says, for each kind of page
 * (every reading page; not the embed cards, the short links or the 404 page).
 */
import { sitemapIncludes } from './pages.ts';
import { site } from './site.ts';

export function inSitemap(url: string, basePath: string = site.basePath): boolean {
  return sitemapIncludes(`/${new URL(url).pathname.slice(basePath.length)}`);
}
