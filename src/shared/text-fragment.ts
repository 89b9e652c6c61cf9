/**
 * Quote links: a URL whose fragment names a passage of text (`#:~:text=…`, the URL Fragment
 * Text Directives spec), so the page opens with the passage highlighted. Plain functions,
 * used by src/scripts/quote-link.ts and tested beside this file.
 */

/** Words kept at each end of a long quotation (start,end form). */
const EDGE_WORDS = 4;
/** A quotation of up to this many words is written out in full. */
const FULL_WORDS = 8;

const WORD = /[\p{L}\p{N}]/u;

/** Percent-encodes a term; "-", "," and "&" are the directive's own syntax, so they are encoded too. */
export function encodeTextTerm(term: string): string {
  return encodeURIComponent(term).replace(/-/g, '%2D').replace(/,/g, '%2C').replace(/&/g, '%26');
}

const squash = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Drops a word cut in half at either end of a selection: text fragments match whole words,
 * so "ublic servant" (selected from the middle of "public") would not match.
 */
export function wholeWords(selected: string, charBefore = '', charAfter = ''): string {
  let text = selected;
  if (WORD.test(charBefore) && WORD.test(text.charAt(0))) text = text.replace(/^[\p{L}\p{N}]+/u, '');
  if (WORD.test(charAfter) && WORD.test(text.charAt(text.length - 1))) text = text.replace(/[\p{L}\p{N}]+$/u, '');
  return text.trim();
}

export interface QuoteContext {
  /** The text just before the quotation in its block: used as a prefix when the quotation is not unique. */
  before?: string;
  /** How often a term occurs on the page: a start term found more than once gets a prefix. */
  occurrences?: (term: string) => number;
}

/**
 * The text directive for a selected passage, e.g. ":~:text=ethos%20of%20publicness" or, for a
 * long or multi-paragraph passage, ":~:text=start%20words,end%20words". Returns undefined
 * when nothing quotable is selected.
 */
export function textDirective(selected: string, context: QuoteContext = {}): string | undefined {
  const blocks = selected
    .split(/\n+/)
    .map(squash)
    .filter(Boolean);
  if (blocks.length === 0) return undefined;
  const first = blocks[0] as string;
  const last = blocks.at(-1) as string;
  const words = blocks.join(' ').split(' ');
  let terms: string[];
  if (blocks.length === 1 && words.length <= FULL_WORDS) {
    terms = [first];
  } else {
    const start = first.split(' ').slice(0, EDGE_WORDS).join(' ');
    const end = last.split(' ').slice(-EDGE_WORDS).join(' ');
    terms = [start, end];
  }
  const ambiguous = (context.occurrences?.(terms[0] as string) ?? 1) > 1;
  const prefixWords = ambiguous ? squash(context.before ?? '').split(' ').filter(Boolean).slice(-3) : [];
  const prefix = prefixWords.length ? `${encodeTextTerm(prefixWords.join(' '))}-,` : '';
  return `:~:text=${prefix}${terms.map(encodeTextTerm).join(',')}`;
}

/**
 * A link to a quotation: the page's canonical URL, the id of the section it is in (so a browser
 * without text fragments still lands in the right section), and the text directive.
 */
export function quoteUrl(canonical: string, directive: string, sectionId?: string): string {
  const base = canonical.split('#')[0] as string;
  return `${base}#${sectionId ?? ''}${directive}`;
}
