/**
 * JSON-LD (schema.org) for every page: the page as a WebPage with its BreadcrumbList, part of
 * the WebSite, and — where a page describes one of the reports — the Report (authors,
 * publisher, date, funder) as what the page is `about` and `cite`s. The pages summarise the
 * reports: they must never be indexed as the reports themselves, so there are deliberately no
 * Google Scholar `citation_*` meta tags anywhere.
 */
import type { Report } from './content/schemas.ts';
import { isoDate } from './dates.ts';

type Json = Record<string, unknown>;

export interface ReportRef {
  /** The record's id: its file name in content/reports/. */
  id: string;
  data: Report;
}

export interface PageData {
  /** Absolute URL of the page. */
  url: string;
  /** Absolute URL of the home page. */
  homeUrl: string;
  title: string;
  description: string;
  /** Absolute URL of the page's preview image. */
  image: string;
  /** Breadcrumbs from Home to this page, each with an absolute URL. */
  breadcrumbs: { name: string; url: string }[];
  site: { name: string; shortName: string; description: string; lang: string; licenceUrl: string };
  reports?: ReportRef[] | undefined;
  /** The report pages' absolute URLs, for the reports' @id (reportPagePath in pages.ts). */
  reportUrl?: (id: string) => string;
  reviewed?: Date | undefined;
}

const organisation = (name: string): Json => ({ '@type': 'Organization', name });

/** "Liz Haydon (Public Service Academy)" → a Person with an affiliation. */
function contributor(text: string): Json {
  const match = /^(.*?)\s*\(([^)]+)\)$/.exec(text);
  return match ? { '@type': 'Person', name: match[1], affiliation: organisation(match[2] as string) } : { '@type': 'Person', name: text };
}

/** "Economic and Social Research Council (ESRC), grant ES/K007572/1" → the funder and the grant. */
export function parseFunder(funder: string): { name: string; grant?: string } {
  const match = /^(.*?),\s*grant\s+(\S+)$/.exec(funder.trim());
  return match ? { name: match[1] as string, grant: match[2] as string } : { name: funder.trim() };
}

export function reportNode(ref: ReportRef, id: string): Json {
  const report = ref.data;
  const authors = [
    ...report.authors.map((person) => ({
      '@type': 'Person',
      name: `${person.given} ${person.family}`,
      givenName: person.given,
      familyName: person.family,
      ...(person.honorific ? { honorificPrefix: person.honorific } : {}),
    })),
    ...report.corporateAuthors.map(organisation),
  ];
  const node: Json = {
    '@type': 'Report',
    '@id': id,
    name: report.title,
    author: authors,
    publisher: organisation(report.publisher),
    sourceOrganization: organisation(report.institution),
    datePublished: report.datePublished ?? String(report.year),
  };
  if (report.contributors.length) node['contributor'] = report.contributors.map(contributor);
  if (report.funder) {
    const { name, grant } = parseFunder(report.funder);
    node['funder'] = organisation(name);
    if (grant) node['funding'] = { '@type': 'Grant', identifier: grant, funder: organisation(name) };
  }
  return node;
}

export function pageGraph(page: PageData): Json {
  const websiteId = `${page.homeUrl}#website`;
  const reportId = (ref: ReportRef) => `${page.reportUrl ? page.reportUrl(ref.id) : page.homeUrl}#${ref.id}`;
  const reports = page.reports ?? [];
  const webPage: Json = {
    '@type': 'WebPage',
    '@id': page.url,
    url: page.url,
    name: page.title,
    isPartOf: { '@id': websiteId },
    image: page.image,
    license: page.site.licenceUrl,
  };
  if (page.reviewed) webPage['dateModified'] = isoDate(page.reviewed);
  const graph: Json[] = [
    {
      '@type': 'WebSite',
      '@id': websiteId,
      url: page.homeUrl,
      name: page.site.name,
      alternateName: page.site.shortName,
      inLanguage: page.site.lang,
    },
    webPage,
  ];
  if (page.breadcrumbs.length) {
    const breadcrumbId = `${page.url}#breadcrumb`;
    webPage['breadcrumb'] = { '@id': breadcrumbId };
    graph.push({
      '@type': 'BreadcrumbList',
      '@id': breadcrumbId,
      itemListElement: page.breadcrumbs.map((crumb, index) => ({ '@type': 'ListItem', position: index + 1, name: crumb.name, item: crumb.url })),
    });
  }
  if (reports.length) {
    webPage['about'] = reports.map((ref) => ({ '@id': reportId(ref) }));
    webPage['citation'] = reports.map((ref) => ({ '@id': reportId(ref) }));
    graph.push(...reports.map((ref) => reportNode(ref, reportId(ref))));
  }
  return { '@context': 'https://schema.org', '@graph': graph };
}

/** JSON for a <script type="application/ld+json">: "<" escaped so the text can never close the script. */
export function jsonLdScript(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
