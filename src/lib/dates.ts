/**
 * Dates as the site writes them, all in UTC (content dates are calendar days): the one place
 * that turns a Date into words or into a machine-readable day.
 */
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The day's parts, for formats that order them their own way (APA: "November 26, 2026"). */
export function dateParts(date: Date): { year: number; month: string; day: number } {
  return { year: date.getUTCFullYear(), month: MONTHS[date.getUTCMonth()] as string, day: date.getUTCDate() };
}

/** "26 November 2026", as British sources write dates. */
export function longDate(date: Date): string {
  const { year, month, day } = dateParts(date);
  return `${day} ${month} ${year}`;
}

/** "2026-11-26": for <time datetime>, JSON-LD, open data and BibTeX. */
export function isoDate(date: Date): string {
  return date.toISOString().slice(0, 10);
}
