/**
 * How the site names a theme, a finding and the source of the theme statements: one function
 * each, used by pages, links, the connections map, previews, embeds and citations alike.
 */

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

/** A finding by its letter on the connections map: "Finding B: Staff help to create the new values". */
export function findingLabel(letter: string, title: string): string {
  return `Finding ${letter}: ${title}`;
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
