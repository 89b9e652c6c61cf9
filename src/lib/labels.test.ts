import { describe, expect, it } from 'vitest';
import { FINDING_KINDS } from './content/schemas.ts';
import { findingKindLabel, findingKindsSummary, findingLabel, findingLinkText, themeLabel, themeLabelPrefix, themePosition, themeSource, themeSourceCredit, wordingNote } from './labels.ts';

describe('labels', () => {
  it('name a theme by number and title, and read the same when split around the title', () => {
    const theme = { number: 5, title: 'Publicness and commerciality' };
    expect(themeLabel(theme)).toBe('Theme 5: Publicness and commerciality');
    expect(`${themeLabelPrefix(5)}${theme.title}`).toBe(themeLabel(theme));
  });
  it('place a theme among all of them', () => {
    expect(themePosition(5, 10)).toBe('Theme 5 of 10');
  });
  it('name a passage of the news item by its letter and its kind', () => {
    expect(findingLabel('B', { title: 'Chief executives’ priority', kind: 'reported-finding' })).toBe('Reported finding B: Chief executives’ priority');
    expect(findingLabel('A', { title: 'A new model', kind: 'call' })).toBe('Call A: A new model');
  });
  it('give every kind in the schema its own name, heading and link words', () => {
    for (const form of ['name', 'plural', 'heading', 'link'] as const) {
      const words = FINDING_KINDS.map((kind) => findingKindLabel(kind, form));
      expect(new Set(words).size, form).toBe(FINDING_KINDS.length);
    }
    expect(findingKindLabel('reported-finding', 'heading')).toBe('What the news item reports');
    expect(findingLinkText({ title: 'A new model', kind: 'call' })).toBe('A new model (the news item’s call)');
  });
  it('count the kinds in words', () => {
    expect(findingKindsSummary(['call', 'reported-finding', 'reported-finding', 'reported-finding', 'comment'])).toBe('one call, three reported findings and one comment');
    expect(findingKindsSummary(['comment'])).toBe('one comment');
  });
  it('cite the INLOGOV report as the source of the statements', () => {
    const report = { title: 'The 21st Century Public Servant', year: 2014 };
    expect(themeSource(report, 'Needham and Mangan')).toBe('The 21st Century Public Servant, Needham and Mangan, INLOGOV, 2014');
    expect(themeSourceCredit(report, 'Needham and Mangan')).toBe('Needham and Mangan, INLOGOV, 2014');
  });
  it('flag a statement’s wording only when it is not complete as published', () => {
    expect(wordingNote('Complete in the announcement post of 3 November 2014.')).toBeUndefined();
    const note = 'Every public copy of the list found stops at “models of”.';
    expect(wordingNote(note)).toBe(note);
  });
});
