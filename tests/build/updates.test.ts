/**
 * The change record in the built site: "Last updated" on reading pages, /updates/, and the
 * Atom feed /updates.xml with its autodiscovery link, read back with a feed parser.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parseFeed } from '@rowanmanning/feed-parser';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';
import { site } from '../../src/lib/site.ts';
import { absoluteUrl, withBase } from '../../src/lib/urls.ts';
import { DIST, builtPages, page, text } from '../support/dist.ts';

const content = readContent('.');
const files = [...content.themes, ...content.findings, ...content.reports, ...content.pages];
const feedXml = readFileSync(join(DIST, 'updates.xml'), 'utf8');
const feed = parseFeed(feedXml);
const totalChanges = files.reduce((sum, file) => sum + file.data.changes.length, 0);

describe('every content file’s change history', () => {
  it.each(files.map((f) => [f.file, f] as const))('%s starts with the first version on the day its content was first committed', (file, entry) => {
    // Dates were written by hand from git; this checks them against git (in the test, never in the build).
    const added = execFileSync('git', ['log', '--follow', '--diff-filter=A', '--format=%as', '--', file], { encoding: 'utf8' }).trim().split('\n').at(-1);
    expect(entry.data.changes[0]).toMatchObject({ summary: 'First version' });
    expect(entry.data.changes[0]?.date.toISOString().slice(0, 10)).toBe(added);
  });
});

describe('the Atom feed /updates.xml', () => {
  it('is an Atom feed with one entry per change entry in the content, newest first', () => {
    expect(feed.meta.type).toBe('atom');
    expect(feed.items).toHaveLength(totalChanges);
    const dates = feed.items.map((item) => item.updated!.getTime());
    expect(dates).toEqual([...dates].sort((a, b) => b - a));
    expect(feed.items[0]?.title).toMatch(/: /);
  });

  it('gives each entry an id made from its file and place in that file, so a rebuild never changes it', () => {
    const host = new URL(site.siteUrl).hostname;
    const ids = feed.items.map((item) => item.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of feed.items) {
      const match = item.id?.match(new RegExp(`^tag:${host.replace(/\./g, '\\.')},(\\d{4}-\\d\\d-\\d\\d):(content/[a-z]+/[a-z0-9-]+\\.(?:mdx|yaml))/changes/(\\d+)$`));
      expect(match, item.id ?? '').not.toBeNull();
      const [, day, file, index] = match!;
      const change = files.find((f) => f.file === file)?.data.changes[Number(index)];
      expect(change?.date.toISOString().slice(0, 10)).toBe(day);
      expect(item.title).toContain(change!.summary);
    }
  });

  it('carries no build date: the feed and its entries are dated by the changes', () => {
    const newest = Math.max(...files.flatMap((f) => f.data.changes.map((c) => c.date.getTime())));
    expect(feed.updated?.getTime()).toBe(newest);
  });

  it('links each entry to a built page, and to the section when the change names one', () => {
    for (const item of feed.items) {
      const url = new URL(item.url!);
      expect(url.origin + site.basePath).toBe(absoluteUrl('/'));
      const path = `/${url.pathname.slice(site.basePath.length)}`;
      if (url.hash) expect(page(path).querySelector(`[id="${url.hash.slice(1)}"]`), item.url!).not.toBeNull();
      else expect(builtPages()).toContain(path);
    }
  });

  it('is announced on every page with <link rel="alternate" type="application/atom+xml"> (not the embed cards, made for other sites’ frames)', () => {
    const pages = builtPages().filter((u) => !u.startsWith('/embed/') && !page(u).querySelector('meta[http-equiv="refresh"]'));
    expect(pages.length).toBeGreaterThan(20);
    for (const url of pages) {
      expect(page(url).querySelector('link[rel="alternate"][type="application/atom+xml"]')?.getAttribute('href'), url).toBe(absoluteUrl('/updates.xml'));
    }
  });
});

describe('/updates/ and “Last updated”', () => {
  it('lists every change, newest day first, each linking to the page or section changed', () => {
    const updates = page('/updates/');
    const days = updates.querySelectorAll('main h2[id^="changes-"]').map((h) => h.id);
    expect(days).toEqual([...days].sort().reverse());
    expect(days).toContain('changes-2026-12-01');
    expect(updates.querySelectorAll('[data-changes] li')).toHaveLength(totalChanges);
    const willmott = updates.querySelectorAll('[data-changes] li').find((li) => text(li).startsWith('Finding:') && text(li).includes('Ben Willmott reports'));
    expect(willmott?.querySelector('a')?.getAttribute('href')).toBe(withBase('/leadership/#willmott-comment'));
  });

  it('says when a reading page was last updated, beside when it was last reviewed, and links to that day’s changes', () => {
    const line = page('/themes/fluid-careers/').querySelector('[data-reading-time]')!.parentNode!;
    expect(text(line)).toMatch(/^Last updated 1 December 2026 \(what changed\) · last reviewed 24 November 2026 · \d+ minutes? to read$/);
    expect(line?.querySelector('a[data-last-updated]')?.getAttribute('href')).toBe(withBase('/updates/#changes-2026-12-01'));
    // /leadership/ shows the findings and the CIPD / PPMA record too: its newest change is theirs or its own.
    expect(text(page('/leadership/').querySelector('[data-reading-time]')!.parentNode)).toMatch(/^Last updated 1 December 2026/);
    // The accessibility statement has not changed since its first version.
    expect(text(page('/accessibility/').querySelector('[data-reading-time]')!.parentNode)).toMatch(/^Last updated 24 November 2026/);
  });
});
