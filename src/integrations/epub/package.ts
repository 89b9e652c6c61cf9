/**
 * An EPUB 3 from chapters: the XHTML documents (hast, serialised as XML), the navigation
 * document, the package document with its EPUB Accessibility 1.1 metadata, and the zip
 * (JSZip: "mimetype" first and stored, the rest deflated, every file dated to the build so two
 * builds of the same content give the same bytes).
 */
import type { Element, ElementContent } from 'hast';
import { h } from 'hastscript';
import { toXast } from 'hast-util-to-xast';
import JSZip from 'jszip';
import type { Root as XastRoot } from 'xast';
import { toXml } from 'xast-util-to-xml';
import { x } from 'xastscript';
import { isoDate, longDate } from '../../lib/dates.ts';
import type { Chapter, NavEntry } from './chapters.ts';

export interface EpubMetadata {
  /** A stable identifier: the absolute URL of the one-page edition this e-book is made from. */
  identifier: string;
  title: string;
  /** Who stands as the author: the guide (it has no named author), as in its page citations. */
  creator: string;
  description: string;
  publisherNote: string;
  lang: string;
  rights: string;
  licenceUrl: string;
  /** The site's home page, linked from the title page. */
  siteUrl: string;
  /** The build date: dcterms:modified and the date on every file in the zip. */
  modified: Date;
}

/**
 * EPUB Accessibility 1.1 (https://www.w3.org/TR/epub-a11y-11/): the discovery metadata, true
 * of this book: text only (no images, audio or video), a navigation document, headings and
 * the reading order of the site, no flashing, sound or motion.
 */
export const ACCESSIBILITY = {
  accessMode: ['textual'],
  accessModeSufficient: ['textual'],
  accessibilityFeature: ['structuralNavigation', 'tableOfContents', 'readingOrder', 'displayTransformability'],
  accessibilityHazard: ['none'],
  accessibilitySummary:
    'Text only, with no images, audio or video. Every chapter has a heading structure and the navigation document lists every part, theme and section. The text is not fixed-layout, so readers can change the font, size and colours. Editorial insertions are in square brackets and the guide’s own readings are labelled, as on the web site.',
  conformsTo: 'EPUB Accessibility 1.1 - WCAG 2.2 Level AA',
  certifiedBy: 'the guide’s maintainers',
} as const;

export const STYLESHEET = 'styles.css';

const XHTML_PROLOGUE = '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n';

/** An XHTML document for an e-reader. */
export function xhtmlDocument(title: string, lang: string, body: ElementContent[], extra: { epubNav?: boolean } = {}): string {
  const tree = h('html', { xmlns: 'http://www.w3.org/1999/xhtml', lang, xmlLang: lang, ...(extra.epubNav ? { 'xmlns:epub': 'http://www.idpf.org/2007/ops' } : {}) }, [
    h('head', [h('meta', { charset: 'utf-8' }), h('title', title), h('link', { rel: 'stylesheet', type: 'text/css', href: STYLESHEET })]),
    h('body', body),
  ]);
  return XHTML_PROLOGUE + toXml(toXast(tree) as XastRoot, { closeEmptyElements: true }) + '\n';
}

function navList(entries: NavEntry[]): Element {
  return h(
    'ol',
    entries.map((entry) => h('li', [h('a', { href: entry.href }, entry.text), ...(entry.children.length ? [navList(entry.children)] : [])])),
  );
}

export function navDocument(entries: NavEntry[], meta: EpubMetadata): string {
  const nav = h('nav', { 'epub:type': 'toc', id: 'toc', role: 'doc-toc', ariaLabelledBy: 'toc-heading' }, [h('h1', { id: 'toc-heading' }, 'Contents'), navList(entries)]);
  return xhtmlDocument(`Contents — ${meta.title}`, meta.lang, [nav], { epubNav: true });
}

export function titlePage(meta: EpubMetadata): ElementContent[] {
  return [
    h('section', { ariaLabelledBy: 'book-title' }, [
      h('h1', { id: 'book-title' }, meta.title),
      h('p', meta.description),
      h('p', meta.publisherNote),
      h('p', ['This e-book is the guide’s one-page edition. Read it on the web, where each part has its own page: ', h('a', { href: meta.identifier }, meta.identifier), '.']),
      h('p', ['The guide’s home page: ', h('a', { href: meta.siteUrl }, meta.siteUrl), '.']),
      h('p', ['Made from this copy of the guide on ', h('time', { dateTime: isoDate(meta.modified) }, longDate(meta.modified)), '.']),
      h('p', [meta.rights, ' ', h('a', { href: meta.licenceUrl }, 'The CC BY 4.0 licence'), '.']),
    ]),
  ];
}

interface ManifestItem {
  id: string;
  href: string;
  mediaType: string;
  properties?: string;
}

export function packageDocument(meta: EpubMetadata, items: ManifestItem[], spine: string[]): string {
  const m = (property: string, value: string) => x('meta', { property }, value);
  const tree = x(null, [
    { type: 'instruction', name: 'xml', value: 'version="1.0" encoding="UTF-8"' },
    x(
      'package',
      { xmlns: 'http://www.idpf.org/2007/opf', version: '3.0', 'unique-identifier': 'pub-id', 'xml:lang': meta.lang, dir: 'ltr' },
      [
        x('metadata', { 'xmlns:dc': 'http://purl.org/dc/elements/1.1/' }, [
          x('dc:identifier', { id: 'pub-id' }, meta.identifier),
          x('dc:title', meta.title),
          x('dc:creator', meta.creator),
          x('dc:publisher', meta.creator),
          x('dc:language', meta.lang),
          x('dc:description', meta.description),
          x('dc:rights', meta.rights),
          x('dc:source', meta.identifier),
          m('dcterms:modified', meta.modified.toISOString().replace(/\.\d{3}Z$/, 'Z')),
          ...ACCESSIBILITY.accessMode.map((v) => m('schema:accessMode', v)),
          ...ACCESSIBILITY.accessModeSufficient.map((v) => m('schema:accessModeSufficient', v)),
          ...ACCESSIBILITY.accessibilityFeature.map((v) => m('schema:accessibilityFeature', v)),
          ...ACCESSIBILITY.accessibilityHazard.map((v) => m('schema:accessibilityHazard', v)),
          m('schema:accessibilitySummary', ACCESSIBILITY.accessibilitySummary),
          m('dcterms:conformsTo', ACCESSIBILITY.conformsTo),
          m('a11y:certifiedBy', ACCESSIBILITY.certifiedBy),
        ]),
        x(
          'manifest',
          items.map((item) => x('item', { id: item.id, href: item.href, 'media-type': item.mediaType, ...(item.properties ? { properties: item.properties } : {}) })),
        ),
        x('spine', spine.map((idref) => x('itemref', { idref }))),
      ],
    ),
  ]);
  return toXml(tree, { closeEmptyElements: true }) + '\n';
}

const CONTAINER = `<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles>
    <rootfile full-path="EPUB/package.opf" media-type="application/oebps-package+xml"/>
  </rootfiles>
</container>
`;

/** All the files of the book, by path inside the zip, in the order they are written. */
export function epubFiles(chapters: Chapter[], nav: NavEntry[], meta: EpubMetadata, css: string): Map<string, string> {
  const docs = [
    { id: 'title', href: 'title.xhtml', content: xhtmlDocument(meta.title, meta.lang, titlePage(meta)) },
    { id: 'nav', href: 'nav.xhtml', content: navDocument([{ href: 'title.xhtml', text: 'About this e-book', children: [] }, ...nav], meta), properties: 'nav' },
    ...chapters.map((ch) => ({ id: `c-${ch.file.replace(/\.xhtml$/, '')}`, href: ch.file, content: xhtmlDocument(`${ch.title} — ${meta.title}`, meta.lang, ch.body) })),
  ];
  const items: ManifestItem[] = [
    ...docs.map((doc) => ({ id: doc.id, href: doc.href, mediaType: 'application/xhtml+xml', ...(doc.properties ? { properties: doc.properties } : {}) })),
    { id: 'css', href: STYLESHEET, mediaType: 'text/css' },
  ];
  const files = new Map<string, string>([
    ['mimetype', 'application/epub+zip'],
    ['META-INF/container.xml', CONTAINER],
    ['EPUB/package.opf', packageDocument(meta, items, docs.map((doc) => doc.id))],
    [`EPUB/${STYLESHEET}`, css],
  ]);
  for (const doc of docs) files.set(`EPUB/${doc.href}`, doc.content);
  return files;
}

export async function zipEpub(files: Map<string, string>, date: Date): Promise<Uint8Array> {
  const zip = new JSZip();
  for (const [path, content] of files) {
    zip.file(path, content, { date, compression: path === 'mimetype' ? 'STORE' : 'DEFLATE', createFolders: false });
  }
  return zip.generateAsync({ type: 'uint8array', mimeType: 'application/epub+zip', compressionOptions: { level: 9 } });
}
