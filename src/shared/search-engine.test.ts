import { describe, expect, it } from 'vitest';
import { aliasesFor, answer, editDistance, explain, nearestWords, queryTerms, type PagefindLike } from './search-engine.ts';

/** A tiny stand-in for Pagefind: each page is a set of words; a search needs every word on one page. */
function fakePagefind(pages: Record<string, string>): PagefindLike<{ url: string }> & { searches: string[] } {
  const searches: string[] = [];
  return {
    searches,
    async search(term) {
      searches.push(term);
      const wanted = term.toLowerCase().replace(/"/g, '').split(/\s+/).filter(Boolean);
      const results = Object.entries(pages)
        .filter(([, text]) => wanted.every((w) => text.split(' ').includes(w)))
        .map(([url, text]) => ({ id: url, score: wanted.reduce((n, w) => n + text.split(' ').filter((t) => t === w).length, 0), data: async () => ({ url, excerpt: wanted.map((w) => `<mark>${w}</mark>`).join(' ') }) }));
      return { results };
    },
  };
}

const site = fakePagefind({
  '/austerity/': 'permanent austerity spending cuts austerity austerity',
  '/skills/': 'generic skills skills technical expertise',
  '/careers/': 'fluid careers careers moving',
  '/council/': 'council local municipal',
});

describe('answer', () => {
  it('returns pages with most of the words when no page has them all, and says so', async () => {
    const result = await answer(site, 'cuts and austerity in councils');
    expect(result.hits[0]?.id).toBe('/austerity/');
    expect(result.partial).toBe(true);
    expect(result.unmatched).toEqual(['councils']);
    expect(explain(result)).toBe('No page has all your words; showing pages with most of them (no page has “councils”).');
  });
  it('ranks pages by how many of the words they match, then by score', async () => {
    const result = await answer(site, 'technical skills careers');
    expect(result.hits.map((h) => [h.id, h.matched])).toEqual([['/skills/', 2], ['/careers/', 1]]);
  });
  it('never dead-ends on common words', async () => {
    const result = await answer(site, 'what is the careers');
    expect(result.hits.map((h) => h.id)).toEqual(['/careers/']);
    expect(result.partial).toBe(false);
    expect(explain(result)).toBe('');
  });
  it('does not let prepositions decide the ranking ("down", "between" are on nearly every page)', async () => {
    const pages = fakePagefind({
      '/organisations/': 'silos departments',
      '/careers/': 'silos departments down between',
    });
    const result = await answer(pages, 'breaking down silos between departments');
    expect(result.words).toEqual(['breaking', 'silos', 'departments']);
    // Both pages have the two words that say what the reader wants; neither wins on "down" or "between".
    expect(result.hits.map((h) => h.matched)).toEqual([2, 2]);
  });
  it('searches aliases as separate searches, never adding them to the query, and says so', async () => {
    const result = await answer(site, 'cuts councils', {}, { aliases: { councils: ['local', 'municipal'] } });
    expect(result.alsoSearched).toEqual(['local', 'municipal']);
    expect(site.searches).not.toContain('cuts councils local');
    expect(result.hits.map((h) => h.id).sort()).toEqual(['/austerity/', '/council/']);
    expect(result.unmatched).toEqual([]);
  });
  it('counts a word matched only through an alias as half a word', async () => {
    const result = await answer(site, 'careers councils', {}, { aliases: { careers: ['local'] } });
    // /careers/ has "careers" itself; /council/ only its alias, and no page has "councils".
    expect(result.hits[0]?.id).toBe('/careers/');
  });
  it('counts pages that show only a different word (Pagefind’s prefix fallback) below an alias match', async () => {
    const page = (url: string, word: string, score: number) => ({ id: url, score, data: async () => ({ url, excerpt: `<mark>${word}</mark>` }) });
    const prefixOnly: PagefindLike<{ url: string }> = {
      async search(term) {
        if (term === 'teamwork') return { results: [page('/teams/', 'teams', 3)] };
        if (term === 'collaborative') return { results: [page('/leadership/', 'collaborative', 1)] };
        return { results: [] };
      },
    };
    const withAlias = await answer(prefixOnly, 'teamwork', {}, { aliases: { teamwork: ['collaborative'] } });
    expect(withAlias.hits.map((h) => h.id)).toEqual(['/leadership/', '/teams/']);
    // With no alias the prefix match is all there is, and it is still shown.
    expect((await answer(prefixOnly, 'teamwork')).hits.map((h) => h.id)).toEqual(['/teams/']);
  });
  it('corrects a word found nowhere from the vocabulary, loading it only then', async () => {
    let loaded = 0;
    const vocabulary = async () => (loaded++, ['careers', 'career', 'austerity', 'skills']);
    await answer(site, 'careers', {}, { vocabulary });
    expect(loaded).toBe(0);
    const result = await answer(site, 'carreers', {}, { vocabulary });
    expect(loaded).toBe(1);
    expect(result.corrections).toEqual([{ word: 'carreers', options: ['careers', 'career'], searched: 'careers' }]);
    expect(result.hits.map((h) => h.id)).toEqual(['/careers/']);
  });
  it('only suggests when the near words mean different things', async () => {
    const result = await answer(site, 'fluidd', {}, { vocabulary: async () => ['fluid', 'fluids', 'flood'] });
    expect(result.corrections[0]?.searched).toBe('fluid');
    const ambiguous = await answer(site, 'bount', {}, { vocabulary: async () => ['count', 'mount'] });
    expect(ambiguous.corrections).toEqual([{ word: 'bount', options: ['count', 'mount'] }]);
    expect(ambiguous.hits).toEqual([]);
  });
  it('answers empty and hostile queries without an error', async () => {
    for (const raw of ['', '   ', '<img src=x onerror=alert(1)>', 'z'.repeat(10_000), 'مرحبا بالعالم', '🦄🦄🦄']) {
      const result = await answer(site, raw);
      expect(Array.isArray(result.hits)).toBe(true);
    }
  });
});

describe('helpers', () => {
  it('splits a query into words and quoted phrases', () => {
    expect(queryTerms('Silo-ed "pooled expertise" guide’s HR')).toEqual(['silo-ed', 'pooled expertise', 'guide’s', 'hr']);
  });
  it('measures edit distance, stopping early past the limit', () => {
    expect(editDistance('carreers', 'careers')).toBe(1);
    expect(editDistance('entreprenuer', 'entrepreneur')).toBe(2);
    expect(editDistance('abc', 'xyzxyz', 1)).toBe(2);
  });
  it('allows distance 1, or 2 for words of seven letters or more', () => {
    expect(nearestWords('comercial', ['commercial', 'commerciality']).searched).toBe('commercial');
    expect(nearestWords('sklls', ['skills']).searched).toBe('skills');
    expect(nearestWords('sklis', ['skills']).options).toEqual([]);
  });
  it('only suggests a correction that drops two letters the reader typed (likely a different word)', () => {
    // "officers" is a word of its own: the reader is offered "offers", not shown its pages instead.
    expect(nearestWords('officers', ['offers'])).toEqual({ word: 'officers', options: ['offers'] });
    expect(nearestWords('entreprenuer', ['entrepreneur']).searched).toBe('entrepreneur');
    expect(nearestWords('permaustarity', ['permaausterity']).searched).toBe('permaausterity');
  });
  it('finds alias keys of one word or several', () => {
    expect([...aliasesFor(['local', 'authority', 'cuts'], { 'local authority': ['council'], cuts: ['austerity'] })]).toEqual([
      ['local', ['council']],
      ['cuts', ['austerity']],
    ]);
  });
});
