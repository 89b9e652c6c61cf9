/**
 * Faithful to the sources: statements, quotations and names as the seed texts and facts.md
 * give them. The sources are kept in content/sources/ (copies of the team's shared sources).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';

const announcement = readFileSync('content/sources/inlogov-2014-announcement.txt', 'utf8');
const newsItem = readFileSync('content/sources/cipd-ppma-2012-news-item.txt', 'utf8');
const facts = readFileSync('content/sources/facts.md', 'utf8');
const flatten = (text: string) => text.replace(/<[^>]+>/g, '').replace(/\s+/g, ' ').trim();
const content = readContent('.');

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
  const pages = content.pages.map((p) => [p.file, p.body ?? ''] as const);
  it.each(pages)('%s quotes the sources verbatim in every blockquote', (_file, body) => {
    const quotes = body
      .split(/\n(?!>)/)
      .filter((block) => block.startsWith('>'))
      .map((block) => flatten(block.replace(/^>\s?/gm, '')));
    const sources = flatten(`${announcement}\n${newsItem}\n${facts}`);
    for (const quote of quotes) expect(sources).toContain(quote);
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
    for (const match of everything.matchAll(/\b40\b[^.]*interview/gi)) {
      expect(everything.slice(match.index, (match.index ?? 0) + 300)).toMatch(/unconfirmed|could not be confirmed/i);
    }
  });
});
