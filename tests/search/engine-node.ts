/**
 * The search readers get, in Node: the built index (pagefind-node.ts) searched through the same
 * browser-safe module the dialog and /search/ page use (src/shared/search-engine.ts), with the
 * alias table and the built vocabulary.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { answer, type Answer } from '../../src/shared/search-engine.ts';
import { displaySubResults, toPagefindFilters, withoutHighlight, emptySearchState, VOCABULARY_FILE, type SearchState } from '../../src/shared/search.ts';
import { aliasTable, readSearchAliases } from '../../src/lib/content/search-aliases.ts';
import { openIndex, type PagefindApi, type ResultData } from './pagefind-node.ts';

export interface Engine {
  pagefind: PagefindApi;
  /** The answer to a query, as the interface gets it. */
  ask(query: string, filters?: Partial<SearchState['filters']>): Promise<Answer<ResultData>>;
  /** Every URL a reader sees for the top `pages` results: each page and the sections listed under it. */
  shown(answer: Answer<ResultData>, pages?: number): Promise<string[][]>;
  close(): void;
}

export async function openEngine(dist = 'dist'): Promise<Engine> {
  const { pagefind, close } = await openIndex(dist);
  const aliases = aliasTable(readSearchAliases(process.cwd()).data);
  const words = JSON.parse(readFileSync(join(dist, VOCABULARY_FILE), 'utf8')) as string[];
  return {
    pagefind,
    ask: (query, filters = {}) =>
      answer(pagefind as never, query, toPagefindFilters({ ...emptySearchState().filters, ...filters }), { aliases, vocabulary: async () => words }) as Promise<Answer<ResultData>>,
    shown: async (result, pages = 3) => {
      const top = await Promise.all(result.hits.slice(0, pages).map((hit) => hit.data()));
      return top.map((data) => [data.url, ...displaySubResults(data.url, data.sub_results, undefined, (data as { content?: string }).content).map((sub) => sub.url)].map(withoutHighlight));
    },
    close,
  };
}
