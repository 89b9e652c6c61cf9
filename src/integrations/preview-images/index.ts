/**
 * Astro integration: the link-preview images (/og/….png, one per page; see the page registry,
 * src/lib/pages.ts). When a build is set up a child process, at the lowest priority, starts
 * reading the cards from the content and drawing them, so satori and sharp work while a core
 * would otherwise wait during Vite's compile and Astro's rendering, and neither is loaded into
 * the build's own process; `astro:build:done` writes them into the output. Keep it
 * before host-config in the integrations list (host-config lists the output's top-level folders).
 * In `astro dev` the same images are drawn on request.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fork } from 'node:child_process';
import { setPriority } from 'node:os';
import { previewImagePath } from '../../lib/pages.ts';
import { siteCards } from './cards.ts';

interface Image {
  path: string;
  png: Uint8Array;
}

/** What the cards say about the site: its name (in the cards' text), short name (beside the mark) and home page's URL (printed as its address). */
export interface PreviewSite {
  siteName: string;
  shortName: string;
  homeUrl: string;
}

/**
 * Draws the images in a child process rather than a worker thread: libvips (sharp) keeps the memory
 * it used in the process it ran in, so in a worker it stayed in the build's process until the end,
 * where the build's memory peaks; a child process gives it back when it exits, early in the build.
 */
function drawInChild(root: string, site: PreviewSite): Promise<Image[]> {
  // Advanced serialisation carries the PNGs as bytes rather than as JSON arrays of numbers.
  const child = fork(fileURLToPath(new URL('./render-worker.ts', import.meta.url)), { serialization: 'advanced', stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  // At the lowest priority, it draws when a core would otherwise wait, not in the build's place:
  // Astro's start-up and Vite's compile keep both cores busy (docs/performance.md). Only a speed-up:
  // a system that refuses the change draws at normal priority.
  try {
    if (child.pid !== undefined) setPriority(child.pid, 19);
  } catch {
    // Left at normal priority.
  }
  child.send({ root, siteName: site.siteName, shortName: site.shortName, homeUrl: site.homeUrl });
  return new Promise((resolve, reject) => {
    child.once('message', (reply: { images: Image[] } | { error: string }) => ('error' in reply ? reject(new Error(reply.error)) : resolve(reply.images)));
    child.once('error', (error) => reject(new Error(`Preview images could not be drawn: ${error.stack ?? error.message}`, { cause: error })));
    child.once('exit', (code) => reject(new Error(`Preview images: the drawing process stopped (exit code ${code}) before it finished`)));
  });
}

export default function previewImages(site: PreviewSite): AstroIntegration {
  let root = process.cwd();
  let base = '/';
  let drawing: Promise<Image[]> | undefined;
  return {
    name: 'preview-images',
    hooks: {
      'astro:config:setup': ({ config, command }) => {
        root = fileURLToPath(config.root);
        base = config.base.endsWith('/') ? config.base : `${config.base}/`;
        // Drawing starts as soon as the build's settings are known (the content is checked by
        // then: content-guard comes first), a second before Astro syncs the content and Vite
        // starts, so a small site's build no longer waits for it at the end (docs/performance.md).
        if (command === 'build') {
          drawing = drawInChild(root, site);
          // A failure is reported in astro:build:done; until then, keep it from counting as unhandled.
          drawing.catch(() => {});
        }
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (!drawing) throw new Error('Preview images: astro:config:setup did not start drawing them (was this a build?)');
        const images = await drawing;
        const outDir = fileURLToPath(dir);
        for (const { path, png } of images) {
          const file = join(outDir, path);
          mkdirSync(dirname(file), { recursive: true });
          writeFileSync(file, png);
        }
        logger.info(`wrote ${images.length} preview images`);
      },
      'astro:server:setup': ({ server }) => {
        server.middlewares.use(async (request, response, next) => {
          const path = request.url?.split('?')[0] ?? '';
          if (!path.startsWith(`${base}og/`) || !path.endsWith('.png')) return next();
          try {
            const card = siteCards(root, site.siteName).find((candidate) => previewImagePath(candidate.path) === `/${path.slice(base.length)}`);
            if (!card) return next();
            const { displayAddress, renderPreview } = await import('../../lib/preview-image.ts');
            response.setHeader('Content-Type', 'image/png');
            response.end(await renderPreview(card, site.shortName, displayAddress(site.homeUrl)));
          } catch (error) {
            next(error);
          }
        });
      },
    },
  };
}
