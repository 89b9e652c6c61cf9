/** robots.txt: everything may be crawled; the sitemap lists the pages (embed cards carry noindex). */
import type { APIRoute } from 'astro';
import { absoluteUrl, routes } from '../lib/urls.ts';

export const GET: APIRoute = () =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(routes.sitemap)}\n`, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
