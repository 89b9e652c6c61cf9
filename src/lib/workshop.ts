/**
 * Workshop cards: each theme's reflection questions, read from its own "Questions for
 * reflection" section (`## … \{#questions\}`), so a card never says anything its page does not.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit, EXIT } from 'unist-util-visit';
import { headingIdMarker } from './content/heading-ids.ts';
import { parseMdxBody } from './content/mdx.ts';

export const QUESTIONS_SECTION_ID = 'questions';
export const QUESTIONS_PER_CARD = 3;

/** Nodes a card cannot show as plain text: components, expressions and raw HTML. */
const MARKUP = new Set(['mdxJsxTextElement', 'mdxJsxFlowElement', 'mdxTextExpression', 'mdxFlowExpression', 'html']);

/** The numbered questions of an MDX body's "Questions for reflection" section, in order. */
export function reflectionQuestions(body: string | Root, file: string): string[] {
  const tree = typeof body === 'string' ? parseMdxBody(body) : body;
  const start = tree.children.findIndex((node) => node.type === 'heading' && node.depth === 2 && headingIdMarker(node)?.id === QUESTIONS_SECTION_ID);
  if (start < 0) throw new Error(`${file} › body: no "## … \\{#${QUESTIONS_SECTION_ID}\\}" section to take workshop questions from`);
  const questions: string[] = [];
  for (const node of tree.children.slice(start + 1)) {
    if (node.type === 'heading' && node.depth <= 2) break;
    if (node.type !== 'list' || !node.ordered) continue;
    for (const item of node.children) {
      const text = toString(item).trim();
      let markup = false;
      visit(item, (child) => {
        if (!MARKUP.has(child.type)) return undefined;
        markup = true;
        return EXIT;
      });
      if (markup) throw new Error(`${file} › questions: "${text}" uses markup a workshop card cannot show; write the question as plain text`);
      questions.push(text);
    }
  }
  return questions;
}

/** The questions for a card: the first few of the theme's own, at least two. */
export function cardQuestions(body: string | Root, file: string, count = QUESTIONS_PER_CARD): string[] {
  const questions = reflectionQuestions(body, file);
  if (questions.length < 2) throw new Error(`${file} › questions: a workshop card needs at least two numbered questions, found ${questions.length}`);
  return questions.slice(0, count);
}
