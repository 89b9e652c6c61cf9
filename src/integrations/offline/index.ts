/**
 * Astro integration: after the search index is written, adds the web app manifest and the
 * service worker (service-worker.ts) to the built site. One job: the offline copy.
 */
import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { downloadSize, webManifest, WEB_MANIFEST, writeDownloadSize, writeServiceWorker } from './service-worker.ts';
import { site } from '../../lib/site.ts';
import { palette } from '../../styles/tokens.ts';

export default function offlineCopy(): AstroIntegration {
  return {
    name: 'offline-copy',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const siteDir = fileURLToPath(dir);
        writeFileSync(join(siteDir, WEB_MANIFEST), webManifest({ ...site, themeColor: site.themeColor.light, background: palette.light.page }));
        await writeDownloadSize(siteDir, site.basePath);
        const { count, size } = await writeServiceWorker(siteDir, site.basePath);
        logger.info(`offline copy: sw.js precaches ${count} files, ${downloadSize(size)}`);
      },
    },
  };
}
