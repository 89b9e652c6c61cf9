/**
 * Who said the words on a page. A quotation is marked in the HTML with QUOTE_BY (its speaker, as
 * the page credits it) and, where it comes from a source record, QUOTE_SOURCE (the record's id in
 * content/reports/); any other words of a reading page are the guide's own. Used at build time to
 * mark quotations and in the browser by "Copy quote with citation" (src/scripts/quote-link.ts).
 */

export const QUOTE_BY = 'data-quote-by';
export const QUOTE_SOURCE = 'data-quote-source';
/** An editorial insertion: the guide's words in square brackets inside a quotation. */
export const EDITORIAL_INSERTION = 'ins.editorial-insertion, [data-editorial-insertion]';

/** A dash and the speaker, as written under a quotation in content ("— Mark Rogers, …"). */
const ATTRIBUTION_LINE = /^\s*[—–]\s+(\S[\s\S]*)$/;

/** The speaker named by an attribution line under a quotation, or undefined if the text is not one. */
export function attributionFromLine(text: string): string | undefined {
  return ATTRIBUTION_LINE.exec(text)?.[1]?.replace(/\s+/g, ' ').trim();
}

/**
 * A CIPD / PPMA finding's speaker: the news item itself ("News item, 3 December 2012"), or a
 * person it quotes ("Ben Willmott, …"), credited as quoted in it. `newsItem` names the news item.
 */
export function findingSpeaker(attribution: string, newsItem: string): string {
  return /^news item\b/i.test(attribution) ? newsItem : `${attribution}, as quoted in the ${newsItem}`;
}

export interface QuoteCitationInput {
  /** The selected words, whole words only. */
  text: string;
  /** Each distinct speaker the selection touches, in order; the guide's own words are `guide`. */
  speakers: string[];
  /** How the guide is credited for its own words. */
  guide: string;
  /** Editorial insertions inside the selection ("[leadership]"). */
  insertions: string[];
  /** The page's own citation (Harvard), or its title and URL. */
  pageCitation: string;
  /** The text-fragment link to the passage. */
  link: string;
}

export type QuoteCitation = { ok: true; text: string } | { ok: false; message: string };

/** The selection in quotation marks, who said it, the page's citation and the link; or why it cannot be attributed to one speaker. */
export function quoteWithCitation(input: QuoteCitationInput): QuoteCitation {
  const words = input.text.replace(/\s+/g, ' ').trim();
  if (!words) return { ok: false, message: 'Select some words first.' };
  if (input.speakers.length !== 1) {
    const who = input.speakers.map((s) => (s === input.guide ? 'the guide' : s)).join('; and ');
    return {
      ok: false,
      message: `Not copied: the selection runs across words by more than one speaker (${who}). Select words from one of them to copy a quote with its citation.`,
    };
  }
  const [speaker] = input.speakers as [string];
  const lines = [`“${words}”`, `— ${speaker === input.guide ? `${input.guide} (the guide’s own words)` : `${speaker}, quoted on this page`}`];
  if (input.insertions.length) {
    lines.push(`${input.insertions.join(', ')}: square brackets mark an editorial insertion by the guide, not words from the source.`);
  }
  lines.push(`Cite as: ${input.pageCitation.replace(/\s+/g, ' ').trim()}`, `Passage: ${input.link}`);
  return { ok: true, text: lines.join('\n') };
}
