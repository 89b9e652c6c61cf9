/** Open data: the CIPD / PPMA findings (see src/lib/open-data.ts). */
import type { APIRoute } from 'astro';
import { buildDate } from '../../lib/build-info.ts';
import { citationText, apaReport } from '../../lib/citations.ts';
import { REPORT_IDS, getFindings, getReport } from '../../lib/content/collections.ts';
import { findingsData } from '../../lib/open-data.ts';
import { site } from '../../lib/site.ts';

export const GET: APIRoute = async () => {
  const findings = (await getFindings()).map((finding) => ({ id: finding.id, ...finding.data }));
  const report = (await getReport(REPORT_IDS.cipd)).data;
  const data = findingsData(findings, { siteName: site.name, licence: site.licence.text, source: citationText(apaReport(report)), generated: buildDate });
  return new Response(JSON.stringify(data, null, 2), { headers: { 'Content-Type': 'application/json' } });
};
