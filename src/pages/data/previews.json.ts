/** Link previews for themes and findings (src/lib/previews.ts), loaded by src/scripts/link-preview.ts on first use. */
import type { APIRoute } from 'astro';
import { REPORT_IDS, creditLine, getFindings, getReport, getThemes } from '../../lib/content/collections.ts';
import { themeSource } from '../../lib/labels.ts';
import { buildPreviews } from '../../lib/previews.ts';

export const GET: APIRoute = async () => {
  const themes = (await getThemes()).map((theme) => theme.data);
  const findings = (await getFindings()).map((finding) => ({ id: finding.id, ...finding.data }));
  const inlogov = (await getReport(REPORT_IDS.inlogov)).data;
  const cipd = (await getReport(REPORT_IDS.cipd)).data;
  const previews = buildPreviews(themes, findings, { themeSource: themeSource(inlogov, creditLine(inlogov)), findingSource: cipd.shortName });
  return new Response(JSON.stringify(previews), { headers: { 'Content-Type': 'application/json' } });
};
