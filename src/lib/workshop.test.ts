import { describe, expect, it } from 'vitest';
import { readContent } from './content/read.ts';
import { cardQuestions, reflectionQuestions } from './workshop.ts';

const body = [
  '## In brief \\{#in-brief\\}',
  '',
  '1. Not a question from the right section.',
  '',
  '## Questions for reflection \\{#questions\\}',
  '',
  '_Questions from this guide for teams discussing the theme; they are not from the report._',
  '',
  '1. What does “publicness” mean in your *own* work?',
  '2. Where does it help?',
  '3. Who could help?',
  '4. A fourth?',
  '',
  '## Later \\{#later\\}',
  '1. Not this one either.',
].join('\n');

describe('reflectionQuestions', () => {
  it('reads the numbered questions of the questions section only, as plain text', () => {
    expect(reflectionQuestions(body, 'x.mdx')).toEqual(['What does “publicness” mean in your own work?', 'Where does it help?', 'Who could help?', 'A fourth?']);
  });
  it('names the file when the section is missing or holds markup', () => {
    expect(() => reflectionQuestions('## In brief \\{#in-brief\\}\n', 'content/themes/01-x.mdx')).toThrow(/content\/themes\/01-x\.mdx › body/);
    expect(() => reflectionQuestions('## Q \\{#questions\\}\n1. See <ThemeLink number={1} />?\n', 'f.mdx')).toThrow(/f\.mdx › questions/);
  });
});

describe('cardQuestions', () => {
  it('takes the first three', () => {
    expect(cardQuestions(body, 'x.mdx')).toEqual(['What does “publicness” mean in your own work?', 'Where does it help?', 'Who could help?']);
  });
  it('refuses a card with fewer than two questions', () => {
    expect(() => cardQuestions('## Q \\{#questions\\}\n1. Only one?\n', 'f.mdx')).toThrow(/at least two/);
  });
  it('finds three questions for every theme in the content', () => {
    for (const theme of readContent('.').themes) expect(cardQuestions(theme.body ?? '', theme.file)).toHaveLength(3);
  });
});
