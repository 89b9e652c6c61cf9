/**
 * Who said what, in the content itself (issue 11): the 2012 text is PublicNet's news item, and
 * each of its five passages is the kind facts.md says it is. The built pages are checked in
 * tests/build/who-said-what.test.ts.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';

const content = readContent('.');
const facts = readFileSync('content/sources/facts.md', 'utf8');
/** The wrong name for the 2012 text: the CIPD and the PPMA did not write the news item. */
const CIPD_NEWS_ITEM = /CIPD\s*(and|&|\/)\s*(the\s*)?PPMA(’s|'s)?\s+news item/i;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? (name === 'sources' ? [] : files(path)) : [path];
  });
}

describe('the 2012 text', () => {
  it('is never called “the CIPD and PPMA news item” in the guide’s content', () => {
    const all = files('content');
    expect(all.length).toBeGreaterThan(20);
    expect(all.filter((file) => CIPD_NEWS_ITEM.test(readFileSync(file, 'utf8')))).toEqual([]);
  });
  it('has a source record of its own: PublicNet, 3 December 2012, at the address facts.md gives, about the CIPD / PPMA report', () => {
    const [item] = content.newsItems;
    expect(item?.data.publisher).toBe('PublicNet');
    expect(item?.data.date.toISOString().slice(0, 10)).toBe('2012-12-03');
    expect(facts).toContain(`News item (source text \`004_…\`): ${item?.data.url}`);
    expect(content.reports.map((r) => r.id)).toContain(item?.data.about);
  });
});

describe('each passage of the news item is the kind facts.md says', () => {
  const kindOf = (id: string) => content.findings.find((f) => f.id === id)?.data.kind;
  const byQuoteStart = (start: string) => content.findings.find((f) => f.data.quote.startsWith(start));
  it.each(['The report highlights', 'The research demonstrates', 'Many of the leaders interviewed have recognised'])('“%s…” is a reported finding', (start) => {
    expect(facts).toContain(`"${start}…"`);
    expect(byQuoteStart(start)?.data.kind).toBe('reported-finding');
  });
  it('the opening line (“…needs to be developed…”) is a call, and Ben Willmott’s words a comment', () => {
    expect(content.findings.find((f) => f.data.quote.includes('needs to be developed'))?.data.kind).toBe('call');
    expect(kindOf('willmott-comment')).toBe('comment');
    expect(content.findings.filter((f) => f.data.kind === 'reported-finding')).toHaveLength(3);
  });
});
