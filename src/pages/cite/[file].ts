/** /cite/<key>.ris, .bib and .json: reference-manager files for each report and each citable page (src/lib/citation-files.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { CITATION_FORMATS, citationFile, citationKey, type CitableItem, type CitationFormat } from '../../lib/citation-files.ts';
import { citableItems } from '../../lib/content/citable.ts';

export const getStaticPaths = (async () => {
  const items = await citableItems();
  return items.flatMap((item) =>
    (Object.keys(CITATION_FORMATS) as CitationFormat[]).map((format) => ({ params: { file: `${citationKey(item)}.${format}` }, props: { item, format } })),
  );
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ item: CitableItem; format: CitationFormat }> = ({ props }) =>
  new Response(citationFile(props.item, props.format), { headers: { 'Content-Type': `${CITATION_FORMATS[props.format].mediaType}; charset=utf-8` } });
