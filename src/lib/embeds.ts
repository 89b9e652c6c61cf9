/**
 * Embeddable theme cards: the <iframe> snippet a reader copies from a theme page, and the
 * oEmbed answer (https://oembed.com/, type "rich") that lets blog platforms turn a pasted
 * theme link into the same card. The card itself is src/pages/embed/themes/[slug].astro.
 */
import { absoluteUrl, routes } from './urls.ts';
import { themePosition } from './labels.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH, previewImagePath } from './pages.ts';
import { parseHtml } from './html-sections.ts';
import { CARD_HEIGHT_MESSAGE } from '../shared/embed-height.ts';

/** The card's width in the embed code; the frame narrows with the page (max-width: 100%). */
export const EMBED_WIDTH = 560;

/**
 * The frame's height before the card reports its own (or for good, where the page strips the embed
 * code's script, as oEmbed consumers do): the card's height at EMBED_WIDTH, from its layout in
 * src/styles/embed.css: a fixed part (border and padding, number and title, the two-line source,
 * the link, the gaps: 162 px, rounded up) and the statement at 20 px, 27 px a line, about 50
 * characters a line in a wide sans-serif (DejaVu Sans: the ten statements take 2 or 3 lines, the
 * longest 2-line one 100 characters, the shortest 3-line one 102). tests/browser/embed.test.ts
 * measures every card against it in Chromium.
 */
export function embedHeight(statement: string): number {
  return 162 + 27 * Math.ceil(statement.length / 50);
}

export interface EmbedTheme {
  number: number;
  slug: string;
  title: string;
  statement: string;
}

type Config = { siteUrl: string; basePath: string };

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedTitle(theme: EmbedTheme, total: number): string {
  return `${themePosition(theme.number, total)}: ${theme.title}`;
}

/** The card's <iframe>, as high as the card at its full width: what oEmbed answers with. */
export function embedFrame(theme: EmbedTheme, total: number, siteShortName: string, config?: Config): string {
  const src = absoluteUrl(routes.embedTheme(theme.slug), config);
  const title = `${embedTitle(theme, total)} (${siteShortName})`;
  return `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(title)}" width="${EMBED_WIDTH}" height="${embedHeight(theme.statement)}" style="max-width:100%;border:0" loading="lazy"></iframe>`;
}

/**
 * The script after the frame in the embed code: it sets a card's frame to the height the card
 * reports (src/scripts/embed-height.ts), so the frame fits at any width. It listens only to frames
 * of this page showing this site (the message's source window and origin), and reads only a number.
 */
export function embedResizeScript(config?: Config): string {
  const origin = new URL(absoluteUrl(routes.home, config)).origin;
  return `<script>addEventListener("message",e=>{if(e.origin==="${origin}"&&e.data?.type==="${CARD_HEIGHT_MESSAGE}")for(const f of document.querySelectorAll("iframe"))if(f.contentWindow===e.source)f.height=Math.min(+e.data.height||0,2e3)||f.height})</script>`;
}

/** The HTML a reader pastes into their own page: the frame and the script that fits it to the card. */
export function embedSnippet(theme: EmbedTheme, total: number, siteShortName: string, config?: Config): string {
  return embedFrame(theme, total, siteShortName, config) + embedResizeScript(config);
}

export interface OEmbedRich {
  version: '1.0';
  type: 'rich';
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
  cache_age: number;
}

export function oembedFor(theme: EmbedTheme, total: number, site: { name: string; shortName: string }, config?: Config): OEmbedRich {
  return {
    version: '1.0',
    type: 'rich',
    title: embedTitle(theme, total),
    provider_name: site.name,
    provider_url: absoluteUrl(routes.home, config),
    // oEmbed consumers take no script: the frame alone, as high as the card at its full width.
    html: embedFrame(theme, total, site.shortName, config),
    width: EMBED_WIDTH,
    height: embedHeight(theme.statement),
    thumbnail_url: absoluteUrl(previewImagePath(routes.theme(theme.slug)), config),
    thumbnail_width: PREVIEW_WIDTH,
    thumbnail_height: PREVIEW_HEIGHT,
    cache_age: 86400,
  };
}

/** Whether an HTML snippet is exactly one empty <iframe> whose src is an absolute http(s) URL. */
function isOneAbsoluteIframe(html: string): boolean {
  const [only, ...rest] = parseHtml(html).children;
  if (rest.length || only?.type !== 'element' || only.tagName !== 'iframe' || only.children.length) return false;
  const src = only.properties['src'];
  return typeof src === 'string' && URL.canParse(src) && ['http:', 'https:'].includes(new URL(src).protocol);
}

/** Problems with an oEmbed answer, by the rules of the oEmbed spec for type "rich". */
export function oembedProblems(value: unknown): string[] {
  const problems: string[] = [];
  if (typeof value !== 'object' || value === null) return ['is not a JSON object'];
  const data = value as Record<string, unknown>;
  if (data['version'] !== '1.0') problems.push('version must be "1.0"');
  if (data['type'] !== 'rich') problems.push('type must be "rich"');
  if (typeof data['html'] !== 'string' || !isOneAbsoluteIframe(data['html'])) {
    problems.push('html must be one <iframe> with an absolute src');
  }
  for (const field of ['width', 'height']) {
    if (!Number.isInteger(data[field]) || (data[field] as number) <= 0) problems.push(`${field} must be a positive whole number`);
  }
  const thumbnail = ['thumbnail_url', 'thumbnail_width', 'thumbnail_height'].filter((field) => field in data);
  if (thumbnail.length && thumbnail.length !== 3) problems.push('thumbnail_url, thumbnail_width and thumbnail_height come together or not at all');
  for (const field of ['title', 'provider_name', 'provider_url']) {
    if (field in data && typeof data[field] !== 'string') problems.push(`${field} must be a string`);
  }
  return problems;
}
