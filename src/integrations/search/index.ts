/**
 * Astro integration: builds the Pagefind search index into dist/pagefind/ once the pages are
 * written (Pagefind's Node API, in `astro:build:done`), and in `astro dev` serves the last
 * built index, because the dev server has no built pages to index. It also lets the page
 * bootstrap (src/scripts/enhance.ts) load the search code by URL (`?chunk-url`, below), and
 * gives the dialog code the ten themes to suggest (`virtual:search-suggestions`, below).
 *
 * Once the index is written, the /search/ page gets preload hints for the files a search needs
 * (preload.ts), named from the client build's chunks (`searchPageFiles`, below) and the index.
 *
 * Only elements marked data-pagefind-body are indexed (the reading content; see
 * the page registry, src/lib/pages.ts, for which pages). The build stops with a clear message if
 * Pagefind reports an error or if the index does not hold exactly those pages.
 */
import type { AstroIntegration } from 'astro';
import type { Plugin } from 'vite';
import { createReadStream, existsSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { extname, join, normalize, relative } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import * as pagefind from 'pagefind';
import { ContentCheckError, formatProblems, readCollection } from '../../lib/content/read.ts';
import { aliasTable, aliasTargetProblems, ALIASES_FILE, readSearchAliases } from '../../lib/content/search-aliases.ts';
import { VOCABULARY_FILE } from '../../shared/search.ts';
import { textWords } from '../../shared/search-engine.ts';
import { escapeRegExp } from '../../shared/regex.ts';
import { suggestionsModule } from './suggestions.ts';
import { outputPages } from '../output-files.ts';
import { vocabulary } from './vocabulary.ts';
import { withPreloads, type PagefindEntry } from './preload.ts';
import { buildId } from '../../lib/build-info.ts';
import { routes } from '../../lib/urls.ts';

export class SearchIndexError extends Error {
  override name = 'SearchIndexError';
}

/** Files Pagefind writes that the site never loads (its UIs: the site draws its own, src/scripts/search-ui.ts). */
const UNUSED_BUNDLE_FILES = ['pagefind-ui.js', 'pagefind-ui.css', 'pagefind-modular-ui.js', 'pagefind-modular-ui.css', 'pagefind-component-ui.js', 'pagefind-component-ui.css'];

/** HTML files (relative paths) under a folder that mark content for the index. */
export function pagesMarkedForIndex(dir: string): string[] {
  return outputPages(dir, ['pagefind', '_astro'])
    .filter((page) => readFileSync(join(dir, page)).includes('data-pagefind-body'))
    .sort();
}

/** The index as written: how many pages it holds, where, and its entry file (pagefind-entry.json), parsed. */
export interface WrittenSearchIndex {
  pages: number;
  outputPath: string;
  entry: PagefindEntry;
}

/** Indexes Pagefind is still writing (readPagesForIndex). */
const writing = new Set<Promise<WrittenSearchIndex>>();

/**
 * Indexes the built site in `siteDir`. Resolves once Pagefind has read the pages, with `written`,
 * which settles once the bundle is in `siteDir/pagefind/`. Pagefind reads the pages on both cores
 * but writes on about one (1.2 cores for 0.7 s at 1,000 pages), so the build prepares the pages
 * for the hosts while it writes (astro.config.mjs); no step may read `pagefind/` before `written`.
 */
export async function readPagesForIndex(siteDir: string): Promise<{ written: Promise<WrittenSearchIndex> }> {
  let index: pagefind.PagefindIndex;
  try {
    const created = await pagefind.createIndex({});
    if (!created.index || created.errors.length) throw new SearchIndexError(`Search index: Pagefind could not start: ${created.errors.join('; ')}`);
    index = created.index;
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw new SearchIndexError(`Search index: ${added.errors.join('; ')}`);
  } catch (error) {
    await pagefind.close();
    throw error;
  }
  const written = writeIndex(index, siteDir).finally(() => pagefind.close());
  writing.add(written);
  // Whoever awaits `written` gets its error; this handler also keeps Node from calling it unhandled meanwhile.
  written.finally(() => writing.delete(written)).catch(() => {});
  return { written };
}

/**
 * Resolves once Pagefind has stopped writing into any build's output. A build that fails in a
 * step after `search.pages` waits for it before removing its temporary folder (scripts/build.mjs):
 * Pagefind writes from a process of its own, and would otherwise write into the folder after it was removed.
 */
export async function searchIndexWritesSettled(): Promise<void> {
  await Promise.allSettled([...writing]);
}

async function writeIndex(index: pagefind.PagefindIndex, siteDir: string): Promise<WrittenSearchIndex> {
  const outputPath = join(siteDir, 'pagefind');
  const files = index.writeFiles({ outputPath });
  files.catch(() => {}); // awaited below, unless the check before stops the build
  // The pages the index must hold, listed while Pagefind writes (and before any later step changes a page).
  const expected = pagesMarkedForIndex(siteDir);
  if (expected.length === 0) {
    throw new SearchIndexError(`Search index: no page in ${siteDir} has data-pagefind-body, so there is nothing to index.`);
  }
  const written = await files;
  if (written.errors.length) throw new SearchIndexError(`Search index: could not write ${outputPath}: ${written.errors.join('; ')}`);
  // Pagefind also writes its two older interfaces; the site uses the Component UI only.
  for (const unused of UNUSED_BUNDLE_FILES) rmSync(join(outputPath, unused), { force: true });
  // Pagefind reads every HTML file but indexes only pages with data-pagefind-body: check it found them all.
  const entry = JSON.parse(readFileSync(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry & { languages: Record<string, { page_count: number }> };
  const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
  if (indexed !== expected.length) {
    throw new SearchIndexError(
      `Search index: Pagefind indexed ${indexed} pages, but ${expected.length} pages are marked data-pagefind-body (${expected.join(', ')}).`,
    );
  }
  return { pages: indexed, outputPath, entry };
}

/** Indexes the built site in `siteDir` and writes the bundle to `siteDir/pagefind/` (readPagesForIndex, then its `written`). */
export async function buildSearchIndex(siteDir: string): Promise<WrittenSearchIndex> {
  return (await readPagesForIndex(siteDir)).written;
}

/** What Pagefind's fragments start with once unzipped; its own pagefind.js checks for it the same way. */
const FRAGMENT_SIGNATURE = 'pagefind_dcd';

/**
 * The text Pagefind indexed, page by page (title, then content), read from the fragments it wrote:
 * the same JSON its browser code unzips for a result's excerpt, unzipped here with Node's zlib
 * (about ten times faster than loading every result through pagefind.js, docs/performance.md).
 */
export function indexedText(siteDir: string): string[] {
  const folder = join(siteDir, 'pagefind', 'fragment');
  return readdirSync(folder).map((name) => {
    const data = gunzipSync(readFileSync(join(folder, name))).toString('utf8');
    if (!data.startsWith(FRAGMENT_SIGNATURE)) throw new SearchIndexError(`Search index: ${join(folder, name)} is not a Pagefind fragment (no "${FRAGMENT_SIGNATURE}" signature).`);
    const page = JSON.parse(data.slice(FRAGMENT_SIGNATURE.length)) as { meta: Record<string, string>; content: string };
    return `${page.meta['title'] ?? ''} ${page.content}`;
  });
}

/**
 * Checks that every alias target occurs in the indexed text, and writes the vocabulary the search
 * loads to suggest corrections. Returns the vocabulary's word count and size.
 */
export async function writeSearchHelp(root: string, siteDir: string): Promise<{ words: number; bytes: number }> {
  // Read into words once, for both (each reading took about 0.1 s at 1,000 pages).
  const words = textWords(indexedText(siteDir).join('\n'));
  const problems = aliasTargetProblems(readSearchAliases(root), words);
  if (problems.length) throw new ContentCheckError(formatProblems(problems));
  const json = JSON.stringify(vocabulary(words));
  writeFileSync(join(siteDir, VOCABULARY_FILE), json);
  return { words: JSON.parse(json).length, bytes: Buffer.byteLength(json) };
}

/** Adds the preload hints (preload.ts) to the built /search/ page; `entry` is the index's pagefind-entry.json (buildSearchIndex). */
export function writeSearchPagePreloads(siteDir: string, base: string, files: SearchPageFiles, entry: PagefindEntry): void {
  const page = join(siteDir, routes.search, 'index.html');
  const indexChunks = readdirSync(join(siteDir, 'pagefind', 'index')).filter((name) => name.endsWith('.pf_index'));
  writeFileSync(page, withPreloads(readFileSync(page, 'utf8'), { base, ...files, entry, metaCacheTag: buildId, indexChunks }));
}

const CHUNK_URL = '?chunk-url';
const CHUNK_URL_PREFIX = '\0chunk-url:';

/**
 * `import url from '../module.ts?chunk-url'` gives the URL of that module built as its own chunk,
 * to load later with `import(url)`. A plain `import('../module.ts')` would do the same but makes
 * Vite add its preloading helper (about 2 KB) to the importing script; the page bootstrap has a
 * 2 KB budget of its own. In dev the URL is the module's source path, which Vite serves.
 */
export function chunkUrls(): Plugin {
  let command: 'build' | 'serve' = 'build';
  let root = process.cwd();
  let base = '/';
  return {
    name: 'chunk-url',
    enforce: 'pre',
    configResolved(config) {
      command = config.command;
      root = config.root;
      base = config.base;
    },
    // The filters let the bundler skip this plugin for every other import without calling into JavaScript.
    resolveId: {
      filter: { id: new RegExp(`${escapeRegExp(CHUNK_URL)}$`) },
      async handler(source, importer) {
        const target = await this.resolve(source.slice(0, -CHUNK_URL.length), importer);
        if (!target) throw new Error(`${source}: no such module (imported from ${importer ?? 'unknown'})`);
        return `${CHUNK_URL_PREFIX}${target.id}`;
      },
    },
    load: {
      filter: { id: new RegExp(`^${escapeRegExp(CHUNK_URL_PREFIX)}`) },
      handler(id) {
        const target = id.slice(CHUNK_URL_PREFIX.length);
        if (command === 'serve') return `export default ${JSON.stringify(`${base}${relative(root, target)}`)};`;
        const reference = this.emitFile({ type: 'chunk', id: target });
        return `export default import.meta.ROLLUP_FILE_URL_${reference};`;
      },
    },
  };
}

/** The stylesheet the search code adds, as built (relative to the site root). */
export interface SearchPageFiles {
  stylesheets: string[];
}

const SEARCH_STYLESHEET = 'src/scripts/search-ui.css';

/** Records, from the client build, the built name of the search code's stylesheet (for the preload hints). */
export function searchPageFiles(record: (files: SearchPageFiles) => void): Plugin {
  return {
    name: 'search-page-files',
    // Only the client build: for the others, Rolldown would hand its whole output (a chunk per
    // page) to JavaScript once more just for this hook (about 30 ms at 1,000 pages).
    applyToEnvironment: (environment) => environment.name === 'client',
    generateBundle(_, bundle) {
      const stylesheets = Object.values(bundle).flatMap((file) =>
        file.type === 'asset' && file.originalFileNames.some((name) => name.replaceAll('\\', '/').endsWith(SEARCH_STYLESHEET)) ? [file.fileName] : [],
      );
      if (stylesheets.length) record({ stylesheets });
    },
  };
}

/** A hook filter matching exactly this module id. */
const exactly = (id: string) => new RegExp(`^${escapeRegExp(id)}$`);

/**
 * A Vite virtual module `id` whose code is made from the project's files at build: `load` gets
 * the project root and a way to watch the files it read, so `npm run dev` reloads on a change.
 */
function virtualModule(id: string, load: (root: string, watch: (file: string) => void) => string): Plugin {
  let root = process.cwd();
  return {
    name: id.replace('virtual:', ''),
    configResolved(config) {
      root = config.root;
    },
    // Filtered, as chunkUrls above: no call into JavaScript for any other module.
    resolveId: {
      filter: { id: exactly(id) },
      handler() {
        return `\0${id}`;
      },
    },
    load: {
      filter: { id: exactly(`\0${id}`) },
      handler() {
        return load(root, (file) => this.addWatchFile(join(root, file)));
      },
    },
  };
}

/** `import { aliases } from 'virtual:search-aliases'`: the alias table (content/search/aliases.yaml), checked by its schema. */
export const searchAliases = (): Plugin =>
  virtualModule('virtual:search-aliases', (root, watch) => {
    watch(ALIASES_FILE);
    return `export const aliases = ${JSON.stringify(aliasTable(readSearchAliases(root).data))};\n`;
  });

/**
 * `import { themes, searchPath } from 'virtual:search-suggestions'`: the ten themes (number,
 * title, base-free path) read from the theme files at build, for the search dialog, which is
 * built in the browser code rather than carried in every page (src/integrations/search/suggestions.ts).
 */
export const searchSuggestions = (): Plugin =>
  virtualModule('virtual:search-suggestions', (root, watch) => {
    const themes = readCollection(root, 'themes');
    for (const entry of themes) watch(entry.file);
    return suggestionsModule(themes);
  });

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
};

/**
 * The integration, in two parts around the steps that may run while Pagefind writes
 * (readPagesForIndex). `pages`: Pagefind reads the built pages; list it after every step that
 * changes what a page says (the EPUB's size labels). `files`: waits for the index, then writes the
 * search help and the /search/ page's preload hints; list it before any step that reads pagefind/
 * (the offline copy, the host files).
 */
export default function searchIndex(): { pages: AstroIntegration; files: AstroIntegration } {
  let root = process.cwd();
  let outDir = join(root, 'dist');
  let base = '/';
  let pageFiles: SearchPageFiles | undefined;
  let pending: Promise<WrittenSearchIndex> | undefined;
  const pages: AstroIntegration = {
    name: 'search-index',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({ vite: { plugins: [chunkUrls(), searchSuggestions(), searchAliases(), searchPageFiles((files) => (pageFiles = files))] } });
      },
      'astro:config:done': ({ config }) => {
        root = fileURLToPath(config.root);
        outDir = fileURLToPath(config.outDir);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
      },
      'astro:build:done': async ({ dir }) => {
        pending = (await readPagesForIndex(fileURLToPath(dir))).written;
      },
      // In dev there are no built pages to index: serve the index from the last build, and say so.
      'astro:server:setup': ({ server, logger }) => {
        const bundle = join(outDir, 'pagefind');
        const prefix = `${base}pagefind/`;
        let warned = false;
        server.middlewares.use((req, res, next) => {
          const pathname = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
          if (!pathname.startsWith(prefix)) return next();
          const file = normalize(join(bundle, pathname.slice(prefix.length)));
          if (!file.startsWith(bundle) || !existsSync(file) || !statSync(file).isFile()) {
            if (!existsSync(bundle) && !warned) {
              warned = true;
              logger.warn('search: no index in dist/pagefind/ yet. Run "npm run build" once; dev then serves that index.');
            }
            res.statusCode = 404;
            res.setHeader('Content-Type', 'text/plain; charset=utf-8');
            res.end('No search index: run "npm run build" once, then reload.\n');
            return;
          }
          res.setHeader('Content-Type', TYPES[extname(file)] ?? 'application/octet-stream');
          createReadStream(file).pipe(res);
        });
        if (existsSync(bundle)) logger.info(`search: serving the index from the last build (${relative(root, bundle)}/); rebuild to refresh it.`);
      },
    },
  };
  const files: AstroIntegration = {
    name: 'search-index:files',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        const { pages, outputPath, entry } = await (pending ?? buildSearchIndex(siteDir));
        pending = undefined;
        const help = await writeSearchHelp(root, siteDir);
        if (!pageFiles) throw new SearchIndexError(`Search index: the build has no file for ${SEARCH_STYLESHEET}, so /search/ gets no preload hints.`);
        writeSearchPagePreloads(siteDir, base, pageFiles, entry);
        logger.info(`search index: ${pages} pages indexed into ${relative(root, outputPath) || outputPath}/; vocabulary ${help.words} words (${(help.bytes / 1024).toFixed(1)} KB)`);
      },
    },
  };
  return { pages, files };
}
