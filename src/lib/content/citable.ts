/**
 * Everything that has reference-manager files (src/pages/cite/[file].ts): every report record in
 * content/reports/ (a new record gets its files without further code) and every page that ends
 * with "Cite this page" (the report, leadership and theme pages), cited by the same titles.
 */
import { getCollection } from 'astro:content';
import type { CitableItem } from '../citation-files.ts';
import { reportSummaryCiteTitle, themeLabel } from '../labels.ts';
import { pageCitationInput } from '../page-citation.ts';
import { routes } from '../urls.ts';
import { getPage, getThemes } from './collections.ts';

export async function citableItems(): Promise<CitableItem[]> {
  const reports = (await getCollection('reports')).map((entry): CitableItem => ({ kind: 'report', record: entry.data }));
  const [report, leadership] = await Promise.all([getPage('report'), getPage('leadership')]);
  const pages = [
    { path: routes.report, title: reportSummaryCiteTitle(report.data.title), reviewed: report.data.reviewed },
    { path: routes.leadership, title: leadership.data.title, reviewed: leadership.data.reviewed },
    ...(await getThemes()).map((theme) => ({ path: routes.theme(theme.data.slug), title: themeLabel(theme.data), reviewed: theme.data.reviewed })),
  ];
  return [...reports, ...pages.map((page): CitableItem => ({ kind: 'page', record: pageCitationInput(page) }))];
}
