/**
 * How the site names a theme, a finding and the source of the theme statements: one function
 * each, used by pages, links, the connections map, previews, embeds and citations alike.
 */
import type { FindingKind } from './content/schemas.ts';

/** What search results call a section that is the guide's own reading (a theme's In brief, Connections, Questions). */
export const GUIDE_READING_LABEL = 'The guide’s reading';

/** A theme by number and short title: "Theme 5: Publicness and commerciality". */
export function themeLabel(theme: { number: number; title: string }): string {
  return `${themeLabelPrefix(theme.number)}${theme.title}`;
}

/** The words before the title in a theme's label ("Theme 5: "), for lists that show only the title and read out the rest. */
export function themeLabelPrefix(number: number): string {
  return `Theme ${number}: `;
}

/** Where a theme sits among all of them: "Theme 5 of 10". */
export function themePosition(number: number, total: number): string {
  return `Theme ${number} of ${total}`;
}

/**
 * The words for each kind of passage in the 2012 news item (the `kind` field of
 * content/findings/): its name ("Reported finding"), the heading its passages are listed under
 * on /leadership/, and what a link to one adds after its title. Every label of a kind comes
 * from here, through findingKindLabel.
 */
const FINDING_KIND_WORDS: Record<FindingKind, { name: string; plural: string; heading: string; link: string }> = {
  'reported-finding': {
    name: 'Reported finding',
    plural: 'reported findings',
    heading: 'What the news item reports',
    link: 'a finding the news item reports',
  },
  call: { name: 'Call', plural: 'calls', heading: 'The news item’s opening call', link: 'the news item’s call' },
  comment: { name: 'Comment', plural: 'comments', heading: 'The comment it quotes', link: 'a comment the news item quotes' },
};

export type FindingKindForm = keyof (typeof FINDING_KIND_WORDS)[FindingKind];

/** A kind of passage in words: ("reported-finding") → "Reported finding"; ("call", "heading") → "The news item’s opening call". */
export function findingKindLabel(kind: FindingKind, form: FindingKindForm = 'name'): string {
  return FINDING_KIND_WORDS[kind][form];
}

/** A passage by its kind and letter on the connections map: "Reported finding B: Chief executives’ priority…". */
export function findingLabel(letter: string, finding: { title: string; kind: FindingKind }): string {
  return `${findingKindLabel(finding.kind)} ${letter}: ${finding.title}`;
}

/** A link to a passage: its title, then what it is: "A new model of values-based leadership (the news item’s call)". */
export function findingLinkText(finding: { title: string; kind: FindingKind }): string {
  return `${finding.title} (${findingKindLabel(finding.kind, 'link')})`;
}

/** A small count in words, as prose writes it: 5 → "five"; 11 and above stay figures. */
export function numberInWords(n: number): string {
  return ['no', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'][n] ?? String(n);
}

/** How many of each kind, in words: "one call, three reported findings and one comment" (in the order given). */
export function findingKindsSummary(kinds: readonly FindingKind[]): string {
  const counts = new Map<FindingKind, number>();
  for (const kind of kinds) counts.set(kind, (counts.get(kind) ?? 0) + 1);
  const parts = [...counts].map(([kind, n]) => `${numberInWords(n)} ${n === 1 ? findingKindLabel(kind).toLowerCase() : findingKindLabel(kind, 'plural')}`);
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}

/**
 * The source of every theme statement, the INLOGOV report:
 * "The 21st Century Public Servant, Needham and Mangan, INLOGOV, 2014".
 * `credit` is the report's credit line (creditLine in src/lib/content/collections.ts).
 */
export function themeSource(report: { title: string; year: number }, credit: string): string {
  return `${report.title}, ${themeSourceCredit(report, credit)}`;
}

/** The same source after its title ("Needham and Mangan, INLOGOV, 2014"), where the title is set apart in <cite>. */
export function themeSourceCredit(report: { year: number }, credit: string): string {
  return `${credit}, INLOGOV, ${report.year}`;
}

/**
 * The note on a statement's wording, when there is something to flag: a theme whose statement
 * is complete in the announcement post (editorial "Complete in …") needs none.
 */
export function wordingNote(editorial: string): string | undefined {
  return /^Complete in\b/.test(editorial.trim()) ? undefined : editorial;
}

/** The report page's title as it is cited: "Report summary: The 21st Century Public Servant". */
export function reportSummaryCiteTitle(pageTitle: string): string {
  return `Report summary: ${pageTitle}`;
}
