/**
 * What each page's preview image says (see preview-image.ts): the site name, then the theme
 * number and short title, or the page's title. One card per published page; the 404 page
 * shares the home page's card.
 */
import type { PreviewCard } from './preview-image.ts';
import { routes } from './urls.ts';

export interface PreviewInput {
  siteName: string;
  themes: { number: number; slug: string; title: string; statement: string }[];
  /** Titles of the pages written in content/pages/. */
  pages: { report: string; leadership: string; about: string; accessibility: string };
  reports: { inlogov: { shortName: string; year: number }; cipd: { shortName: string; year: number } };
}

export function previewCards(input: PreviewInput): PreviewCard[] {
  const total = input.themes.length;
  const { inlogov, cipd } = input.reports;
  return [
    {
      path: routes.home,
      kicker: 'A plain-English research guide',
      title: input.siteName.replace(/\s+—\s+Research Guide$/, ''),
      detail: `The ten themes of the ${inlogov.shortName} (${inlogov.year}) and the ${cipd.shortName} on values-based leadership (${cipd.year})`,
    },
    { path: routes.report, kicker: `Report summary · ${inlogov.shortName}, ${inlogov.year}`, title: input.pages.report },
    { path: routes.themes, kicker: `${inlogov.shortName}, ${inlogov.year}`, title: 'The ten themes' },
    ...input.themes.map((theme) => ({
      path: routes.theme(theme.slug),
      kicker: `Theme ${theme.number} of ${total}`,
      title: theme.title,
      number: theme.number,
      detail: theme.statement,
    })),
    { path: routes.leadership, kicker: `Research findings · ${cipd.shortName}, ${cipd.year}`, title: input.pages.leadership },
    { path: routes.about, kicker: 'About', title: input.pages.about },
    { path: routes.accessibility, kicker: 'Accessibility', title: input.pages.accessibility },
    { path: routes.connections, kicker: 'Themes and findings', title: 'Connections map' },
    { path: routes.fullReport, kicker: 'Full-report edition', title: 'The whole guide on one page' },
    { path: routes.workshop, kicker: 'For team sessions', title: 'Workshop cards' },
    { path: routes.search, kicker: 'Search', title: 'Search the guide' },
  ];
}
