/**
 * Reading time for a page, counted from the HTML a reader actually gets: the words of its
 * text, at an unhurried 200 words a minute, rounded up to whole minutes.
 */
import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { parseHtml } from './html-sections.ts';

export const WORDS_PER_MINUTE = 200;

/** Elements whose content is not read: scripts, styles and drawings. */
const UNREAD = new Set(['script', 'style', 'svg']);

/** The readable text of an HTML fragment (or its tree): each text node, separated by spaces. */
export function textOf(html: string | Root): string {
  const parts: string[] = [];
  visit(typeof html === 'string' ? parseHtml(html) : html, (node) => {
    if (node.type === 'element' && UNREAD.has(node.tagName)) return SKIP;
    if (node.type === 'text') parts.push(node.value);
    return undefined;
  });
  return parts.join(' ');
}

export function countWords(html: string | Root): number {
  return textOf(html).match(/[\p{L}\p{N}][\p{L}\p{N}’'.,:-]*/gu)?.length ?? 0;
}

/** Whole minutes to read, at least one. */
export function readingMinutes(html: string | Root, wordsPerMinute = WORDS_PER_MINUTE): number {
  return Math.max(1, Math.ceil(countWords(html) / wordsPerMinute));
}

export function readingTimeLabel(minutes: number): string {
  return `${minutes} minute${minutes === 1 ? '' : 's'} to read`;
}
