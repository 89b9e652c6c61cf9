/**
 * Faithful to the sources: statements, quotations and names as the seed texts and facts.md
 * give them. The sources are kept in content/sources/ (copies of the team's shared sources).
 */
import { readFileSync } from 'node:fs';
import { createProcessor } from '@mdx-js/mdx';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';

const announcement = readFileSync('content/sources/inlogov-2014-announcement.txt', 'utf8');
const newsItem = readFileSync('content/sources/cipd-ppma-2012-news-item.txt', 'utf8');
const facts = readFileSync('content/sources/facts.md', 'utf8');
const flatten = (text: string) => text.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
const content = readContent('.');

interface MdastNode {
  type: string;
  value?: string;
  children?: MdastNode[];
}
/** The text of a Markdown (MDX) tree node: its text nodes, paragraphs joined with a space. */
const textOf = (node: MdastNode): string =>
  node.type === 'text' ? (node.value ?? '') : (node.children ?? []).map(textOf).join(node.type === 'blockquote' ? ' ' : '');
/** The text of every blockquote in an MDX body, read from its syntax tree. */
function blockquotes(body: string): string[] {
  const found: string[] = [];
  const walk = (node: MdastNode) => {
    if (node.type === 'blockquote') found.push(flatten(textOf(node)));
    else node.children?.forEach(walk);
  };
  walk(createProcessor().parse(body) as MdastNode);
  return found;
}

describe('findings', () => {
  it.each(content.findings.map((f) => [f.file, f.data as { quote: string; attribution: string }] as const))(
    '%s quotes the news item verbatim',
    (_file, finding) => {
      expect(flatten(newsItem)).toContain(flatten(finding.quote));
    },
  );
  it('attributes the comment to Ben Willmott, head of public policy at the CIPD', () => {
    const willmott = content.findings.find((f) => f.file.endsWith('willmott-comment.yaml'))?.data as { attribution: string };
    expect(willmott.attribution).toMatch(/Ben Willmott/);
    expect(willmott.attribution).toMatch(/head of public policy at the CIPD/);
  });
});

describe('quotations in the page texts', () => {
  const sources = flatten(`${announcement}\n${newsItem}\n${facts}`);
  const entries = [...content.themes, ...content.pages].map((e) => ({ file: e.file, body: e.body ?? '' }));
  // Which texts quote: any line that starts a blockquote, found without the parser, so a quotation
  // the parser missed fails the count below instead of going unchecked.
  const quoting = entries.filter(({ body }) => /^\s*>/m.test(body));
  it('finds the quotations (the report page has them)', () => {
    expect(quoting.map((e) => e.file)).toContain('content/pages/report.mdx');
  });
  it.each(quoting.map((e) => [e.file, e.body] as const))('%s quotes the sources verbatim in every blockquote', (_file, body) => {
    const quotes = blockquotes(body);
    expect(quotes.length).toBeGreaterThan(0);
    const notVerbatim = quotes.filter((quote) => !sources.includes(quote));
    expect(notVerbatim).toEqual([]);
  });
  it('the report page quotes Mark Rogers and the authors, attributed', () => {
    const report = content.pages.find((p) => p.file.endsWith('report.mdx'))?.body ?? '';
    expect(report).toMatch(/Mark Rogers/);
    expect(report).toMatch(/We have been inclusive/);
    expect(report).toMatch(/— Catherine Needham and Catherine Mangan/);
    expect(report).toMatch(/— Mark Rogers/);
  });
});

describe('unconfirmed facts are not stated as fact', () => {
  const everything = [...content.themes, ...content.pages].map((e) => e.body ?? '').join('\n') + JSON.stringify(content.findings) + JSON.stringify(content.reports);
  it('gives no count of CIPD interviewees', () => {
    expect(everything).not.toMatch(/\b(ten|10|14|fourteen|thirteen|13) (local authorities|organisations)\b/i);
  });
  it('never says "around 40 interviews" without saying it is unconfirmed', () => {
    const unqualified = [...everything.matchAll(/\b40\b[^.]*interview/gi)]
      .map((match) => everything.slice(match.index, match.index + 300))
      .filter((passage) => !/unconfirmed|could not be confirmed/i.test(passage));
    expect(unqualified).toEqual([]);
  });
});
