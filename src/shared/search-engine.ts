/**
 * The search a reader gets, over Pagefind's JS API: never a dead end, forgiving of typos and of
 * plain-English words. The dialog, the /search/ page, the query test set and `npm run bench:search`
 * all search through `answer()`, so what the tests measure is what readers see.
 *
 * 1. The whole query, as Pagefind reads it (every word on one page).
 * 2. One search per word of the reader's, per alias of it (content/search/aliases.yaml) and, for
 *    a word found nowhere, per unambiguous correction from the site's own vocabulary. Pages are
 *    ranked by how many of the reader's words they match, then pages of search 1 before others,
 *    then by Pagefind's score. Aliases are separate searches, never added to the query (that
 *    would narrow it).
 * Result data (fragments) is fetched only for the results shown (`SearchHit.data`).
 *
 * Browser-safe: no imports outside src/shared, no DOM.
 */
import { normaliseQuery } from './search.ts';

/** The part of a Pagefind result the engine uses. */
export interface PagefindResult<D = unknown> {
  id: string;
  score: number;
  data(): Promise<D>;
}

/** The part of Pagefind's JS API the engine uses (the browser's pagefind.js and its Node instance both fit). */
export interface PagefindLike<D = unknown> {
  search(term: string, options?: { filters?: Record<string, unknown> }): Promise<{ results: PagefindResult<D>[] } | null>;
}

/** Alias key (a word or phrase, lower case) → words or phrases also searched. */
export type AliasTable = Readonly<Record<string, readonly string[]>>;

export interface SearchHelp {
  aliases?: AliasTable;
  /** The site's words, most frequent first; loaded only when a word matches nothing. */
  vocabulary?: () => Promise<readonly string[]>;
}

export interface SearchHit<D = unknown> {
  id: string;
  /** How many of the reader's words the page matches (alias and corrected words count for the word they stand for). */
  matched: number;
  /** Pagefind's score in the search that ranked it highest. */
  score: number;
  data(): Promise<D>;
}

export interface Correction {
  /** The word as typed. */
  word: string;
  /** Vocabulary words near it, nearest first (at most MAX_SUGGESTIONS). */
  options: string[];
  /** The one option that was also searched, when the meaning is unambiguous. */
  searched?: string;
}

export interface Answer<D = unknown> {
  query: string;
  hits: SearchHit<D>[];
  /** True when no page has all the reader's words (not counting common words) and the hits are pages with most of them. */
  partial: boolean;
  /** Reader's words found nowhere, even through an alias or a correction. */
  unmatched: string[];
  /** Alias words and phrases searched as well, in the order first used. */
  alsoSearched: string[];
  corrections: Correction[];
}

/** Words that never decide whether a page matches (a query of only these is searched as typed). */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  ('a an and are as at be but by can do does for from has have how i in into is it its my not of on or our ' +
    'should that the their there these this those to was we were what when where which who why will with you your').split(' '),
);

/** Typo suggestions listed at most. */
export const MAX_SUGGESTIONS = 3;

/** A word as the engine counts it: letters and digits, with inner hyphens and apostrophes ("silo-ed", "guide’s"). */
const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

/** The words of a text, lower case, in order (the vocabulary and the alias check read the site's text with it). */
export function textWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}

/** Words and quoted phrases of a query, lower case; quotes keep a phrase together. */
export function queryTerms(query: string): string[] {
  const terms: string[] = [];
  for (const match of query.toLowerCase().matchAll(/"([^"]+)"|([\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*)/gu)) {
    const term = (match[1] ?? match[2] ?? '').trim();
    if (term && !terms.includes(term)) terms.push(term);
  }
  return terms;
}

/** Levenshtein distance, stopping early once it exceeds `limit`. */
export function editDistance(a: string, b: string, limit = Infinity): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      current.push(value);
      best = Math.min(best, value);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** How far a typed word may be from a vocabulary word: 1, or 2 for words of 7 letters or more. */
export const typoLimit = (word: string) => (word.length >= 7 ? 2 : 1);

/**
 * Vocabulary words near `word`, nearest first (then most frequent, the vocabulary's order), and
 * the one to search when the meaning is unambiguous: a single word at the nearest distance.
 */
export function nearestWords(word: string, vocabulary: readonly string[]): Correction {
  const limit = typoLimit(word);
  const near: { word: string; distance: number; rank: number }[] = [];
  vocabulary.forEach((candidate, rank) => {
    if (candidate === word || candidate.length < 3) return;
    const distance = editDistance(word, candidate, limit);
    if (distance <= limit) near.push({ word: candidate, distance, rank });
  });
  near.sort((a, b) => a.distance - b.distance || a.rank - b.rank);
  const options = near.slice(0, MAX_SUGGESTIONS).map((n) => n.word);
  const nearest = near.filter((n) => n.distance === near[0]?.distance);
  return nearest.length === 1 ? { word, options, searched: nearest[0]!.word } : { word, options };
}

/** Alias targets for the reader's terms: a key matches a single term or a run of terms ("local authority"). */
export function aliasesFor(terms: readonly string[], aliases: AliasTable): Map<string, string[]> {
  const found = new Map<string, string[]>();
  const joined = ` ${terms.join(' ')} `;
  for (const [key, targets] of Object.entries(aliases)) {
    if (!joined.includes(` ${key} `)) continue;
    // The key stands for its first term (its other words are then counted as matched with it).
    const owner = terms.includes(key) ? key : terms.find((t) => key.split(' ').includes(t));
    if (!owner) continue;
    found.set(owner, [...(found.get(owner) ?? []), ...targets.filter((t) => t !== owner)]);
  }
  return found;
}

interface Tally<D> {
  result: PagefindResult<D>;
  words: Set<string>;
  score: number;
  whole: boolean;
}

/** Searches `raw` as described at the top of this file. `filters` is Pagefind's filter argument. */
export async function answer<D>(pagefind: PagefindLike<D>, raw: string, filters: Record<string, unknown> = {}, help: SearchHelp = {}): Promise<Answer<D>> {
  const query = normaliseQuery(raw);
  const empty: Answer<D> = { query, hits: [], partial: false, unmatched: [], alsoSearched: [], corrections: [] };
  if (!query) return empty;
  const search = async (term: string) => (await pagefind.search(term, { filters }))?.results ?? [];

  const terms = queryTerms(query);
  const content = terms.filter((t) => !COMMON_WORDS.has(t));
  const words = content.length ? content : terms;
  const whole = await search(query);
  if (words.length === 0) return { ...empty, hits: whole.map((r) => hit(r, 0, r.score)) };

  const aliasMap = aliasesFor(terms, help.aliases ?? {});
  const alsoSearched = [...new Set([...aliasMap.values()].flat())];
  // Each word of the reader's, alone, then its aliases (one search each, in parallel).
  const perWord = await Promise.all(words.map(async (word) => ({ word, results: words.length === 1 && !aliasMap.has(word) ? whole : await search(word) })));
  const perAlias = await Promise.all(
    [...aliasMap].flatMap(([word, targets]) => targets.map(async (target) => ({ word, results: await search(target.includes(' ') ? `"${target}"` : target) }))),
  );

  // A word with no page of its own and no alias page: look for it in the site's vocabulary.
  const corrections: Correction[] = [];
  const perCorrection: { word: string; results: PagefindResult<D>[] }[] = [];
  const missing = words.filter((w) => !perWord.some((p) => p.word === w && p.results.length) && !perAlias.some((p) => p.word === w && p.results.length));
  if (missing.length && help.vocabulary) {
    const vocabulary = await help.vocabulary();
    for (const word of missing) {
      if (word.includes(' ') || /\d/.test(word)) continue;
      const correction = nearestWords(word, vocabulary);
      if (!correction.options.length) continue;
      corrections.push(correction);
      if (correction.searched) perCorrection.push({ word, results: await search(correction.searched) });
    }
  }

  const tallies = new Map<string, Tally<D>>();
  const add = (word: string | null, result: PagefindResult<D>, isWhole: boolean) => {
    const tally = tallies.get(result.id) ?? { result, words: new Set<string>(), score: 0, whole: false };
    if (word) tally.words.add(word);
    if (isWhole) {
      tally.whole = true;
      for (const w of words) tally.words.add(w);
      tally.score = result.score; // the whole query's score ranks these pages among themselves
      tally.result = result;
    } else if (!tally.whole) tally.score += result.score;
    tallies.set(result.id, tally);
  };
  for (const result of whole) add(null, result, true);
  for (const { word, results } of [...perWord, ...perAlias, ...perCorrection]) for (const result of results) add(word, result, false);

  const ranked = [...tallies.values()].sort((a, b) => b.words.size - a.words.size || Number(b.whole) - Number(a.whole) || b.score - a.score);
  const unmatched = words.filter((w) => !ranked.some((t) => t.words.has(w)));
  const best = ranked[0]?.words.size ?? 0;
  return {
    query,
    hits: ranked.map((t) => hit(t.result, t.words.size, t.score)),
    partial: ranked.length > 0 && best < words.length,
    unmatched,
    alsoSearched,
    corrections,
  };
}

function hit<D>(result: PagefindResult<D>, matched: number, score: number): SearchHit<D> {
  return { id: result.id, matched, score, data: () => result.data() };
}

/** The one-line explanation above the results, or '' when the results need none. */
export function explain(answer: Pick<Answer, 'partial' | 'unmatched' | 'hits'>): string {
  if (!answer.hits.length) return '';
  const nowhere = answer.unmatched.length ? ` (no page has ${answer.unmatched.map((w) => `“${w}”`).join(' or ')})` : '';
  if (answer.partial) return `No page has all your words; showing pages with most of them${nowhere}.`;
  return nowhere ? `Showing pages with your other words${nowhere}.` : '';
}
