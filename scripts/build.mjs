#!/usr/bin/env node
/**
 * `npm run build`: builds the site into a temporary folder and swaps it into dist/ only when
 * the whole build succeeded. A failed build (bad content, a broken MDX file, an unknown
 * component, a missing image, an invalid environment variable) stops with a message naming the
 * file and what to fix, and leaves the previous dist/ exactly as it was.
 *
 *   node scripts/build.mjs [--outDir dist]
 */
import { relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

process.env.ASTRO_TELEMETRY_DISABLED = '1';
// Rolldown (Vite's bundler, native) allocates with mimalloc, which by default keeps memory it has
// freed for later: about 0.25 GB at 1,000 pages, held to the end of the build, where the build
// peaks. These make it give freed memory back at once (peak 1.25–1.37 → 1.00–1.03 GB at 1,000
// pages, no slower; docs/performance.md). Set before Astro, and so Rolldown, is loaded: mimalloc
// reads them when it starts. A value already in the environment wins.
for (const [name, value] of Object.entries({ MIMALLOC_PURGE_DELAY: '0', MIMALLOC_ARENA_EAGER_COMMIT: '0' })) process.env[name] ??= value;
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));
const args = process.argv.slice(2);
const outIndex = args.indexOf('--outDir');
const outDir = resolve(root, outIndex >= 0 ? (args[outIndex + 1] ?? 'dist') : 'dist');
const shown = relative(process.cwd(), outDir) || '.';

const { describeBuildError } = await import('./lib/build-errors.ts');
const fail = (error) => {
  console.error(`\nBuild failed: nothing was published, and ${shown}/ was left as it was.\n${describeBuildError(error, root)}\n`);
  process.exitCode = 1;
};

// Environment variables first: a typo in SITE_URL or BASE_PATH should not wait for a build.
try {
  const { loadSiteConfig } = await import('../src/lib/site.ts');
  loadSiteConfig(process.env);
} catch (error) {
  fail(error);
  process.exit();
}

const started = performance.now();
try {
  const [{ build }, { buildAtomically }] = await Promise.all([import('astro'), import('./lib/atomic-build.ts')]);
  const result = await buildAtomically(outDir, async (tempDir) => {
    try {
      await build({ root, outDir: tempDir });
    } finally {
      // If a step failed while Pagefind was writing the index (from a process of its own), let it
      // finish before the temporary folder is removed (src/integrations/search/index.ts). If that
      // module cannot even load, the build's own error says why: keep that one.
      await import('../src/integrations/search/index.ts').then(({ searchIndexWritesSettled }) => searchIndexWritesSettled(), () => {});
    }
    // Steps that work on Astro's finished output belong here, on tempDir, so that they are part
    // of the swap too (and then call writeHostFiles() from src/integrations/host-config/index.ts again).
  });
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`\nBuilt in ${seconds} s into ${shown}/${result.replaced ? ' (replacing the previous build)' : ''}.`);
  // Done: end here, as Astro's own command does (astro/bin/astro.mjs). Left to end by itself, with
  // nothing pending but stdout, Node's shutdown took 0.21–0.27 s after this line at 1,000 pages
  // (0.10–0.12 s for the site alone); with exit, 0.08 s (0.03 s) (docs/performance.md).
  process.exit();
} catch (error) {
  fail(error);
  // Astro renders several pages at once (build.concurrency): when one fails, the others are still
  // running and would write into the temporary folder just removed. Stop them here.
  process.exit();
}
