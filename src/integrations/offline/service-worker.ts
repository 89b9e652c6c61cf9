/**
 * The offline copy: a service worker (sw-runtime.ts) with the precache list workbox-build makes from the finished site. It
 * precaches every reading page, the styles and scripts, and the whole search bundle (a glob, so
 * files the search adds later come too), never the /og/ preview images, the embed cards or the
 * host files. Pages are fetched from the network first and fall back to the saved copy, so a new
 * build's pages replace old ones; everything else has a content hash or comes with the build,
 * and is served from the saved copy. Nothing registers it until the reader asks (src/scripts/offline.ts).
 */
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rolldown } from 'rolldown';
// The two entry points, not the package index: that also loads generateSW's bundler (Rollup, Babel,
// Terser), about 20 MB of heap held for the whole build (docs/performance.md).
import { getManifest } from 'workbox-build/build/get-manifest.js';
import { injectManifest } from 'workbox-build/build/inject-manifest.js';
import type { ManifestEntry } from 'workbox-build';

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

const precacheOptions = (siteDir: string, basePath: string) => ({ globDirectory: siteDir, ...PRECACHE, modifyURLPrefix: { '': basePath } });

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

/** Writes sw.js with `entries` as its precache list, and nothing globbed or hashed again. */
async function writePrecacheList(siteDir: string, entries: ManifestEntry[]): Promise<void> {
  const source = join(mkdtempSync(join(tmpdir(), 'sw-runtime-')), SERVICE_WORKER);
  writeFileSync(source, await bundledRuntime());
  try {
    const result = await injectManifest({ globDirectory: siteDir, globPatterns: [], additionalManifestEntries: entries, swSrc: source, swDest: join(siteDir, SERVICE_WORKER) });
    if (result.warnings.length) throw new Error(`Offline copy: ${result.warnings.join('; ')}`);
  } finally {
    rmSync(dirname(source), { recursive: true, force: true });
  }
}

/**
 * The offline copy of a built site: the download's size in the pages that offer it, then sw.js.
 * Every file is hashed once: all but SAVE_PAGES first, which gives the size; then SAVE_PAGES, once
 * the size is written into them (hashing everything twice cost about 0.3 s at 1,000 pages;
 * docs/performance.md). Returns the files precached and their size.
 */
export async function writeOfflineCopy(siteDir: string, basePath: string): Promise<{ count: number; size: number }> {
  const options = precacheOptions(siteDir, basePath);
  const rest = await getManifest({ ...options, globIgnores: [...options.globIgnores, ...SAVE_PAGES] });
  const size = rest.size + SAVE_PAGES.reduce((sum, file) => sum + statSync(join(siteDir, file)).size, 0);
  writeDownloadSize(siteDir, size);
  const saved = await getManifest({ ...options, globPatterns: SAVE_PAGES, globIgnores: [] });
  if (saved.count !== SAVE_PAGES.length) throw new Error(`Offline copy: expected ${SAVE_PAGES.join(' and ')} in the output, found ${saved.count} of them`);
  const warnings = [...rest.warnings, ...saved.warnings];
  if (warnings.length) throw new Error(`Offline copy: ${warnings.join('; ')}`);
  const entries = [...rest.manifestEntries, ...saved.manifestEntries];
  await writePrecacheList(siteDir, entries);
  return { count: entries.length, size };
}

/** Writes sw.js again for a built site whose files changed (the tests do, for a changed copy); the pages keep the size they show. */
export async function writeServiceWorker(siteDir: string, basePath: string): Promise<{ count: number; size: number }> {
  const list = await getManifest(precacheOptions(siteDir, basePath));
  if (list.warnings.length) throw new Error(`Offline copy: ${list.warnings.join('; ')}`);
  await writePrecacheList(siteDir, list.manifestEntries);
  return { count: list.count, size: list.size };
}
