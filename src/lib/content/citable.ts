/**
 * Everything that has reference-manager files (src/pages/cite/[file].ts): every report record in
 * content/reports/ (a new record gets its files without further code), every news item in
 * content/news-items/ (with the title of the report it is about) and every page that ends
 * with "Cite this page" (the report, leadership and theme pages), cited by the same titles.
 */
import { getCollection } from 'astro:content';
import type { CitableItem } from '../citation-files.ts';
import { reportSummaryCiteTitle, themeLabel } from '../labels.ts';
import { pageCitationInput } from '../page-citation.ts';
import { routes } from '../urls.ts';
import { getPage, getThemes } from './collections.ts';

export async function citableItems(): Promise<CitableItem[]> {
  const reportEntries = await getCollection('reports');
  const reports = reportEntries.map((entry): CitableItem => ({ kind: 'report', record: entry.data }));
  const newsItems = (await getCollection('newsItems')).map((entry): CitableItem => {
    const report = reportEntries.find((r) => r.id === entry.data.about);
    if (!report) throw new Error(`content/news-items/${entry.id}.yaml: about: no report record content/reports/${entry.data.about}.yaml`);
    return { kind: 'newsItem', record: entry.data, report: report.data };
  });
  const [report, leadership] = await Promise.all([getPage('report'), getPage('leadership')]);
  const pages = [
    { path: routes.report, title: reportSummaryCiteTitle(report.data.title), reviewed: report.data.reviewed },
    { path: routes.leadership, title: leadership.data.title, reviewed: leadership.data.reviewed },
    ...(await getThemes()).map((theme) => ({ path: routes.theme(theme.data.slug), title: themeLabel(theme.data), reviewed: theme.data.reviewed })),
  ];
  return [...reports, ...newsItems, ...pages.map((page): CitableItem => ({ kind: 'page', record: pageCitationInput(page) }))];
}
