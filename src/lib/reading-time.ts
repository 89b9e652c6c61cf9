/**
 * Reading time for a page, counted from the HTML a reader actually gets: the words of its
 * text, at an unhurried 200 words a minute, rounded up to whole minutes.
 */
export const WORDS_PER_MINUTE = 200;

/** The readable text of an HTML fragment: no tags, no scripts or styles, entities as spaces. */
export function textOf(html: string): string {
  return html
    .replace(/<(script|style|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&[#a-z0-9]+;/gi, ' ');
}

export function countWords(html: string): number {
  return textOf(html).match(/[\p{L}\p{N}][\p{L}\p{N}’'.,:-]*/gu)?.length ?? 0;
}

/** Whole minutes to read, at least one. */
export function readingMinutes(html: string, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countWords(html) / wordsPerMinute));
}

export function readingTimeLabel(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? '' : 's'} to read`;
}
