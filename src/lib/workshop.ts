/**
 * Workshop cards: each theme's reflection questions, read from its own "Questions for
 * reflection" section (`## … \{#questions\}`), so a card never says anything its page does not.
 */
import { readSourceHeadings } from './content/heading-ids.ts';

export const QUESTIONS_SECTION_ID = 'questions';
export const QUESTIONS_PER_CARD = 3;

/** The numbered questions of an MDX body's "Questions for reflection" section, in order. */
export function reflectionQuestions(body: string, file: string): string[] {
  const lines = body.split('\n');
  const heading = readSourceHeadings(body).find((h) => h.depth === 2 && h.id === QUESTIONS_SECTION_ID);
  if (!heading) throw new Error(`${file} › body: no "## … \\{#${QUESTIONS_SECTION_ID}\\}" section to take workshop questions from`);
  const questions: string[] = [];
  for (const line of lines.slice(heading.line)) {
    if (/^#{1,2}\s/.test(line)) break;
    const item = /^\d+\.\s+(.+)$/.exec(line.trim());
    if (!item) continue;
    const text = (item[1] as string).replace(/(\*\*|__|\*|_)(.+?)\1/g, '$2').trim();
    if (/[<{]/.test(text)) throw new Error(`${file} › questions: "${text}" uses markup a workshop card cannot show; write the question as plain text`);
    questions.push(text);
  }
  return questions;
}

/** The questions for a card: the first few of the theme's own, at least two. */
export function cardQuestions(body: string, file: string, count = QUESTIONS_PER_CARD): string[] {
  const questions = reflectionQuestions(body, file);
  if (questions.length < 2) throw new Error(`${file} › questions: a workshop card needs at least two numbered questions, found ${questions.length}`);
  return questions.slice(0, count);
}
