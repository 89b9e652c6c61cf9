/** The 1200×630 preview image of every page (see src/lib/preview-image.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { REPORT_IDS, getPage, getReport, getThemes } from '../../lib/content/collections.ts';
import { previewCards, previewImagePath, type PreviewCard } from '../../lib/pages.ts';
import { displayAddress, renderPreview } from '../../lib/preview-image.ts';
import { site } from '../../lib/site.ts';
import { absoluteUrl, routes } from '../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const title = async (id: string) => (await getPage(id)).data.title;
  const cards = previewCards({
    siteName: site.name,
    themes: (await getThemes()).map((theme) => theme.data),
    pages: { report: await title('report'), leadership: await title('leadership'), about: await title('about'), accessibility: await title('accessibility') },
    reports: { inlogov: (await getReport(REPORT_IDS.inlogov)).data, cipd: (await getReport(REPORT_IDS.cipd)).data },
  });
  return cards.map((card) => ({ params: { image: previewImagePath(card.path).replace(/^\/og\/|\.png$/g, '') }, props: { card } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const png = await renderPreview((props as { card: PreviewCard }).card, site.shortName, displayAddress(absoluteUrl(routes.home)));
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
