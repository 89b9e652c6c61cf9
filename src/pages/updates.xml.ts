/** /updates.xml: the change log as an Atom feed (the `feed` library), newest first. */
import type { APIRoute } from 'astro';
import { changeFeed } from '../lib/change-feed.ts';
import { siteChangeLog } from '../lib/content/change-log.ts';
import { site } from '../lib/site.ts';

export const GET: APIRoute = () =>
  new Response(changeFeed(siteChangeLog(), site), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
