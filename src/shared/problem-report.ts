/**
 * "Report a problem with this page": a link to the publisher's contact (SITE_CONTACT_URL)
 * prefilled with the page, the section and the selected words. For a mailto: contact, a subject
 * and a body; for a web form, the query parameters `page`, `title`, `section` and `text`
 * (documented in the README). Used by src/components/ReportProblem.astro and, for a selected
 * passage, by src/scripts/quote-link.ts.
 */

/** At most this many characters of the selection go into the report. */
export const MAX_SELECTION = 500;

export interface ProblemReport {
  /** The page's permanent URL. */
  pageUrl: string;
  pageTitle: string;
  /** The id of the section the selection is in. */
  section?: string | undefined;
  /** The selected words. */
  selection?: string | undefined;
}

/** The selection, squashed and cut to MAX_SELECTION characters (ending "…" when cut). */
export function cappedSelection(text: string): string {
  const squashed = text.replace(/\s+/g, ' ').trim();
  return squashed.length <= MAX_SELECTION ? squashed : `${squashed.slice(0, MAX_SELECTION - 1).trimEnd()}…`;
}

export function problemReportUrl(contact: string, report: ProblemReport): string {
  const selection = report.selection ? cappedSelection(report.selection) : '';
  const section = report.section ? `${report.pageUrl.split('#')[0]}#${report.section}` : '';
  if (contact.startsWith('mailto:')) {
    const body = [
      `Page: ${report.pageUrl}`,
      ...(section ? [`Section: ${section}`] : []),
      ...(selection ? [`Selected text: “${selection}”`] : []),
      '',
      'What is wrong:',
      '',
    ].join('\r\n');
    const query = `subject=${encodeURIComponent(`Problem with a page: ${report.pageTitle}`)}&body=${encodeURIComponent(body)}`;
    return `${contact}${contact.includes('?') ? '&' : '?'}${query}`;
  }
  const url = new URL(contact);
  url.searchParams.set('page', report.pageUrl);
  url.searchParams.set('title', report.pageTitle);
  if (section) url.searchParams.set('section', section);
  if (selection) url.searchParams.set('text', selection);
  return url.href;
}
