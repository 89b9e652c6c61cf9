import { describe, expect, it } from 'vitest';
import { buildPreviews } from './previews.ts';

const themes = [
  { number: 1, slug: 'one', title: 'One', statement: 'The first statement', editorial: 'Complete.', related: ['f'] },
  { number: 2, slug: 'two', title: 'Two', statement: 'Distributed models of [leadership]', editorial: 'The last word is the guide’s insertion.', related: ['f'] },
];
const findings = [{ id: 'f', order: 1, kind: 'comment' as const, title: 'A finding', quote: 'Quoted words.', attribution: 'Ben Willmott, CIPD', related: [1, 2] }];
const previews = buildPreviews(themes, findings, { themeSource: 'The Report, A and B, 2014', findingSource: 'CIPD / PPMA report' });

describe('buildPreviews', () => {
  it('keys each preview as the connections map keys its nodes', () => {
    expect(Object.keys(previews)).toEqual(['theme-1', 'theme-2', 'finding-f']);
  });
  it('gives a theme its position, title, statement as published and source line', () => {
    expect(previews['theme-1']).toEqual({ kicker: 'Theme 1 of 2', title: 'One', quote: ['The first statement'], source: 'The Report, A and B, 2014' });
  });
  it('keeps an editorial insertion apart, in its brackets, with the note on the wording', () => {
    expect(previews['theme-2']?.quote).toEqual(['Distributed models of ', { insertion: '[leadership]' }]);
    expect(previews['theme-2']?.note).toBe('The last word is the guide’s insertion.');
  });
  it('gives a finding its letter on the map, its quotation and who said it', () => {
    expect(previews['finding-f']).toEqual({ kicker: 'Finding A · CIPD / PPMA report', title: 'A finding', quote: ['Quoted words.'], source: 'Ben Willmott, CIPD' });
  });
});
