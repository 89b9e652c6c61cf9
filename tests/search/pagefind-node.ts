/**
 * The built search index (dist/pagefind/), queried in Node exactly as the browser queries it
 * (the query tests search through it; the build reads the indexed text from the fragments instead,
 * src/integrations/search/index.ts):
 * Pagefind's own dist/pagefind/pagefind.js, with the site's search options, fetching its
 * files through a small fetch shim that reads them from dist/.
 */
import { readFile } from 'node:fs/promises';
import { join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { pagefindOptions } from '../../src/shared/search.ts';

/** The made-up origin the shim answers for; any other URL goes to the real fetch. */
const ORIGIN = 'http://pagefind.invalid';

export interface SubResult {
  title: string;
  url: string;
  excerpt: string;
}
export interface ResultData {
  url: string;
  excerpt: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sub_results: SubResult[];
}
export interface PagefindApi {
  search(term: string | null, options?: { filters?: unknown }): Promise<{ results: { id: string; score: number; data(): Promise<ResultData> }[] } | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
  destroy(): Promise<void>;
}

/** Loads the index in `dist` and returns a Pagefind instance configured as the site configures it (`ranking` overrides, for experiments). */
export async function openIndex(dist = 'dist', basePath = '/', ranking?: Record<string, unknown>): Promise<{ pagefind: PagefindApi; close: () => void }> {
  const root = resolve(dist);
  const realFetch = globalThis.fetch;
  const shim: typeof fetch = async (input, init) => {
    const href = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    if (!href.startsWith(ORIGIN)) return realFetch(input, init);
    const file = normalize(join(root, decodeURIComponent(new URL(href).pathname)));
    if (!file.startsWith(root)) return new Response('outside dist', { status: 403 });
    try {
      return new Response(await readFile(file), { status: 200 });
    } catch {
      return new Response(`not found: ${href}`, { status: 404 });
    }
  };
  globalThis.fetch = shim;
  const module = (await import(pathToFileURL(join(root, 'pagefind', 'pagefind.js')).href)) as {
    createInstance(options: Record<string, unknown>): PagefindApi;
  };
  const options = pagefindOptions(basePath);
  const pagefind = module.createInstance({ ...options, ...(ranking ? { ranking } : {}), basePath: `${ORIGIN}/pagefind/` });
  return {
    pagefind,
    close: () => {
      globalThis.fetch = realFetch;
    },
  };
}
