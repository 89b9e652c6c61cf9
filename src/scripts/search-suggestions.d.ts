/** The ten themes for the search dialog, read from the theme files at build (src/integrations/search/index.ts). */
declare module 'virtual:search-suggestions' {
  export const themes: readonly import('../integrations/search/suggestions.ts').ThemeSuggestion[];
  /** The /search/ page's path without the base path: "/search/". */
  export const searchPath: string;
}
