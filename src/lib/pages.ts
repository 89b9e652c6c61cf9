/**
 * The page registry: every kind of page the site publishes, once, in reading order. For each:
 * its route, its title and the labels around it (the kicker above the title, its breadcrumb),
 * whether search indexes it and under which filters, whether it is in the sitemap, the report
 * it describes and its preview card. The sitemap filter, the search facets, the preview
 * images, the structured data and `npm run bench` read it; pages take their words from it.
 * Plain data and pure functions: no content access (the content comes in as `SiteContent`).
 */
import type { PageFacets } from '../shared/search.ts';
import { insertionNote, insertionsIn } from '../shared/editorial.ts';
import { longDate } from './dates.ts';
import { themePosition } from './labels.ts';
import { routes } from './urls.ts';
import { escapeRegExp } from '../shared/regex.ts';

/** Preview images are 1200×630 (drawn by preview-image.ts, in the preview-images integration). */
export const PREVIEW_WIDTH = 1200;
export const PREVIEW_HEIGHT = 630;

export interface PreviewCard {
  /** Root-relative path of the page the card previews, e.g. "/themes/fluid-careers/". */
  path: string;
  /** Small line above the title, e.g. "Theme 4 of 10". */
  kicker: string;
  title: string;
  /** A theme's number, drawn large. */
  number?: number;
  /** A line below the title, e.g. the theme statement. */
  detail?: string;
  /** A last line saying what any editorial insertion in `detail` is (an image cannot link to the note). */
  note?: string;
}

/** What the registry needs from the content to title the pages and their cards. */
export interface SiteContent {
  siteName: string;
  themes: { number: number; slug: string; title: string; statement: string }[];
  /** Titles of the pages written in content/pages/. */
  pages: { report: string; leadership: string; about: string; accessibility: string };
  reports: { inlogov: { shortName: string; year: number }; cipd: { shortName: string; year: number } };
  /** The news item /leadership/ quotes (about the CIPD / PPMA report). */
  newsItem: { publisher: string; date: Date };
}

export interface PageType {
  /** A single page's path, or the route of a family of pages ("/themes/:slug/"). */
  route: string;
  /** Whether a base-free path is a page of this kind. */
  matches: (path: string) => boolean;
  /** The <h1> and <title>, when the code sets it (pages written in content/pages/ have their own). */
  title?: string;
  /** The small line above the title. */
  kicker?: string;
  /** Its name in its own breadcrumb trail, when not its title. */
  crumb?: string;
  /** The search filters it is indexed under, or undefined when search leaves it out. */
  search: PageFacets | undefined;
  /** Whether it is listed in sitemap.xml. */
  sitemap: boolean;
  /** The report it describes (its id in content/reports/): the JSON-LD `@id` of that report. */
  describes?: string;
  /** Its preview cards; none for pages that share another's card or are not shared. */
  previews?: (content: SiteContent) => PreviewCard[];
}

const exactly = (path: string) => (candidate: string) => candidate === path;

/** A matcher for a route with one parameter, e.g. routes.theme → /^\/themes\/([a-z0-9-]+)\/$/. */
function family(route: (param: string) => string, param: string): { route: string; matches: (path: string) => boolean } {
  const marker = '\u0000';
  const escaped = escapeRegExp(route(marker));
  const pattern = new RegExp(`^${escaped.replace(marker, `(${param})`)}$`);
  return { route: route(':param'), matches: (path) => pattern.test(path) };
}

const single = (path: string) => ({ route: path, matches: exactly(path) });
const card = (path: string, kicker: string, title: string, detail?: string): PreviewCard => ({ path, kicker, title, ...(detail ? { detail } : {}) });

const INLOGOV = { source: 'inlogov', type: 'report' } as const;
const CONNECTIONS_KICKER = 'The guide’s own reading';
const GUIDE: PageFacets = { source: 'guide', type: 'about' };
/**
 * The line above /leadership/'s title: what the page quotes is a news item (content/news-items/)
 * about the CIPD / PPMA report, not the report: "PublicNet news item, 3 December 2012 · on the CIPD / PPMA report".
 */
export function leadershipKicker(newsItem: SiteContent['newsItem'], report: { shortName: string }): string {
  return `${newsItem.publisher} news item, ${longDate(newsItem.date)} · on the ${report.shortName}`;
}

export const PAGES = {
  home: {
    ...single(routes.home),
    search: undefined,
    sitemap: true,
    previews: ({ siteName, reports: { inlogov, cipd } }) => [
      card(
        routes.home,
        'A plain-English research guide',
        siteName.replace(/\s+—\s+Research Guide$/, ''),
        `The ten themes of the ${inlogov.shortName} (${inlogov.year}) and the ${cipd.shortName} on values-based leadership (${cipd.year})`,
      ),
    ],
  },
  report: {
    ...single(routes.report),
    kicker: 'Report summary · INLOGOV, 2014',
    search: INLOGOV,
    sitemap: true,
    describes: 'inlogov-2014',
    previews: ({ pages, reports: { inlogov } }) => [card(routes.report, `Report summary · ${inlogov.shortName}, ${inlogov.year}`, pages.report)],
  },
  themes: {
    ...single(routes.themes),
    title: 'The ten themes',
    kicker: 'INLOGOV, 2014',
    search: undefined,
    sitemap: true,
    previews: ({ reports: { inlogov } }) => [card(routes.themes, `${inlogov.shortName}, ${inlogov.year}`, 'The ten themes')],
  },
  theme: {
    ...family(routes.theme, '(?!\\d+/)[a-z0-9-]+'),
    search: { source: 'inlogov', type: 'theme' },
    sitemap: true,
    previews: ({ themes }) =>
      themes.map((theme) => {
        const insertions = insertionsIn(theme.statement);
        return {
          ...card(routes.theme(theme.slug), themePosition(theme.number, themes.length), theme.title, theme.statement),
          number: theme.number,
          ...(insertions.length ? { note: insertionNote(insertions) } : {}),
        };
      }),
  },
  leadership: {
    ...single(routes.leadership),
    search: { source: 'cipd', type: 'leadership' },
    sitemap: true,
    describes: 'cipd-ppma-2012',
    previews: ({ pages, newsItem, reports: { cipd } }) => [card(routes.leadership, leadershipKicker(newsItem, cipd), pages.leadership)],
  },
  about: { ...single(routes.about), search: GUIDE, sitemap: true, previews: ({ pages }) => [card(routes.about, 'About', pages.about)] },
  accessibility: {
    ...single(routes.accessibility),
    search: GUIDE,
    sitemap: true,
    previews: ({ pages }) => [card(routes.accessibility, 'Accessibility', pages.accessibility)],
  },
  connections: {
    ...single(routes.connections),
    title: 'Connections map',
    kicker: CONNECTIONS_KICKER,
    search: GUIDE,
    sitemap: true,
    previews: () => [card(routes.connections, CONNECTIONS_KICKER, 'Connections map', 'How the ten themes meet the 2012 news item on the CIPD / PPMA research: these links are the guide’s own reading')],
  },
  fullReport: {
    ...single(routes.fullReport),
    title: 'The whole guide on one page',
    kicker: 'Full-report edition',
    crumb: 'Full-report edition',
    // It repeats the canonical pages, which are the better search results.
    search: undefined,
    sitemap: true,
    previews: () => [card(routes.fullReport, 'Full-report edition', 'The whole guide on one page')],
  },
  workshop: {
    ...single(routes.workshop),
    title: 'Workshop cards',
    kicker: 'For team sessions',
    search: GUIDE,
    sitemap: true,
    previews: () => [card(routes.workshop, 'For team sessions', 'Workshop cards')],
  },
  updates: {
    ...single(routes.updates),
    title: 'What has changed',
    kicker: 'Every change to the guide',
    // It only lists changes to other pages, which are the better search results.
    search: undefined,
    sitemap: true,
    previews: () => [card(routes.updates, 'Every change to the guide', 'What has changed')],
  },
  /** The same changes as an Atom feed, announced by every page's <link rel="alternate">. */
  updatesFeed: { ...single(routes.updatesFeed), title: 'Changes to the guide', search: undefined, sitemap: false },
  search: { ...single(routes.search), title: 'Search', search: undefined, sitemap: true, previews: () => [card(routes.search, 'Search', 'Search the guide')] },
  /** Made to be framed on other sites: noindex, so not in the sitemap either. */
  embed: { ...family(routes.embedTheme, '[a-z0-9-]+(?:/dark)?'), search: undefined, sitemap: false },
  /** Redirects to the theme page. */
  shortTheme: { ...family((n) => routes.shortTheme(n as unknown as number), '\\d+'), search: undefined, sitemap: false },
  /** Served for any missing path; shares the home page's preview image. */
  notFound: { route: routes.notFound, matches: (path) => /^\/404(\.html|\/)?$/.test(path), title: 'Page not found', search: undefined, sitemap: false },
} as const satisfies Record<string, PageType>;

const PAGE_TYPES: readonly PageType[] = Object.values(PAGES);

/** The kind of page at a base-free path ("/themes/fluid-careers/"), or undefined when none is registered. */
export function pageAt(path: string): PageType | undefined {
  return PAGE_TYPES.find((type) => type.matches(path));
}

/** Single pages that search leaves out: they only list other pages, or repeat them. */
export const UNINDEXED_PATHS: readonly string[] = PAGE_TYPES.filter((type) => !type.search && !type.route.includes(':')).map((type) => type.route);

/** The search filters of the page at a path; a page the registry does not know is filed under this guide. */
export function pageFacets(path: string): PageFacets | undefined {
  const type = pageAt(path);
  return type ? type.search : GUIDE;
}

/** Whether the page at a base-free path belongs in sitemap.xml. */
export function sitemapIncludes(path: string): boolean {
  const type = pageAt(path);
  if (!type) throw new Error(`The page "${path}" is not in the page registry (src/lib/pages.ts): add it there to say whether it is in the sitemap and the search index`);
  return type.sitemap;
}

/** Every page's preview card, in reading order. */
export function previewCards(content: SiteContent): PreviewCard[] {
  return PAGE_TYPES.flatMap((type) => type.previews?.(content) ?? []);
}

/** Where a page's preview image is published: "/" → "/og/home.png", "/themes/x/" → "/og/themes/x.png". */
export function previewImagePath(pagePath: string): string {
  const trimmed = pagePath.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
  if (!trimmed || PAGES.notFound.matches(pagePath)) return '/og/home.png';
  if (!/^[a-z0-9-]+(\/[a-z0-9-]+)*$/.test(trimmed)) throw new Error(`No preview image name for the path "${pagePath}"`);
  return `/og/${trimmed}.png`;
}

/** The page of this guide that describes a report (by its id in content/reports/). */
export function reportPagePath(reportId: string): string | undefined {
  return PAGE_TYPES.find((type) => type.describes === reportId)?.route;
}

/** The pages `npm run bench` measures: every single page but the 404, and one theme page. */
export function benchPages(sampleThemeSlug: string): string[] {
  return PAGE_TYPES.flatMap((type) => {
    if (type === PAGES.theme) return [routes.theme(sampleThemeSlug)];
    return type.route.includes(':') || type === PAGES.notFound ? [] : [type.route];
  });
}
