/**
 * The reference-manager files in dist/cite/: every file linked from "Cite this page" exists, and
 * citation.js (the parser reference tools share) reads each one back as the record it was made
 * from: title, authors, date, publisher and URL.
 */
import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-ris';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-csl';
import { DIST, builtPages, meta, page } from '../support/dist.ts';
import { readCollection } from '../../src/lib/content/read.ts';
import { reportSummaryCiteTitle, themeLabel } from '../../src/lib/labels.ts';
import { pageCitationInput } from '../../src/lib/page-citation.ts';
import { absoluteUrl, routes } from '../../src/lib/urls.ts';
import { isoDate } from '../../src/lib/dates.ts';
import { CITATION_FORMATS, type CitationFormat } from '../../src/lib/citation-files.ts';

interface Expected {
  title: string;
  authors: string[];
  /** Date parts as precise as the format carries: BibTeX has the year only. */
  date: number[];
  publisher: string | undefined;
  url: string | undefined;
}
type Csl = { title?: string; author?: { literal?: string; family?: string; given?: string }[]; issued?: { 'date-parts': number[][] }; publisher?: string; URL?: string };

const formats = Object.keys(CITATION_FORMATS) as CitationFormat[];
const root = process.cwd();
const reports = readCollection(root, 'reports').map((entry) => entry.data);
const pages = readCollection(root, 'pages');
const pageData = (id: string) => pages.find((entry) => entry.id === id)!.data;
const citablePages = [
  { path: routes.report, title: reportSummaryCiteTitle(pageData('report').title), reviewed: pageData('report').reviewed },
  { path: routes.leadership, title: pageData('leadership').title, reviewed: pageData('leadership').reviewed },
  ...readCollection(root, 'themes').map(({ data }) => ({ path: routes.theme(data.slug), title: themeLabel(data), reviewed: data.reviewed })),
].map(pageCitationInput);

const dayParts = (date: Date) => [date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()];

/** What each file must say, by file name. */
const expected = new Map<string, Expected>();
for (const report of reports) {
  const people = report.authors.map((a) => `${a.given} ${a.family}`);
  const authors = [...people, ...report.corporateAuthors];
  const published = (report.datePublished ?? String(report.year)).split('-').map(Number);
  const url = report.links[0]!.url;
  expected.set(`${report.bibtexKey}.ris`, { title: report.title, authors, date: published, publisher: report.publisher, url });
  expected.set(`${report.bibtexKey}.json`, { title: report.title, authors, date: published, publisher: report.publisher, url });
  // The BibTeX entry is the worked example: institution as publisher, the year, no URL.
  expected.set(`${report.bibtexKey}.bib`, { title: report.title, authors, date: [report.year], publisher: report.institution, url: undefined });
}
for (const record of citablePages) {
  const common = { title: record.title, authors: [record.siteName], url: record.url };
  expected.set(`${record.key}.ris`, { ...common, date: dayParts(record.date), publisher: record.siteName });
  expected.set(`${record.key}.json`, { ...common, date: dayParts(record.date), publisher: record.siteName });
  // @misc has no publisher field; the site stands as author.
  expected.set(`${record.key}.bib`, { ...common, date: [record.date.getUTCFullYear()], publisher: undefined });
}

function parsed(file: string): Csl {
  const items = new Cite(readFileSync(join(DIST, 'cite', file), 'utf8')).data as Csl[];
  expect(items, file).toHaveLength(1);
  return items[0]!;
}
const nameOf = (name: NonNullable<Csl['author']>[number]) => name.literal ?? [name.given, name.family].filter(Boolean).join(' ');

describe('reference-manager files', () => {
  const files = readdirSync(join(DIST, 'cite')).sort();

  it('are built for every report record and every page with "Cite this page", in RIS, BibTeX and CSL-JSON', () => {
    expect(files).toEqual([...expected.keys()].sort());
    expect(files).toHaveLength((reports.length + citablePages.length) * formats.length);
  });

  it.each([...expected.keys()])('%s reads back as its record', (file) => {
    const want = expected.get(file)!;
    const item = parsed(file);
    expect(item.title).toBe(want.title);
    expect(item.author?.map(nameOf)).toEqual(want.authors);
    expect(item.issued?.['date-parts'][0]).toEqual(want.date);
    expect(item.publisher).toBe(want.publisher);
    expect(item.URL).toBe(want.url);
  });

  it('are linked from "Cite this page", for the report and for the page, in each format', () => {
    const citing = builtPages().filter((url) => page(url).querySelector('#cite'));
    expect(citing).toHaveLength(citablePages.length);
    for (const url of citing) {
      const links = page(url).querySelectorAll('.cite-this a[href^="/cite/"]');
      expect(links.map((a) => a.getAttribute('href')!.split('.').pop()), url).toEqual([...formats, ...formats]);
      for (const a of links) expect(existsSync(join(DIST, a.getAttribute('href')!)), `${url} → ${a.getAttribute('href')}`).toBe(true);
      const key = citablePages.find((record) => record.url.endsWith(url))!.key;
      expect(links.slice(formats.length).map((a) => a.getAttribute('href'))).toEqual(formats.map((f) => routes.citationFile(key, f)));
    }
  });
});

describe('Dublin Core tags: a reference manager captures a page as a web page of the guide', () => {
  it.each(citablePages.map((record) => [new URL(record.url).pathname, record] as const))('%s', (url, record) => {
    const root = page(url);
    expect(meta(root, 'DC.title')).toBe(record.title);
    expect(meta(root, 'DC.creator')).toBe(record.siteName);
    expect(meta(root, 'DC.identifier')).toBe(absoluteUrl(url));
    expect(meta(root, 'DC.date')).toBe(isoDate(record.date));
    // Never the report's own title or authors: a summary must not be captured as the report.
    expect(reports.map((r) => r.title)).not.toContain(meta(root, 'DC.title'));
    expect(root.querySelectorAll('meta').filter((m) => (m.getAttribute('name') ?? '').startsWith('citation_'))).toHaveLength(0);
  });
});
