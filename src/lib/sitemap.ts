/**
 * Which pages go in sitemap.xml (@astrojs/sitemap): every reading page, but not the embed cards
 * (noindex, made to be framed), the short links (redirects) or the 404 page.
 */
import { site } from './site.ts';

export function inSitemap(url: string, basePath: string = site.basePath): boolean {
  const path = `/${new URL(url).pathname.slice(basePath.length)}`;
  return !path.startsWith('/embed/') && !/^\/themes\/\d+\/$/.test(path) && !/^\/404(\.html|\/)?$/.test(path);
}
