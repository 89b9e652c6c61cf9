/**
 * The offline copy: a service worker (sw-runtime.ts) with a precache list of the finished site's files
 * and their revisions (precachedFiles), written in where the code reads `self.__WB_MANIFEST`. It
 * precaches every reading page, the styles and scripts, and the whole search bundle (a glob, so
 * files the search adds later come too), never the /og/ preview images, the embed cards or the
 * host files. Pages are fetched from the network first and fall back to the saved copy, so a new
 * build's pages replace old ones; everything else has a content hash or comes with the build,
 * and is served from the saved copy. Nothing registers it until the reader asks (src/scripts/offline.ts).
 */
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join, matchesGlob } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
import { outputFiles } from '../output-files.ts';

/** One precached file as Workbox's precaching reads it: its URL and a revision that changes with its bytes. */
export interface ManifestEntry {
  url: string;
  revision: string;
}

export const SERVICE_WORKER = 'sw.js';
export const WEB_MANIFEST = 'manifest.webmanifest';
/** Written into the save control by the page; replaced with the download's size once the site is built. */
export const OFFLINE_SIZE_MARKER = '__OFFLINE_DOWNLOAD_SIZE__';
/** Pages that offer "Save this guide for offline reading" (their HTML carries the size). */
export const SAVE_PAGES = ['about/index.html', 'report/full/index.html'];

const PRECACHE = {
  globPatterns: ['**/*.html', '_astro/**/*', 'pagefind/**/*', 'search/**/*', 'data/*.json', 'favicon.svg', WEB_MANIFEST],
  globIgnores: ['og/**', 'embed/**', 'oembed/**', '_nginx/**', 'downloads/**', SERVICE_WORKER],
  // The index files are large; the guide's whole bundle is far below this.
  maximumFileSizeToCacheInBytes: 10 * 1024 * 1024,
};

/** "1.2 MB" or "850 KB", as the save control says it. */
export function downloadSize(bytes: number): string {
  return bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${Math.ceil(bytes / 1000)} KB`;
}

export function webManifest(site: { name: string; shortName: string; description: string; lang: string; basePath: string; themeColor: string; background: string }): string {
  return JSON.stringify(
    {
      name: site.name,
      short_name: site.shortName,
      description: site.description,
      lang: site.lang,
      start_url: site.basePath,
      scope: site.basePath,
      display: 'standalone',
      theme_color: site.themeColor,
      background_color: site.background,
      icons: [{ src: `${site.basePath}favicon.svg`, sizes: 'any', type: 'image/svg+xml' }],
    },
    null,
    2,
  );
}

/** A file the service worker precaches: its path in the site, URL, revision and size. */
interface PrecachedFile extends ManifestEntry {
  path: string;
  size: number;
}

const precached = (path: string) => PRECACHE.globPatterns.some((pattern) => matchesGlob(path, pattern)) && !PRECACHE.globIgnores.some((pattern) => matchesGlob(path, pattern));

/** One file to precache, with the revision workbox-build gave: the MD5 of its bytes. */
function precachedFile(siteDir: string, basePath: string, path: string): PrecachedFile {
  const bytes = readFileSync(join(siteDir, path));
  if (bytes.length > PRECACHE.maximumFileSizeToCacheInBytes) throw new Error(`Offline copy: ${path} is ${bytes.length} bytes, over the ${PRECACHE.maximumFileSizeToCacheInBytes}-byte limit for one precached file`);
  return { path, url: `${basePath}${path}`, revision: createHash('md5').update(bytes).digest('hex'), size: bytes.length };
}

/**
 * The files under siteDir to precache (PRECACHE's patterns less its ignores), hashed, by path.
 * workbox-build's getManifest gives the same list and revisions, but globs the folder once per
 * pattern and checks its options with a schema it compiles each call: 135–219 ms a call at 1,000
 * pages, against 50–63 ms for one walk with Node's matchesGlob (docs/performance.md).
 */
function precachedFiles(siteDir: string, basePath: string): PrecachedFile[] {
  return outputFiles(siteDir)
    .filter(precached)
    .sort()
    .map((path) => precachedFile(siteDir, basePath, path));
}

/** The bytes a reader downloads to save these files. */
const totalSize = (files: readonly PrecachedFile[]) => files.reduce((sum, file) => sum + file.size, 0);

/** Writes the download's size into the pages that offer to save the guide (SAVE_PAGES). */
function writeDownloadSize(siteDir: string, size: number): void {
  for (const file of SAVE_PAGES) {
    const path = join(siteDir, file);
    const html = readFileSync(path, 'utf8');
    if (!html.includes(OFFLINE_SIZE_MARKER)) throw new Error(`Offline copy: ${file} has no "Save this guide for offline reading" control (src/components/SaveOffline.astro)`);
    writeFileSync(path, html.split(OFFLINE_SIZE_MARKER).join(downloadSize(size)));
  }
}

let runtime: Promise<string> | undefined;
/** The service worker's code, bundled once per process; call it early to have it ready (a failure is reported when it is used). */
export function bundledRuntime(): Promise<string> {
  runtime ??= (async () => {
    // rolldown, Vite's own bundler, takes ~0.1 s; workbox-build's generateSW bundled the same
    // modules with Rollup, Babel and Terser in ~1.5 s on every build (docs/performance.md).
    const bundle = await rolldown({
      input: fileURLToPath(new URL('./sw-runtime.ts', import.meta.url)),
      platform: 'browser',
      transform: { define: { 'process.env.NODE_ENV': '"production"' } },
    });
    try {
      const { output } = await bundle.generate({ format: 'iife', minify: true });
      return output[0].code;
    } finally {
      await bundle.close();
    }
  })();
  return runtime;
}

/** Where the service worker's code reads its precache list (sw-runtime.ts); the list is written in its place. */
export const INJECTION_POINT = 'self.__WB_MANIFEST';

/**
 * The service worker's code with `entries` in place of INJECTION_POINT, which must occur once. This
 * is what workbox-build's injectManifest did (with the same key order), without loading it: the
 * package took 85 ms to load in every build and about 30 ms a call to check its options.
 */
export function withPrecacheList(code: string, entries: readonly ManifestEntry[]): string {
  const parts = code.split(INJECTION_POINT);
  if (parts.length !== 2) throw new Error(`Offline copy: the service worker's code has ${parts.length - 1} "${INJECTION_POINT}" (src/integrations/offline/sw-runtime.ts); it needs exactly one`);
  return parts.join(JSON.stringify(entries.map(({ revision, url }) => ({ revision, url }))));
}

/** Writes sw.js with `entries` as its precache list. */
async function writePrecacheList(siteDir: string, entries: readonly ManifestEntry[]): Promise<void> {
  writeFileSync(join(siteDir, SERVICE_WORKER), withPrecacheList(await bundledRuntime(), entries));
}

/**
 * The offline copy of a built site: the download's size in the pages that offer it, then sw.js.
 * Every file is hashed once, SAVE_PAGES twice: the size counts them as rendered, and their
 * revisions are of the pages with the size written in. Returns the files precached and their size.
 */
export async function writeOfflineCopy(siteDir: string, basePath: string): Promise<{ count: number; size: number }> {
  const files = precachedFiles(siteDir, basePath);
  const missing = SAVE_PAGES.filter((page) => !files.some((file) => file.path === page));
  if (missing.length) throw new Error(`Offline copy: expected ${SAVE_PAGES.join(' and ')} in the output; ${missing.join(' and ')} missing`);
  const size = totalSize(files);
  writeDownloadSize(siteDir, size);
  const entries = files.map((file) => (SAVE_PAGES.includes(file.path) ? precachedFile(siteDir, basePath, file.path) : file));
  await writePrecacheList(siteDir, entries);
  return { count: entries.length, size };
}

/** Writes sw.js again for a built site whose files changed (the tests do, for a changed copy); the pages keep the size they show. */
export async function writeServiceWorker(siteDir: string, basePath: string): Promise<{ count: number; size: number }> {
  const files = precachedFiles(siteDir, basePath);
  await writePrecacheList(siteDir, files);
  return { count: files.length, size: totalSize(files) };
}
