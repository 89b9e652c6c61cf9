/**
 * Typed access to the content collections, sorted the way readers meet them.
 * Everything about themes and findings (numbers, slugs, titles) is derived from here.
 */
import { getCollection, getEntry, type CollectionEntry } from 'astro:content';
import { REPORT_IDS } from './schemas.ts';

export type ThemeEntry = CollectionEntry<'themes'>;
export type FindingEntry = CollectionEntry<'findings'>;
export type ReportEntry = CollectionEntry<'reports'>;
export type NewsItemEntry = CollectionEntry<'newsItems'>;

export { REPORT_IDS };

export async function getThemes(): Promise<ThemeEntry[]> {
  return (await getCollection('themes')).sort((a, b) => a.data.number - b.data.number);
}

export async function getFindings(): Promise<FindingEntry[]> {
  return (await getCollection('findings')).sort((a, b) => a.data.order - b.data.order);
}

export async function getThemeByNumber(number: number): Promise<ThemeEntry> {
  const theme = (await getThemes()).find((t) => t.data.number === number);
  if (!theme) throw new Error(`No theme has number ${number}`);
  return theme;
}

export async function getFinding(id: string): Promise<FindingEntry> {
  const finding = await getEntry('findings', id);
  if (!finding) throw new Error(`No finding has id "${id}" (content/findings/${id}.yaml)`);
  return finding;
}

export async function getReport(id: (typeof REPORT_IDS)[keyof typeof REPORT_IDS]): Promise<ReportEntry> {
  const report = await getEntry('reports', id);
  if (!report) throw new Error(`No report record content/reports/${id}.yaml`);
  return report;
}

/** The news item the guide quotes about a report (the 2012 quotations are PublicNet's, not the CIPD's or the PPMA's). */
export async function getNewsItemAbout(reportId: string): Promise<NewsItemEntry> {
  const item = (await getCollection('newsItems')).find((entry) => entry.data.about === reportId);
  if (!item) throw new Error(`No news item in content/news-items/ is about the report "${reportId}"`);
  return item;
}

export async function getPage(id: string): Promise<CollectionEntry<'pages'>> {
  const page = await getEntry('pages', id);
  if (!page) throw new Error(`No page content/pages/${id}.mdx`);
  return page;
}

/** "Needham and Mangan" for people, or the bodies' short names. */
export function creditLine(report: ReportEntry['data']): string {
  const names = report.authors.length ? report.authors.map((a) => a.family) : report.corporateAuthors;
  return names.length > 1 ? `${names.slice(0, -1).join(', ')} and ${names.at(-1)}` : (names[0] ?? '');
}

/** getStaticPaths for a file per theme (the embed cards, light and dark, and the oEmbed answers): the theme and how many there are. */
export async function pathsPerTheme() {
  const themes = await getThemes();
  return themes.map((theme) => ({ params: { slug: theme.data.slug }, props: { theme: theme.data, total: themes.length } }));
}
