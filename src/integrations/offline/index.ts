/**
 * Astro integration: after the search index is written, adds the web app manifest and the
 * service worker (service-worker.ts) to the built site. One job: the offline copy.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundledRuntime, downloadSize, webManifest, WEB_MANIFEST, writeOfflineCopy } from './service-worker.ts';
import { site } from '../../lib/site.ts';
import { palette } from '../../styles/tokens.ts';

export default function offlineCopy(): AstroIntegration {
  return {
    name: 'offline-copy',
    hooks: {
      // Bundled while Vite builds the pages, off the end of the build (about 0.1 s).
      'astro:build:start': () => {
        bundledRuntime().catch(() => {});
      },
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        writeFileSync(join(siteDir, WEB_MANIFEST), webManifest({ ...site, themeColor: site.themeColor.light, background: palette.light.page }));
        const { count, size } = await writeOfflineCopy(siteDir, site.basePath);
        logger.info(`offline copy: sw.js precaches ${count} files, ${downloadSize(size)}`);
      },
    },
  };
}
