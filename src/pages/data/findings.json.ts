/** Open data: the five passages of the news item on the CIPD / PPMA research (see src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/build-info.ts';
import { apaNewsItem, apaReport, citationText } from '../../lib/citations.ts';
import { REPORT_IDS, getFindings, getNewsItemAbout, getReport } from '../../lib/content/collections.ts';
import { findingsData } from '../../lib/open-data.ts';
import { site } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const findings = (await getFindings()).map((finding) => ({ id: finding.id, ...finding.data }));
  const report = (await getReport(REPORT_IDS.cipd)).data;
  const newsItem = (await getNewsItemAbout(REPORT_IDS.cipd)).data;
  const data = findingsData(findings, {
    siteName: site.name,
    licence: site.licence.text,
    // The quotations are the news item's wording; the report is what it is about.
    source: citationText(apaNewsItem(newsItem, report)),
    about: citationText(apaReport(report)),
    generated: buildDate,
  });
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
