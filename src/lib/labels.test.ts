import { describe, expect, it } from 'vitest';
import { findingLabel, themeLabel, themeLabelPrefix, themePosition, themeSource, themeSourceCredit, wordingNote } from './labels.ts';

describe('labels', () => {
  it('name a theme by number and title, and read the same when split around the title', () => {
    const theme = { number: 5, title: 'Publicness and commerciality' };
    expect(themeLabel(theme)).toBe('Theme 5: Publicness and commerciality');
    expect(`${themeLabelPrefix(5)}${theme.title}`).toBe(themeLabel(theme));
  });
  it('place a theme among all of them', () => {
    expect(themePosition(5, 10)).toBe('Theme 5 of 10');
  });
  it('name a finding by its letter', () => {
    expect(findingLabel('B', 'Staff help to create the new values')).toBe('Finding B: Staff help to create the new values');
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
