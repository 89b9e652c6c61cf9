/** The search alias table, from content/search/aliases.yaml (src/integrations/search/index.ts). */
declare module 'virtual:search-aliases' {
  export const aliases: import('../shared/search-engine.ts').AliasTable;
}
