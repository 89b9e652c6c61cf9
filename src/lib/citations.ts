/**
 * Citations in APA 7, Harvard (Cite Them Right) and BibTeX, for the two reports (from their
 * records in content/reports/, defined once), for the news item the 2012 quotations come from
 * (content/news-items/) and for a page of this guide (its URL, with the build date as the date
 * accessed). The worked examples in content/sources/facts.md are the
 * expected output for the reports; src/lib/citations.test.ts checks them character for character.
 *
 * A formatted citation is a list of parts, some in italics, so the same citation can be
 * shown in HTML, copied as plain text or rich text, and compared with the Markdown examples.
 */
import type { NewsItem, Report } from './content/schemas.ts';
import { dateParts, isoDate, longDate } from './dates.ts';

export type CitationPart = string | { italic: string };
export type Citation = CitationPart[];

type ReportRecord = Pick<Report, 'title' | 'authors' | 'corporateAuthors' | 'publisher' | 'institution' | 'place' | 'year' | 'bibtexKey'>;
type NewsItemRecord = Pick<NewsItem, 'publisher' | 'date' | 'url' | 'describedAs' | 'bibtexKey'>;

export interface PageCitationInput {
  /** The page's title as it should be cited, e.g. "Theme 4: Fluid careers". */
  title: string;
  /** Absolute URL of the page. */
  url: string;
  /** The name of the site, which stands as the author (the guide has no named author). */
  siteName: string;
  /** The date the page was last reviewed: its date of publication for a citation. */
  date: Date;
  /** The date the page was accessed: the date this copy of the site was built. */
  accessed: Date;
  /** A BibTeX key, e.g. "cpsguide-themes-fluid-careers". */
  key: string;
}

/** "C." for Catherine, "J.-P." for Jean-Paul, "M. A." for Mary Ann. */
export function initials(given: string): string {
  return given
    .trim()
    .split(/\s+/)
    .map((name) =>
      name
        .split('-')
        .map((part) => `${part.charAt(0).toUpperCase()}.`)
        .join('-'),
    )
    .join(' ');
}

/**
 * Sentence case for a title: the first word and any word in capitals or with an inner capital
 * (INLOGOV, HR, McKinsey) keep their case; other words are lower-cased. After a colon, APA 7
 * capitalises the next word and Cite Them Right does not. A title with proper nouns that are
 * ordinary capitalised words would need them listed here; the two reports have none.
 */
export function sentenceCase(title: string, afterColon: 'upper' | 'lower'): string {
  let startOfTitle = true;
  let afterColonMark = false;
  return title
    .split(/(\s+)/)
    .map((token) => {
      if (/^\s+$/.test(token) || token === '') return token;
      const letters = token.replace(/[^A-Za-z]/g, '');
      const keep = letters.length > 1 && (letters === letters.toUpperCase() || /[a-z][A-Z]/.test(letters));
      let word = keep ? token : token.toLowerCase();
      if (startOfTitle || (afterColonMark && afterColon === 'upper')) word = word.charAt(0).toUpperCase() + word.slice(1);
      startOfTitle = false;
      afterColonMark = token.endsWith(':');
      return word;
    })
    .join('');
}

function personApa(person: { given: string; family: string }): string {
  return `${person.family}, ${initials(person.given)}`;
}

/** APA 7 author list: "A, & B"; "A, B, & C"; with 21 or more, the first 19, an ellipsis and the last. */
function apaAuthors(report: ReportRecord): string {
  const people = report.authors.map(personApa);
  const names = [...people, ...report.corporateAuthors];
  if (names.length === 1) return names[0] as string;
  if (names.length > 20) return `${names.slice(0, 19).join(', ')}, . . . ${names.at(-1)}`;
  // Inverted personal names carry commas, so APA puts a comma before the ampersand;
  // the worked example for two bodies joins them with a bare "&".
  const beforeAmpersand = people.length > 0 || names.length > 2 ? ', & ' : ' & ';
  return `${names.slice(0, -1).join(', ')}${beforeAmpersand}${names.at(-1)}`;
}

/** Cite Them Right author list: "A and B"; "A, B and C". */
function harvardAuthors(report: ReportRecord): string {
  const names = [...report.authors.map(personApa), ...report.corporateAuthors];
  if (names.length === 1) return names[0] as string;
  return `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}

const withFullStop = (text: string) => (text.endsWith('.') ? text : `${text}.`);

export function apaReport(report: ReportRecord): Citation {
  return [`${withFullStop(apaAuthors(report))} (${report.year}). `, { italic: sentenceCase(report.title, 'upper') }, `. ${withFullStop(report.publisher)}`];
}

export function harvardReport(report: ReportRecord): Citation {
  return [
    `${harvardAuthors(report)} (${report.year}) `,
    { italic: sentenceCase(report.title, 'lower') },
    `. ${report.place}: ${withFullStop(report.publisher)}`,
  ];
}

/** Escapes BibTeX's special characters and writes dashes the TeX way. */
export function bibtexEscape(text: string): string {
  return text
    .replace(/\\/g, '\\textbackslash{}')
    .replace(/([&%$#_])/g, '\\$1')
    .replace(/—/g, '---')
    .replace(/–/g, '--');
}

function bibtexEntry(type: string, key: string, fields: [string, string][]): string {
  const width = Math.max(...fields.map(([name]) => name.length));
  const lines = fields.map(([name, value]) => `  ${name.padEnd(width)} = {${value}}`);
  return `@${type}{${key},\n${lines.join(',\n')}\n}`;
}

export function bibtexReport(report: ReportRecord): string {
  const authors = [
    ...report.authors.map((person) => `${bibtexEscape(person.family)}, ${bibtexEscape(person.given)}`),
    // Braces keep a body's name whole, so BibTeX does not split it into first and last names.
    ...report.corporateAuthors.map((body) => `{${bibtexEscape(body)}}`),
  ];
  return bibtexEntry('techreport', report.bibtexKey, [
    ['author', authors.join(' and ')],
    ['title', bibtexEscape(report.title)],
    ['institution', bibtexEscape(report.institution)],
    ['address', bibtexEscape(report.place)],
    ['year', String(report.year)],
  ]);
}

/**
 * The news item has no headline in the sources, so a description in square brackets stands
 * in its place (APA 7 for an untitled work), naming the report it is about by its title in
 * italics: "[News item on the CIPD and PPMA report *Leading culture change: …*]".
 */
function newsItemDescription(item: NewsItemRecord, report: Pick<Report, 'title'>, afterColon: 'upper' | 'lower'): Citation {
  return [`[${item.describedAs} `, { italic: sentenceCase(report.title, afterColon) }, ']'];
}

/** APA 7, news website whose author is the site (so the site's name is not repeated): "PublicNet. (2012, December 3). [Description]. URL" */
export function apaNewsItem(item: NewsItemRecord, report: Pick<Report, 'title'>): Citation {
  const date = dateParts(item.date);
  return [`${withFullStop(item.publisher)} (${date.year}, ${date.month} ${date.day}). `, ...newsItemDescription(item, report, 'upper'), `. ${item.url}`];
}

/**
 * Cite Them Right, news website: "PublicNet (2012) [Description], 3 December. Available at: URL."
 * The date the reader accessed it is theirs to add (CiteThis says so): this guide cannot vouch for it.
 */
export function harvardNewsItem(item: NewsItemRecord, report: Pick<Report, 'title'>): Citation {
  const date = dateParts(item.date);
  return [`${item.publisher} (${date.year}) `, ...newsItemDescription(item, report, 'lower'), `, ${date.day} ${date.month}. Available at: ${item.url}.`];
}

export function bibtexNewsItem(item: NewsItemRecord, report: Pick<Report, 'title'>): string {
  return bibtexEntry('misc', item.bibtexKey, [
    ['author', `{${bibtexEscape(item.publisher)}}`],
    ['title', `[${bibtexEscape(item.describedAs)} \\emph{${bibtexEscape(report.title)}}]`],
    ['howpublished', bibtexEscape(item.publisher)],
    ['year', String(item.date.getUTCFullYear())],
    ['date', isoDate(item.date)],
    ['url', item.url],
  ]);
}

/** APA 7 for a web page whose author is the site: "Site. (2026, November 24). *Title*. Retrieved November 26, 2026, from URL" */
export function apaPage(page: PageCitationInput): Citation {
  const date = dateParts(page.date);
  const accessed = dateParts(page.accessed);
  return [
    `${withFullStop(page.siteName)} (${date.year}, ${date.month} ${date.day}). `,
    { italic: page.title },
    `. Retrieved ${accessed.month} ${accessed.day}, ${accessed.year}, from ${page.url}`,
  ];
}

/** Cite Them Right for a web page: "Site (2026) *Title*. Available at: URL (Accessed: 26 November 2026)." */
export function harvardPage(page: PageCitationInput): Citation {
  return [`${page.siteName} (${page.date.getUTCFullYear()}) `, { italic: page.title }, `. Available at: ${page.url} (Accessed: ${longDate(page.accessed)}).`];
}

export function bibtexPage(page: PageCitationInput): string {
  return bibtexEntry('misc', page.key, [
    ['author', `{${bibtexEscape(page.siteName)}}`],
    ['title', bibtexEscape(page.title)],
    ['year', String(page.date.getUTCFullYear())],
    ['url', page.url],
    ['urldate', isoDate(page.accessed)],
    ['note', `Accessed ${longDate(page.accessed)}`],
  ]);
}

export function citationText(citation: Citation): string {
  return citation.map((part) => (typeof part === 'string' ? part : part.italic)).join('');
}

export function citationMarkdown(citation: Citation): string {
  return citation.map((part) => (typeof part === 'string' ? part : `*${part.italic}*`)).join('');
}

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function citationHtml(citation: Citation): string {
  return citation.map((part) => (typeof part === 'string' ? escapeHtml(part) : `<i>${escapeHtml(part.italic)}</i>`)).join('');
}

export interface CitationSet {
  apa: Citation;
  harvard: Citation;
  bibtex: string;
}

export function reportCitations(report: ReportRecord): CitationSet {
  return { apa: apaReport(report), harvard: harvardReport(report), bibtex: bibtexReport(report) };
}

export function newsItemCitations(item: NewsItemRecord, report: Pick<Report, 'title'>): CitationSet {
  return { apa: apaNewsItem(item, report), harvard: harvardNewsItem(item, report), bibtex: bibtexNewsItem(item, report) };
}

export function pageCitations(page: PageCitationInput): CitationSet {
  return { apa: apaPage(page), harvard: harvardPage(page), bibtex: bibtexPage(page) };
}

/** A BibTeX key for a page of the guide, from its path: "/themes/fluid-careers/" → "cpsguide-themes-fluid-careers". */
export function pageBibtexKey(path: string): string {
  const slug = path.replace(/^\/+|\/+$/g, '').replace(/[^a-z0-9]+/gi, '-').toLowerCase();
  return slug ? `cpsguide-${slug}` : 'cpsguide';
}
