/**
 * The ten themes the search dialog suggests, taken from the theme files at build time and
 * handed to the browser code as the virtual module `virtual:search-suggestions` (see
 * src/integrations/search/index.ts), so the dialog needs no markup in every page and no
 * extra request. The /search/ page renders the same list itself (SearchSuggestions.astro).
 */
import { routes } from '../../lib/urls.ts';
import type { RawEntry } from '../content-check/validate-content.ts';

export interface ThemeSuggestion {
  number: number;
  title: string;
  /** Base-free path of the theme page, e.g. "/themes/fluid-careers/". */
  path: string;
}

/** Number, title and path of each theme file, in theme order. Throws naming the file and field if one is missing. */
export function themeSuggestions(entries: readonly RawEntry[]): ThemeSuggestion[] {
  return entries
    .map(({ file, data }) => {
      const fields = (data ?? {}) as Record<string, unknown>;
      const { number, slug, title } = fields;
      if (typeof number !== 'number' || !Number.isInteger(number)) throw new Error(`${file} › number: needed for the search suggestions, got ${JSON.stringify(number)}`);
      if (typeof slug !== 'string' || !slug) throw new Error(`${file} › slug: needed for the search suggestions, got ${JSON.stringify(slug)}`);
      if (typeof title !== 'string' || !title) throw new Error(`${file} › title: needed for the search suggestions, got ${JSON.stringify(title)}`);
      return { number, title, path: routes.theme(slug) };
    })
    .sort((a, b) => a.number - b.number);
}

/** The source of `virtual:search-suggestions`: the themes and the base-free /search/ path. */
export function suggestionsModule(entries: readonly RawEntry[]): string {
  return `export const themes = ${JSON.stringify(themeSuggestions(entries))};\nexport const searchPath = ${JSON.stringify(routes.search)};\n`;
}
