import { describe, expect, it } from 'vitest';
import { buildPreviews } from './previews.ts';

const themes = [
  { number: 1, slug: 'one', title: 'One', statement: 'The first statement', editorial: 'Complete.', related: ['f'] },
  { number: 2, slug: 'two', title: 'Two', statement: 'Distributed models of [leadership]', editorial: 'The last word is the guide’s insertion.', related: ['f'] },
];
const findings = [{ id: 'f', order: 1, title: 'A finding', quote: 'Quoted words.', attribution: 'Ben Willmott, CIPD', related: [1, 2] }];
const previews = buildPreviews(themes, findings, { themeSource: 'The Report, A and B, 2014', findingSource: 'CIPD / PPMA report' });

describe('buildPreviews', () => {
  it('keys each preview by the route its links point at', () => {
    expect(Object.keys(previews)).toEqual(['/themes/one/', '/themes/two/', '/leadership/#f']);
  });
  it('gives a theme its position, title, statement as published and source line', () => {
    expect(previews['/themes/one/']).toEqual({ kicker: 'Theme 1 of 2', title: 'One', quote: ['The first statement'], source: 'The Report, A and B, 2014' });
  });
  it('keeps an editorial insertion apart, in its brackets, with the note on the wording', () => {
    expect(previews['/themes/two/']?.quote).toEqual(['Distributed models of ', { insertion: '[leadership]' }]);
    expect(previews['/themes/two/']?.note).toBe('The last word is the guide’s insertion.');
  });
  it('gives a finding its letter on the map, its quotation and who said it', () => {
    expect(previews['/leadership/#f']).toEqual({ kicker: 'Finding A · CIPD / PPMA report', title: 'A finding', quote: ['Quoted words.'], source: 'Ben Willmott, CIPD' });
  });
});
