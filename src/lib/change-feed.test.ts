import { describe, expect, it } from 'vitest';
import { parseFeed } from '@rowanmanning/feed-parser';
import { changeFeed } from './change-feed.ts';
import { changeLog, type ChangeSources } from './changes.ts';

const d = (day: string) => new Date(`${day}T00:00:00Z`);
const content: ChangeSources = {
  themes: [{ id: 'fluid-careers', file: 'content/themes/04-fluid-careers.mdx', data: { number: 4, slug: 'fluid-careers', title: 'Fluid careers', changes: [{ date: d('2026-11-24'), summary: 'First version' }, { date: d('2026-12-01'), summary: 'In brief: reworded', section: 'in-brief' }] } }],
  findings: [],
  reports: [],
  pages: [],
};
const site = { name: 'Guide', description: 'A guide', lang: 'en-GB', siteUrl: 'https://example.ac.uk/', basePath: '/21cps/', licence: { textName: 'CC BY 4.0' } };

describe('the Atom feed of changes', () => {
  const xml = changeFeed(changeLog(content), site);
  const feed = parseFeed(xml);

  it('is an Atom feed a feed parser reads, with one entry per change, newest first', () => {
    expect(feed.meta.type).toBe('atom');
    expect(feed.items.map((item) => item.title)).toEqual(['Theme 4: Fluid careers: In brief: reworded', 'Theme 4: Fluid careers: First version']);
  });

  it('links each entry to the changed section under the base path', () => {
    expect(feed.items[0]?.url).toBe('https://example.ac.uk/21cps/themes/fluid-careers/#in-brief');
    expect(feed.url).toBe('https://example.ac.uk/21cps/updates/');
  });

  it('dates entries and the feed by the changes, so a rebuild writes the same feed', () => {
    expect(feed.items[0]?.updated?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(feed.updated?.toISOString()).toBe('2026-12-01T00:00:00.000Z');
    expect(changeFeed(changeLog(content), site)).toBe(xml);
  });
});
