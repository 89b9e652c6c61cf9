import { describe, expect, it } from 'vitest';
import { encodeTextTerm, quoteUrl, textDirective, wholeWords } from './text-fragment.ts';

describe('text fragments for quote links', () => {
  it('writes a short passage out in full, percent-encoded', () => {
    expect(textDirective('an ethos of publicness')).toBe(':~:text=an%20ethos%20of%20publicness');
  });
  it('encodes the directive syntax characters in a term', () => {
    expect(encodeTextTerm('silo-ed, fluid & supportive')).toBe('silo%2Ded%2C%20fluid%20%26%20supportive');
  });
  it('uses the first and last words of a long passage', () => {
    const passage = 'The key word is “combines”. The statement does not ask the public servant to choose between the two.';
    expect(textDirective(passage)).toBe(`:~:text=${encodeTextTerm('The key word is')},${encodeTextTerm('choose between the two.')}`);
  });
  it('takes the start from the first paragraph and the end from the last', () => {
    expect(textDirective('What does it mean?\n\nWhere does a commercial way of thinking help')).toBe(
      `:~:text=${encodeTextTerm('What does it mean?')},${encodeTextTerm('way of thinking help')}`,
    );
  });
  it('adds a prefix of up to three words when the passage occurs more than once', () => {
    expect(textDirective('public servant', { occurrences: () => 2, before: 'In plain words, it describes a ' })).toBe(
      ':~:text=it%20describes%20a-,public%20servant',
    );
  });
  it('adds no prefix when the start of the passage is unique', () => {
    const seen: string[] = [];
    const occurrences = (term: string) => (seen.push(term), 1);
    expect(textDirective('The key word is “combines”. The statement does not ask the public servant', { occurrences, before: 'x y z' })).toBe(
      `:~:text=${encodeTextTerm('The key word is')},${encodeTextTerm('ask the public servant')}`,
    );
    expect(seen).toEqual(['The key word is']);
  });
  it('ignores an empty selection', () => {
    expect(textDirective('  \n ')).toBeUndefined();
  });
  it('drops half-selected words at either end', () => {
    expect(wholeWords('ublic servant is', 'p', ' ')).toBe('servant is');
    expect(wholeWords('the public serv', ' ', 'a')).toBe('the public');
    expect(wholeWords('the public servant', ' ', '.')).toBe('the public servant');
  });
  it('builds the URL from the canonical address and the section id', () => {
    expect(quoteUrl('https://guide.example/themes/x/', ':~:text=abc', 'in-brief')).toBe('https://guide.example/themes/x/#in-brief:~:text=abc');
    expect(quoteUrl('https://guide.example/themes/x/#old', ':~:text=abc')).toBe('https://guide.example/themes/x/#:~:text=abc');
  });
});
