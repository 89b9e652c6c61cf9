import { describe, expect, it } from 'vitest';
import { insertionLabel, insertionNote, insertionsIn, splitInsertions, withoutInsertions } from './editorial.ts';

const eight = 'The 21st Century Public Servant rejects heroic leadership in favour of distributed and collaborative models of [leadership]';

describe('editorial insertions', () => {
  it('splits a statement into the published text and the guide’s bracketed insertion', () => {
    expect(splitInsertions(eight)).toEqual([
      { text: 'The 21st Century Public Servant rejects heroic leadership in favour of distributed and collaborative models of ', insertion: false },
      { text: '[leadership]', insertion: true },
    ]);
    expect(splitInsertions('no brackets here')).toEqual([{ text: 'no brackets here', insertion: false }]);
  });
  it('gives the statement as published, ending “models of”, and the insertion separately', () => {
    expect(withoutInsertions(eight)).toBe('The 21st Century Public Servant rejects heroic leadership in favour of distributed and collaborative models of');
    expect(insertionsIn(eight)).toEqual(['[leadership]']);
    expect(insertionsIn('plain')).toEqual([]);
  });
  it('names an insertion starting with its visible text, and says it is the guide’s', () => {
    expect(insertionLabel('[leadership]')).toBe('[leadership], editorial insertion by this guide: see the note on the wording');
    expect(insertionNote(['[leadership]'])).toBe('[leadership] is this guide’s editorial insertion: see the note on the wording');
  });
});
