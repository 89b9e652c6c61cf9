/**
 * The EPUB edition in dist/: valid by EPUBCheck (Debian's epubcheck package), accessible by its
 * metadata and structure, and the same content in the same order as the one-page edition.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { parse, type HTMLElement } from 'node-html-parser';
import { SHORT_RUN_JAVA_FLAGS } from '../support/java.ts';
import { DIST, page, text } from '../support/dist.ts';
import { ACCESSIBILITY } from '../../src/integrations/epub/package.ts';
import { fileSizeLabel } from '../../src/lib/full-edition.ts';
import { absoluteUrl, routes } from '../../src/lib/urls.ts';
import { readCollection } from '../../src/lib/content/read.ts';

const EPUBCHECK_JAR = '/usr/share/java/epubcheck.jar';
const epubPath = join(DIST, routes.epub);
const zip = await JSZip.loadAsync(readFileSync(epubPath));
const read = async (path: string) => {
  const file = zip.file(path);
  if (!file) throw new Error(`${path} is not in the EPUB`);
  return file.async('string');
};
// XML, not HTML: <meta> holds text here, so it is not a void element.
const opf = parse(await read('EPUB/package.opf'), { lowerCaseTagName: false, voidTag: { tags: [] } });
const spine = opf.querySelectorAll('itemref').map((ref) => opf.querySelector(`item[id="${ref.getAttribute('idref')}"]`)!.getAttribute('href')!);
const docs = new Map<string, HTMLElement>();
for (const href of spine) docs.set(href, parse(await read(`EPUB/${href}`)));
const nav = docs.get('nav.xhtml')!;
const chapters = spine.filter((href) => href !== 'nav.xhtml' && href !== 'title.xhtml');
const themes = readCollection(process.cwd(), 'themes')
  .map((entry) => entry.data)
  .sort((a, b) => a.number - b.number);

/** Paragraphs, list items, headings and table cells of the reading content, in order. */
const blocks = (root: HTMLElement) => root.querySelectorAll('p, li, h1, h2, h3, h4, h5, td, th, blockquote').map(text);

describe('the EPUB edition', () => {
  it('passes EPUBCheck with 0 errors and 0 warnings', () => {
    expect(existsSync(EPUBCHECK_JAR), `EPUBCheck is not installed: apt-get install epubcheck (${EPUBCHECK_JAR})`).toBe(true);
    const output = execFileSync('java', [...SHORT_RUN_JAVA_FLAGS, '-jar', EPUBCHECK_JAR, epubPath], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    expect(output).toMatch(/Messages: 0 fatals \/ 0 errors \/ 0 warnings/);
  }, 120_000);

  it('starts with an uncompressed mimetype file', async () => {
    expect(Object.keys(zip.files)[0]).toBe('mimetype');
    expect(await read('mimetype')).toBe('application/epub+zip');
  });

  it('carries EPUB Accessibility 1.1 metadata', () => {
    const values = (property: string) => opf.querySelectorAll(`meta[property="${property}"]`).map(text);
    expect(values('schema:accessMode')).toEqual([...ACCESSIBILITY.accessMode]);
    expect(values('schema:accessModeSufficient')).toEqual([...ACCESSIBILITY.accessModeSufficient]);
    expect(values('schema:accessibilityFeature')).toEqual(expect.arrayContaining(['structuralNavigation', 'tableOfContents', 'readingOrder']));
    expect(values('schema:accessibilityHazard')).toEqual(['none']);
    expect(values('schema:accessibilitySummary')[0]).toMatch(/square brackets/);
    expect(values('dcterms:conformsTo')).toEqual(['EPUB Accessibility 1.1 - WCAG 2.2 Level AA']);
    expect(values('a11y:certifiedBy')).toHaveLength(1);
  });

  it('is in British English, in the package and in every document', () => {
    expect(text(opf.querySelector('dc\\:language'))).toBe('en-GB');
    for (const [href, doc] of docs) expect(doc.querySelector('html')?.getAttribute('lang'), href).toBe('en-GB');
  });

  it('has a navigation document listing every part, every theme and every section of the one-page edition', () => {
    const navText = nav.querySelectorAll('a').map(text);
    for (const theme of themes) expect(navText).toContain(`Theme ${theme.number}: ${theme.title}`);
    const navTargets = new Set(nav.querySelectorAll('a').map((a) => a.getAttribute('href')!.split('#')[1]).filter(Boolean));
    const fullContents = page(routes.fullReport).querySelectorAll('nav[aria-labelledby="contents"] a');
    expect(fullContents.length).toBeGreaterThan(20);
    for (const a of fullContents) {
      const id = a.getAttribute('href')!.slice(1);
      // A part or theme is its own chapter: the nav links the file, whose heading carries the id.
      const chapter = chapters.find((href) => docs.get(href)!.querySelector('h1')?.id === id);
      expect(chapter ?? (navTargets.has(id) ? id : undefined), `#${id} (${text(a)}) in the EPUB's nav`).toBeDefined();
    }
    for (const theme of themes) {
      for (const section of ['in-brief', 'connections', 'questions']) expect(navTargets).toContain(`theme-${theme.number}-${section}`);
    }
  });

  it('has the same content in the same order as /report/full/', () => {
    const parts = page(routes.fullReport).querySelectorAll('[data-full-edition] .prose > section');
    const site = parts.flatMap(blocks);
    const book = chapters.flatMap((href) => blocks(docs.get(href)!));
    expect(site.length).toBeGreaterThan(100);
    expect(book).toEqual(site);
  });

  it('keeps the editorial marks and the guide’s-reading labels', () => {
    const theme8 = docs.get('theme-8.xhtml')!;
    // As on the site: the insertion is marked, and named for screen readers as the guide's (issue 11).
    const mark = theme8.querySelector('a.editorial-insertion');
    expect(mark?.querySelector('ins')?.textContent).toBe('[leadership]');
    expect(mark?.getAttribute('aria-label')).toMatch(/^\[leadership\], editorial insertion by this guide/);
    const labels = (root: HTMLElement) => root.querySelectorAll('em').map(text).filter((t) => /^The guide’s own|^Questions from this guide/.test(t));
    const siteLabels = page(routes.fullReport).querySelectorAll('[data-full-edition] .prose > section').flatMap(labels);
    expect(siteLabels.length).toBeGreaterThanOrEqual(themes.length * 3);
    expect(chapters.flatMap((href) => labels(docs.get(href)!))).toEqual(siteLabels);
  });

  it('links back to the site’s pages, and its own links resolve inside the book', () => {
    for (const theme of themes) {
      const hrefs = docs.get(`theme-${theme.number}.xhtml`)!.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(absoluteUrl(routes.theme(theme.slug)));
    }
    expect(docs.get('title.xhtml')!.querySelectorAll('a').map((a) => a.getAttribute('href'))).toContain(absoluteUrl(routes.fullReport));
    for (const [href, doc] of docs) {
      for (const a of doc.querySelectorAll('a')) {
        const target = a.getAttribute('href')!;
        expect(target, `${href}: ${target}`).not.toMatch(/^\/(?!\/)/);
        if (/^https?:/.test(target)) continue;
        const [file, id] = target.split('#');
        expect(docs.has(file!), `${href} links to ${file}`).toBe(true);
        if (id) expect(docs.get(file!)!.getElementById(id), `${href} links to ${target}`).not.toBeNull();
      }
    }
  });

  it('is linked with its size from the one-page edition, the report page and the about page', () => {
    const label = `EPUB, ${fileSizeLabel(statSync(epubPath).size)}`;
    for (const url of [routes.fullReport, routes.report, routes.about]) {
      const link = page(url).querySelector('a[data-epub-download]');
      expect(link?.getAttribute('href'), url).toBe(routes.epub);
      expect(text(page(url).querySelector('[data-epub-size]')), url).toBe(label);
    }
  });
});
