/**
 * The preview cards of the whole site, from the content as read by the one reader (read.ts), so
 * they can be drawn outside Astro's page rendering.
 */
import { readCollection } from '../../lib/content/read.ts';
import { REPORT_IDS } from '../../lib/content/schemas.ts';
import { previewCards, type PreviewCard } from '../../lib/pages.ts';

export function siteCards(root: string, siteName: string): PreviewCard[] {
  const pages = readCollection(root, 'pages');
  const reports = readCollection(root, 'reports');
  const title = (id: string) => {
    const page = pages.find((entry) => entry.id === id);
    if (!page) throw new Error(`Preview images: no page content/pages/${id}.mdx`);
    return page.data.title;
  };
  const report = (id: string) => {
    const entry = reports.find((candidate) => candidate.id === id);
    if (!entry) throw new Error(`Preview images: no report record content/reports/${id}.yaml`);
    return entry.data;
  };
  const newsItem = readCollection(root, 'newsItems').find((entry) => entry.data.about === REPORT_IDS.cipd);
  if (!newsItem) throw new Error(`Preview images: no news item in content/news-items/ is about ${REPORT_IDS.cipd}`);
  return previewCards({
    siteName,
    themes: readCollection(root, 'themes').map((theme) => theme.data).sort((a, b) => a.number - b.number),
    pages: { report: title('report'), leadership: title('leadership'), about: title('about'), accessibility: title('accessibility') },
    reports: { inlogov: report(REPORT_IDS.inlogov), cipd: report(REPORT_IDS.cipd) },
    newsItem: newsItem.data,
  });
}
