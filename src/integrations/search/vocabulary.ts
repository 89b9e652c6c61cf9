/**
 * The vocabulary the search loads when a word matches nothing, to suggest the nearest words of
 * the site's own ("Did you mean entrepreneur?"): the indexed text's words of three letters or
 * more, without digits, most frequent first (the engine prefers the commoner of two equally near words).
 */
/** `words`: the indexed text's words, as textWords (src/shared/search-engine.ts) reads them. */
export function vocabulary(words: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of words) {
    if (word.length < 3 || /\d/.test(word)) continue;
    counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([word]) => word);
}
