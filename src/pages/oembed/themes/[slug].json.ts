/** oEmbed for each theme page: blog platforms turn a pasted theme link into the embeddable card. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { pathsPerTheme } from '../../../lib/content/collections.ts';
import { oembedFor, type EmbedTheme } from '../../../lib/embeds.ts';
import { site } from '../../../lib/site.ts';

export const getStaticPaths = pathsPerTheme satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
  const { theme, total } = props as { theme: EmbedTheme; total: number };
  return new Response(JSON.stringify(oembedFor(theme, total, site), null, 2), { headers: { 'Content-Type': 'application/json' } });
};
