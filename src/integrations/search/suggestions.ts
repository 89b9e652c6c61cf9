/**
 * The ten themes the search dialog suggests, taken from the theme files at build time and
 * handed to the browser code as the virtual module `virtual:search-suggestions` (see
 * src/integrations/search/index.ts), so the dialog needs no markup in every page and no
 * extra request. The /search/ page renders the same list itself (SearchSuggestions.astro).
 */
import { routes } from '../../lib/urls.ts';
import { ContentCheckError, formatProblems, validateEntry, type RawEntry } from '../../lib/content/read.ts';
import { themeSchema } from '../../lib/content/schemas.ts';

export interface ThemeSuggestion {
  number: number;
  title: string;
  /** Base-free path of the theme page, e.g. "/themes/fluid-careers/". */
  path: string;
}

/** The fields a suggestion needs, checked with the theme schema itself. */
const suggestionSchema = themeSchema.pick({ number: true, slug: true, title: true });

/** Number, title and path of each theme file, in theme order. Throws naming the file and field if one is missing or wrong. */
export function themeSuggestions(entries: readonly RawEntry[]): ThemeSuggestion[] {
  return entries
    .map((entry) => {
      const { data, problems } = validateEntry(suggestionSchema, entry);
      if (!data) throw new ContentCheckError(formatProblems(problems));
      return { number: data.number, title: data.title, path: routes.theme(data.slug) };
    })
    .sort((a, b) => a.number - b.number);
}

/** The source of `virtual:search-suggestions`: the themes and the base-free /search/ path. */
export function suggestionsModule(entries: readonly RawEntry[]): string {
  return `export const themes = ${JSON.stringify(themeSuggestions(entries))};\nexport const searchPath = ${JSON.stringify(routes.search)};\n`;
}
