/**
 * Which URLs content may hold. A link or image in content, or a URL in a record, is one of
 * https:, http:, mailto: or site-relative (/about/, ./chart.png, #in-brief). Everything else
 * (javascript:, data:, vbscript:, file:, //other.example) is refused. Browsers drop tabs and
 * newlines inside a scheme, ignore its letter case and decode entities in attributes, so the
 * check looks at the URL as a browser would read it.
 */
import { decodeHTML } from 'entities';

export const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:'] as const;

/** The URL as a browser resolves it: entities decoded, ASCII whitespace and control characters dropped. */
export function normaliseUrl(url: string): string {
  // eslint-disable-next-line no-control-regex
  return decodeHTML(url).replace(/[\u0000-\u0020\u007f]+/g, '');
}

/** Why `url` may not be used in content, or undefined when it may. */
export function unsafeUrlReason(url: string): string | undefined {
  const clean = normaliseUrl(url);
  if (/^[/\\]{2}/.test(clean)) return 'a link to another site must start with https://';
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(clean)?.[1]?.toLowerCase();
  if (scheme === undefined) return undefined; // site-relative: /path, ./file, #id, ?q
  if ((ALLOWED_SCHEMES as readonly string[]).includes(`${scheme}:`)) return undefined;
  return `the scheme "${scheme}:" is not allowed; links may be https:, http:, mailto: or site-relative (/about/)`;
}

export const isSafeUrl = (url: string): boolean => unsafeUrlReason(url) === undefined;
