/**
 * Astro integration: once the pages are written (`astro:build:done`), makes the EPUB edition
 * from the built one-page edition (/report/full/), writes it to routes.epub, and fills in its
 * size wherever a page links to it (src/components/EpubLink.astro), because the pages are
 * rendered before the book exists. Build-time only; runs before the search index so the
 * indexed pages carry the size too.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fromHtml } from 'hast-util-from-html';
import { site } from '../../lib/site.ts';
import { buildDate } from '../../lib/build-info.ts';
import { absoluteUrl, routes } from '../../lib/urls.ts';
import { chaptersFromFullEdition, navigation } from './chapters.ts';
import { epubFiles, zipEpub, type EpubMetadata } from './package.ts';
import { fillSizeLabels, SIZE_MARKER } from './size-label.ts';
import { outputPages } from '../output-files.ts';

export function epubMetadata(modified: Date = buildDate): EpubMetadata {
  return {
    identifier: absoluteUrl(routes.fullReport),
    title: site.name,
    creator: site.name,
    description: site.description,
    publisherNote: site.publisherNote,
    lang: site.lang,
    rights: site.licence.text,
    licenceUrl: site.licence.textUrl,
    siteUrl: absoluteUrl(routes.home),
    modified,
  };
}

/** Makes the EPUB from the full edition's built HTML. */
export async function makeEpub(fullEditionHtml: string, meta: EpubMetadata = epubMetadata()): Promise<Uint8Array> {
  const chapters = chaptersFromFullEdition(fromHtml(fullEditionHtml), site.siteUrl);
  const css = readFileSync(new URL('./epub.css', import.meta.url), 'utf8');
  return zipEpub(epubFiles(chapters, navigation(chapters), meta, css), meta.modified);
}

export default function epubEdition(): AstroIntegration {
  return {
    name: 'epub',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const out = fileURLToPath(dir);
        const book = await makeEpub(readFileSync(join(out, routes.fullReport, 'index.html'), 'utf8'));
        const target = join(out, routes.epub);
        mkdirSync(dirname(target), { recursive: true });
        writeFileSync(target, book);
        let labelled = 0;
        for (const page of outputPages(out, ['_astro', 'pagefind'])) {
          const file = join(out, page);
          // Looked for in the bytes: decoding every page to text first took as long again.
          const bytes = readFileSync(file);
          if (!bytes.includes(SIZE_MARKER)) continue;
          writeFileSync(file, fillSizeLabels(bytes.toString('utf8'), book.byteLength, file));
          labelled++;
        }
        logger.info(`wrote ${routes.epub} (${book.byteLength} bytes) and its size on ${labelled} pages in ${Math.round(performance.now() - started)} ms`);
      },
    },
  };
}
