/** Open data: the ten themes (see src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/build-info.ts';
import { citationText, apaReport } from '../../lib/citations.ts';
import { REPORT_IDS, getReport, getThemes } from '../../lib/content/collections.ts';
import { themesData } from '../../lib/open-data.ts';
import { site } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const themes = (await getThemes()).map((theme) => theme.data);
  const report = (await getReport(REPORT_IDS.inlogov)).data;
  const data = themesData(themes, { siteName: site.name, licence: site.licence.text, source: citationText(apaReport(report)), generated: buildDate });
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
