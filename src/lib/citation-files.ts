/**
 * Reference-manager files (RIS, BibTeX, CSL-JSON) for a report and for a page of this guide,
 * from the same records that make the APA, Harvard and BibTeX citations (src/lib/citations.ts),
 * so every format agrees. The .bib file is exactly the BibTeX shown on the page. RIS and
 * CSL-JSON are written from one CSL item per record; tests/build/citation-files.test.ts parses
 * every built file with citation.js and compares it with the record.
 */
import type { Report } from './content/schemas.ts';
import { bibtexPage, bibtexReport, type PageCitationInput } from './citations.ts';

type ReportRecord = Pick<Report, 'title' | 'authors' | 'corporateAuthors' | 'publisher' | 'institution' | 'place' | 'year' | 'datePublished' | 'bibtexKey' | 'links'>;

/** The formats, by file extension, with the media type a host should send. */
export const CITATION_FORMATS = {
  ris: { label: 'RIS', mediaType: 'application/x-research-info-systems' },
  bib: { label: 'BibTeX', mediaType: 'application/x-bibtex' },
  json: { label: 'CSL-JSON', mediaType: 'application/vnd.citationstyles.csl+json' },
} as const;
export type CitationFormat = keyof typeof CITATION_FORMATS;

type CslName = { family: string; given: string } | { literal: string };
type CslDate = { 'date-parts': [[number, ...number[]]] };

/** A CSL-JSON item (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html), the fields used here. */
export interface CslItem {
  id: string;
  type: 'report' | 'webpage';
  title: string;
  author: CslName[];
  issued: CslDate;
  accessed?: CslDate;
  publisher: string;
  'publisher-place'?: string;
  'container-title'?: string;
  URL: string;
}

const dayParts = (date: Date): CslDate => ({ 'date-parts': [[date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate()]] });

/** "2014-11-03" → [2014, 11, 3]; "2012-11" → [2012, 11]; none → the year. */
function publishedParts(report: ReportRecord): CslDate {
  const parts = (report.datePublished ?? String(report.year)).split('-').map(Number) as [number, ...number[]];
  return { 'date-parts': [parts] };
}

export function reportCsl(report: ReportRecord): CslItem {
  const url = report.links[0]?.url;
  if (!url) throw new Error(`Report ${report.bibtexKey}: a citation file needs a link`);
  return {
    id: report.bibtexKey,
    type: 'report',
    title: report.title,
    author: [...report.authors.map(({ family, given }) => ({ family, given })), ...report.corporateAuthors.map((literal) => ({ literal }))],
    issued: publishedParts(report),
    publisher: report.publisher,
    'publisher-place': report.place,
    URL: url,
  };
}

/** A page of the guide: the site stands as author and publisher, as in the page's APA and Harvard citations. */
export function pageCsl(page: PageCitationInput): CslItem {
  return {
    id: page.key,
    type: 'webpage',
    title: page.title,
    author: [{ literal: page.siteName }],
    issued: dayParts(page.date),
    accessed: dayParts(page.accessed),
    publisher: page.siteName,
    'container-title': page.siteName,
    URL: page.url,
  };
}

const RIS_TYPE: Record<CslItem['type'], string> = { report: 'RPRT', webpage: 'ELEC' };

/** RIS dates are "YYYY/MM/DD/" with empty parts left empty. */
function risDate(date: CslDate): string {
  const [year, month, day] = date['date-parts'][0];
  const two = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${year}/${two(month)}/${two(day)}/`;
}

export function risFromCsl(item: CslItem): string {
  const lines: [string, string][] = [['TY', RIS_TYPE[item.type]]];
  for (const name of item.author) lines.push(['AU', 'literal' in name ? name.literal : `${name.family}, ${name.given}`]);
  lines.push(['TI', item.title]);
  if (item['container-title']) lines.push(['T2', item['container-title']]);
  lines.push(['PY', String(item.issued['date-parts'][0][0])], ['DA', risDate(item.issued)]);
  if (item.accessed) lines.push(['Y2', risDate(item.accessed)]);
  lines.push(['PB', item.publisher]);
  if (item['publisher-place']) lines.push(['CY', item['publisher-place']]);
  lines.push(['UR', item.URL], ['ID', item.id], ['ER', '']);
  // RIS: a two-letter tag, two spaces, a hyphen, a space; CRLF line ends.
  return lines.map(([tag, value]) => `${tag}  - ${value}`).join('\r\n') + '\r\n';
}

export function cslJson(item: CslItem): string {
  return `${JSON.stringify([item], null, 2)}\n`;
}

export type CitableItem = { kind: 'report'; record: ReportRecord } | { kind: 'page'; record: PageCitationInput };

/** The file name stem: the item's BibTeX key. */
export const citationKey = (item: CitableItem): string => (item.kind === 'report' ? item.record.bibtexKey : item.record.key);

/**
 * biblatex (and so Zotero and citation.js) reads institution and address as lists split at
 * " and ": "Chartered Institute of Personnel and Development" would become two publishers. The
 * file braces such a name to keep it whole; the BibTeX shown on the page stays exactly the
 * worked example in content/sources/facts.md.
 */
const keepWhole = (name: string) => (/\sand\s/.test(name) ? `{${name}}` : name);

export function citationFile(item: CitableItem, format: CitationFormat): string {
  if (format === 'bib') {
    const entry = item.kind === 'report' ? bibtexReport({ ...item.record, institution: keepWhole(item.record.institution), place: keepWhole(item.record.place) }) : bibtexPage(item.record);
    return `${entry}\n`;
  }
  const csl = item.kind === 'report' ? reportCsl(item.record) : pageCsl(item.record);
  return format === 'ris' ? risFromCsl(csl) : cslJson(csl);
}
