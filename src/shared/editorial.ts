/**
 * Editorial insertions: a part of a quoted text in square brackets is this guide's, not the
 * source's ("models of [leadership]" in theme 8). One place that finds them and says how they
 * are announced, for the statement component, the embed card, the preview image, open data and
 * the search results (browser code: no imports from the rest of src).
 */

export interface TextPart {
  text: string;
  /** Whether this part is an editorial insertion (it keeps its brackets). */
  insertion: boolean;
}

const INSERTION = /(\[[^\][]+\])/;

/** Splits a text into plain parts and bracketed insertions, in order; empty parts are dropped. */
export function splitInsertions(text: string): TextPart[] {
  return text
    .split(INSERTION)
    .filter(Boolean)
    .map((part) => ({ text: part, insertion: INSERTION.test(part) && part.startsWith('[') && part.endsWith(']') }));
}

/** The insertions in a text, brackets kept: ["[leadership]"]. */
export function insertionsIn(text: string): string[] {
  return splitInsertions(text)
    .filter((part) => part.insertion)
    .map((part) => part.text);
}

/** The text as published, without this guide's insertions: "…collaborative models of". */
export function withoutInsertions(text: string): string {
  return splitInsertions(text)
    .filter((part) => !part.insertion)
    .map((part) => part.text)
    .join('')
    .replace(/\s+/g, ' ')
    .trim();
}

/** What a screen reader hears before an insertion, and what excerpts and previews say it is. */
export const INSERTION_WORDS = 'editorial insertion';

/** The accessible name of a marked insertion, starting with its visible text: "[leadership], editorial insertion by this guide: see the note on the wording". */
export function insertionLabel(insertion: string): string {
  return `${insertion}, ${INSERTION_WORDS} by this guide: see the note on the wording`;
}

/** Where a link cannot go (a preview image), a line saying what the insertions are: "[leadership] is this guide’s editorial insertion: see the note on the wording". */
export function insertionNote(insertions: readonly string[]): string {
  const verb = insertions.length === 1 ? 'is this guide’s editorial insertion' : 'are this guide’s editorial insertions';
  return `${insertions.join(', ')} ${verb}: see the note on the wording`;
}

/** The id of a theme's note on the wording, on its page (the full edition prefixes it). */
export const WORDING_NOTE_ID = 'wording';
