import { describe, expect, it } from 'vitest';
import { readContent } from '../../lib/content/read.ts';
import { suggestionsModule, themeSuggestions } from './suggestions.ts';

describe('themeSuggestions', () => {
  it('lists the ten themes from the content, in theme order, with their pages', () => {
    const themes = themeSuggestions(readContent(process.cwd()).themes);
    expect(themes.map((t) => t.number)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(themes[3]).toEqual({ number: 4, title: 'Fluid careers', path: '/themes/fluid-careers/' });
  });
  it('sorts by number, not by file order', () => {
    const entries = [
      { file: 'content/themes/b.mdx', data: { number: 2, slug: 'b', title: 'B' } },
      { file: 'content/themes/a.mdx', data: { number: 1, slug: 'a', title: 'A' } },
    ];
    expect(themeSuggestions(entries).map((t) => t.path)).toEqual(['/themes/a/', '/themes/b/']);
  });
  it('names the file and field when one is missing', () => {
    expect(() => themeSuggestions([{ file: 'content/themes/x.mdx', data: { number: 1, slug: 'x' } }])).toThrow(/content\/themes\/x\.mdx › title/);
    expect(() => themeSuggestions([{ file: 'content/themes/y.mdx', data: { number: '1', slug: 'y', title: 'Y' } }])).toThrow(/y\.mdx › number/);
  });
});

describe('suggestionsModule', () => {
  it('is a module exporting the themes and the search path', async () => {
    const source = suggestionsModule([{ file: 'a.mdx', data: { number: 1, slug: 'a', title: 'A </script>' } }]);
    const module = (await import(`data:text/javascript,${encodeURIComponent(source)}`)) as { themes: unknown; searchPath: string };
    expect(module.themes).toEqual([{ number: 1, title: 'A </script>', path: '/themes/a/' }]);
    expect(module.searchPath).toBe('/search/');
  });
});
