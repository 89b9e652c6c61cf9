/**
 * The search a reader gets, over Pagefind's JS API: never a dead end, forgiving of typos and of
 * plain-English words. The dialog, the /search/ page, the query test set and `npm run bench:search`
 * all search through `answer()`, so what the tests measure is what readers see.
 *
 * 1. The whole query, as Pagefind reads it (every word on one page). If it finds pages and no
 *    word has an alias, that is the answer, in Pagefind's order.
 * 2. Otherwise one search per word of the reader's, per alias of it (content/search/aliases.yaml) and, for
 *    a word found nowhere, per unambiguous correction from the site's own vocabulary. Pages are
 *    ranked by how many of the reader's words they match (a page of search 1 matches them all; a
 *    word matched only through an alias counts half), then by the sum of their best Pagefind
 *    score for each word (aliases' scores also at half weight).
 *    Aliases are separate searches, never added to the query (that would narrow it).
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
  /** The reader's words that count (common words left out unless the query has nothing else). */
  words: string[];
  hits: SearchHit<D>[];
  /** True when no page has all the reader's words (not counting common words) and the hits are pages with most of them. */
  partial: boolean;
  /** Reader's words found nowhere, even through an alias or a correction. */
  unmatched: string[];
  /** Alias words and phrases searched as well, in the order first used. */
  alsoSearched: string[];
  corrections: Correction[];
}

/**
 * Words that never decide whether a page matches (a query of only these is searched as typed):
 * function words, including prepositions and particles ("between", "down" in "breaking down
 * silos between departments"), which nearly every page has and which say nothing of its subject.
 */
export const COMMON_WORDS: ReadonlySet<string> = new Set(
  ('a about across after an and are as at be before between but by can do does down for from has have how i in into is it its my ' +
    'not of off on or our out over should that the their there these this those through to under up was we were what when where ' +
    'which who why will with within you your').split(' '),
);

/** Words shorter than this get no suggestions. */
export const MIN_CORRECTED_LENGTH = 5;

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
 * Vocabulary words near `word` (within typoLimit), nearest first (then most frequent, the
 * vocabulary's order), and the one to search when the meaning is unambiguous: every near word
 * is a form of the nearest one (one word, or "careers" and "career"), and the nearest is not the
 * typed word with two of its letters left out. Typing two letters too many is a rare slip; a
 * different word is the likelier reading ("officers" is not a misspelt "offers"), so such a
 * correction is only suggested, never searched in the reader's place.
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
  // One meaning: every near word is a form of the nearest (careers, career; organisation, organisations).
  const head = near[0]?.word ?? '';
  const formOf = (a: string, b: string) => a.startsWith(b.slice(0, Math.max(4, b.length - 2)));
  const oneMeaning = near.length > 0 && near.every((n) => formOf(n.word, head) || formOf(head, n.word));
  const slip = near[0] !== undefined && !(near[0].distance === 2 && word.length === head.length + 2);
  return oneMeaning && slip ? { word, options, searched: head } : { word, options };
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
  /** Each of the reader's words the page matches → its best (weighted) score for that word. */
  words: Map<string, number>;
  /** Each matched word → 1 if the page has it (or its correction), ALIAS_WEIGHT if only an alias. */
  strength: Map<string, number>;
  whole: boolean;
}

/** Searches `raw` as described at the top of this file. `filters` is Pagefind's filter argument. */
export async function answer<D>(pagefind: PagefindLike<D>, raw: string, filters: Record<string, unknown> = {}, help: SearchHelp = {}): Promise<Answer<D>> {
  const query = normaliseQuery(raw);
  const empty: Answer<D> = { query, words: [], hits: [], partial: false, unmatched: [], alsoSearched: [], corrections: [] };
  if (!query) return empty;
  const search = async (term: string) => (await pagefind.search(term, { filters }))?.results ?? [];

  const terms = queryTerms(query);
  const content = terms.filter((t) => !COMMON_WORDS.has(t));
  const words = content.length ? content : terms;
  const whole = await search(query);
  if (words.length === 0) return { ...empty, words, hits: whole.map((r) => hit(r, 0, r.score)) };

  const aliasMap = aliasesFor(terms, help.aliases ?? {});
  // Some page has every word and none has an alias: Pagefind's own ranking, nothing more to search
  // (unless a single word's pages show only a different word, which the vocabulary may correct).
  if (whole.length && !aliasMap.size && (terms.length > 1 || (await foundAsTyped(words[0]!, whole[0]!)))) {
    return { ...empty, words, hits: whole.map((r) => hit(r, words.length, r.score)) };
  }
  const alsoSearched = [...new Set([...aliasMap.values()].flat())].filter((target) => !terms.includes(target));
  // Each word of the reader's, alone, then its aliases (one search each, in parallel).
  const perWord: Searched<D>[] = await Promise.all(words.map(async (word) => ({ word, results: terms.length === 1 ? whole : await search(word), weight: 1 })));
  const perAlias: Searched<D>[] = await Promise.all(
    [...aliasMap].flatMap(([word, targets]) =>
      targets.map(async (target) => ({ word, results: await search(target.includes(' ') ? `"${target}"` : target), weight: ALIAS_WEIGHT })),
    ),
  );

  // A word with no page of its own and no alias page, or whose best page matches only a different
  // word (Pagefind falls back to shorter prefixes: "comercial" finds "come"), is looked up in the
  // site's vocabulary; an unambiguous correction replaces its own results.
  const corrections: Correction[] = [];
  const perCorrection: Searched<D>[] = [];
  const replaced = new Set<string>();
  const missing: string[] = [];
  for (const searchedWord of perWord) {
    const { word, results } = searchedWord;
    const viaAlias = perAlias.some((p) => p.word === word && p.results.length);
    const asTyped = results.length > 0 && (await foundAsTyped(word, results[0]!));
    if (!results.length ? !viaAlias : !viaAlias && !asTyped) missing.push(word);
    // Pages that show only a different word ("teamwork" finds "teams") count for less than an alias.
    if (results.length && !asTyped && viaAlias) searchedWord.weight = LOOSE_WEIGHT;
  }
  if (missing.length && help.vocabulary) {
    const vocabulary = await help.vocabulary();
    for (const word of missing) {
      // Short words have too many neighbours to suggest any usefully ("cope": copy, come, code).
      if (word.length < MIN_CORRECTED_LENGTH || word.includes(' ') || /\d/.test(word)) continue;
      const correction = nearestWords(word, vocabulary);
      if (!correction.options.length) continue;
      corrections.push(correction);
      if (correction.searched) {
        perCorrection.push({ word, results: await search(correction.searched), weight: 1 });
        replaced.add(word);
      }
    }
  }

  const tallies = new Map<string, Tally<D>>();
  const ownWeight = (w: string) => perWord.find((p) => p.word === w)?.weight ?? 1;
  for (const result of whole) tallies.set(result.id, { result, words: new Map(words.map((w) => [w, 0])), strength: new Map(words.map((w) => [w, ownWeight(w)])), whole: true });
  const searched: Searched<D>[] = [...perWord.filter((p) => !replaced.has(p.word)), ...perAlias, ...perCorrection];
  for (const { word, results, weight } of searched) {
    for (const result of results) {
      const tally = tallies.get(result.id) ?? { result, words: new Map<string, number>(), strength: new Map<string, number>(), whole: false };
      tally.words.set(word, Math.max(tally.words.get(word) ?? 0, result.score * weight));
      tally.strength.set(word, Math.max(tally.strength.get(word) ?? 0, weight));
      tallies.set(result.id, tally);
    }
  }
  // Pages with every word (search 1) score by their per-word searches too, so all pages compare on one scale.
  const scoreOf = (t: Tally<D>) => [...t.words.values()].reduce((a, b) => a + b, 0) || t.result.score;
  const matchOf = (t: Tally<D>) => [...t.strength.values()].reduce((a, b) => a + b, 0);
  const ranked = [...tallies.values()].sort((a, b) => matchOf(b) - matchOf(a) || scoreOf(b) - scoreOf(a));
  const unmatched = words.filter((w) => !ranked.some((t) => t.words.has(w)));
  const best = ranked[0]?.words.size ?? 0;
  return {
    query,
    words,
    hits: ranked.map((t) => hit(t.result, t.words.size, scoreOf(t))),
    partial: ranked.length > 0 && best < words.length,
    unmatched,
    alsoSearched,
    corrections,
  };
}

/** Alias matches count for the word they stand for, at this share of their score. */
export const ALIAS_WEIGHT = 0.5;
/** A word's own pages that show only a different word (Pagefind's prefix fallback) count at this share, when the word has an alias. */
export const LOOSE_WEIGHT = 0.25;

interface Searched<D> {
  word: string;
  results: PagefindResult<D>[];
  weight: number;
}

/**
 * Whether a page Pagefind found for `word` shows the word itself (or a form of it: the same first
 * letters, as stemming keeps them) among its highlighted words, not a different word that only
 * shares a short prefix with it.
 */
async function foundAsTyped(word: string, result: PagefindResult<unknown>): Promise<boolean> {
  if (word.length < 5 || word.includes(' ')) return true;
  const data = (await result.data()) as { excerpt?: string; sub_results?: { excerpt?: string }[] };
  const excerpts = [data.excerpt ?? '', ...(data.sub_results ?? []).map((s) => s.excerpt ?? '')].join(' ');
  const marked = [...excerpts.matchAll(/<mark>([^<]*)<\/mark>/g)].flatMap((m) => textWords(m[1] ?? ''));
  if (!marked.length) return true;
  const stem = word.slice(0, Math.max(4, word.length - 3));
  return marked.some((m) => m.startsWith(stem));
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
