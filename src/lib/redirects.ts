/**
 * Every redirect the site keeps, in one place: the short theme links (/themes/5/) and any
 * retired URL. Astro writes a redirect page for each, and host configs can be generated from it.
 * Add a retired URL here whenever a published path changes; never delete an entry.
 */
import { routes } from './urls.ts';

export interface Redirect {
  /** Root-relative path readers may arrive at. */
  from: string;
  /** Root-relative path of the page that now answers. */
  to: string;
}

/** Published paths that moved. Empty so far: no URL has been retired. */
export const retiredUrls: Redirect[] = [];

/** Short links /themes/1/ … /themes/10/ to the canonical theme pages. */
export function shortThemeLinks(themes: { number: number; slug: string }[]): Redirect[] {
  return [...themes]
    .sort((a, b) => a.number - b.number)
    .map((theme) => ({ from: routes.shortTheme(theme.number), to: routes.theme(theme.slug) }));
}

export function allRedirects(themes: { number: number; slug: string }[]): Redirect[] {
  return [...shortThemeLinks(themes), ...retiredUrls];
}
