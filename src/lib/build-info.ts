/**
 * The date this copy of the site was built: the "accessed" date in page citations and the
 * "generated" date of the open data. SOURCE_DATE_EPOCH (seconds since 1970, the
 * reproducible-builds convention) fixes it, so two builds of the same commit can be identical.
 */
import { ConfigError } from './site.ts';

export function parseBuildDate(raw: string | undefined, now: () => Date = () => new Date()): Date {
  const value = raw?.trim();
  if (!value) return now();
  if (!/^\d+$/.test(value)) throw new ConfigError('SOURCE_DATE_EPOCH', `"${value}" must be a whole number of seconds since 1 January 1970`);
  return new Date(Number(value) * 1000);
}

export const buildDate: Date = parseBuildDate(process.env['SOURCE_DATE_EPOCH']);

/** This build's id: Pagefind's metaCacheTag (so its entry file's URL is the same all build long) and the service worker's. */
export const buildId: string = buildDate.getTime().toString(36);
