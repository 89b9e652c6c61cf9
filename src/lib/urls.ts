/**
 * Every internal link goes through here, so the site works under a sub-path
 * (BASE_PATH) and absolute URLs (canonical, previews, citations) use SITE_URL.
 */
import { site } from './site.ts';
import { WORDING_NOTE_ID } from '../shared/editorial.ts';

/** The published paths of the site, defined once. Paths are base-free and end in "/". */
export const routes = {
  home: '/',
  report: '/report/',
  themes: '/themes/',
  theme: (slug: string) => `/themes/${slug}/`,
  /** A theme's note on the wording, which explains any editorial insertion in its statement. */
  themeWording: (slug: string) => `/themes/${slug}/#${WORDING_NOTE_ID}`,
  /** The short link to a theme by number; redirects to `theme(slug)` (src/lib/redirects.ts). */
  shortTheme: (number: number) => `/themes/${number}/`,
  leadership: '/leadership/',
  finding: (id: string) => `/leadership/#${id}`,
  about: '/about/',
  accessibility: '/accessibility/',
  search: '/search/',
  connections: '/connections/',
  fullReport: '/report/full/',
  workshop: '/workshop/',
  /** Every change to the guide, newest first, and the same as an Atom feed. */
  updates: '/updates/',
  updatesFeed: '/updates.xml',
  /** Made by `npm run pdf`; linked only when the file exists at build time. */
  fullReportPdf: '/downloads/21st-century-public-servant.pdf',
  /** The EPUB edition, made by `npm run build` (src/integrations/epub/). */
  epub: '/downloads/21st-century-public-servant.epub',
  /** A theme as a small card for an <iframe> on another site. */
  embedTheme: (slug: string) => `/embed/themes/${slug}/`,
  /** The same card in the dark scheme (a static page cannot read a query string, so a second address). */
  embedThemeDark: (slug: string) => `/embed/themes/${slug}/dark/`,
  /** The oEmbed answer for a theme page (discovered from its <link rel="alternate">). */
  oembedTheme: (slug: string) => `/oembed/themes/${slug}.json`,
  /** A reference-manager file (RIS, BibTeX, CSL-JSON) for a report or a page, named by its BibTeX key. */
  citationFile: (key: string, format: 'ris' | 'bib' | 'json') => `/cite/${key}.${format}`,
  themesData: '/data/themes.json',
  findingsData: '/data/findings.json',
  /** What link previews show (src/lib/previews.ts), fetched on a reader's first hover or focus. */
  previewsData: '/data/previews.json',
  sitemap: '/sitemap-index.xml',
  /** Served for any path that has no page. */
  notFound: '/404.html',
} as const;

/** Prefix a root-relative path ("/themes/x/#id") with the base path. */
export function withBase(path: string, basePath: string = site.basePath): string {
  if (!path.startsWith('/') || path.startsWith('//')) {
    throw new Error(`withBase expects a root-relative path like "/themes/", got "${path}"`);
  }
  return basePath === '/' ? path : `${basePath.slice(0, -1)}${path}`;
}

/** The absolute URL of a root-relative path, for canonical links, previews and citations. */
export function absoluteUrl(path: string, config: { siteUrl: string; basePath: string } = site): string {
  return new URL(withBase(path, config.basePath), config.siteUrl).href;
}

/** Attributes for an internal link: the href, and the absolute URL printed after it on paper. */
export function internalLink(path: string): { href: string; 'data-print-url': string } {
  return { href: withBase(path), 'data-print-url': absoluteUrl(path) };
}

/** Whether an href is root-relative (and so needs the base path). */
export function isRootRelative(href: string): boolean {
  return href.startsWith('/') && !href.startsWith('//');
}
