import { describe, expect, it } from 'vitest';
import { changeId, changeLog, changesByDay, dayId, lastUpdated, type ChangeSources } from './changes.ts';
import { changesSchema } from './content/schemas.ts';

const d = (day: string) => new Date(`${day}T00:00:00Z`);
const first = { date: d('2026-11-24'), summary: 'First version' };

const content: ChangeSources = {
  themes: [
    { id: 'fluid-careers', file: 'content/themes/04-fluid-careers.mdx', data: { number: 4, slug: 'fluid-careers', title: 'Fluid careers', changes: [first, { date: d('2026-12-01'), summary: 'In brief: reworded', section: 'in-brief' }] } },
    { id: 'municipal-entrepreneur', file: 'content/themes/01-municipal-entrepreneur.mdx', data: { number: 1, slug: 'municipal-entrepreneur', title: 'Municipal entrepreneur', changes: [first] } },
  ],
  findings: [{ id: 'willmott-comment', file: 'content/findings/willmott-comment.yaml', data: { title: 'Willmott', changes: [first, { date: d('2026-12-01'), summary: 'Summary: attributed' }] } }],
  reports: [{ id: 'inlogov-2014', file: 'content/reports/inlogov-2014.yaml', data: { shortName: 'INLOGOV report', changes: [first, { date: d('2026-12-02'), summary: 'Date corrected' }] } }],
  pages: [{ id: 'about', file: 'content/pages/about.mdx', data: { title: 'About this guide', changes: [first] } }],
};

describe('the change log', () => {
  const log = changeLog(content);

  it('lists every change of every file, newest first, then in reading order', () => {
    expect(log).toHaveLength(8);
    expect(log.map((c) => [c.date.toISOString().slice(0, 10), c.label])).toEqual([
      ['2026-12-02', 'Record of the INLOGOV report'],
      ['2026-12-01', 'Theme 4: Fluid careers'],
      ['2026-12-01', 'Finding: Willmott'],
      ['2026-11-24', 'Record of the INLOGOV report'],
      ['2026-11-24', 'Theme 1: Municipal entrepreneur'],
      ['2026-11-24', 'Theme 4: Fluid careers'],
      ['2026-11-24', 'About this guide'],
      ['2026-11-24', 'Finding: Willmott'],
    ]);
  });

  it('links each change to the section it names, a finding to its section, a report record to the page describing the report', () => {
    expect(log[0]?.href).toBe('/report/');
    expect(log[1]?.href).toBe('/themes/fluid-careers/#in-brief');
    expect(log[2]?.href).toBe('/leadership/#willmott-comment');
    expect(log.at(-2)?.href).toBe('/about/');
  });

  it('gives each page the date of its newest change, from every file it shows', () => {
    expect(lastUpdated(log, '/report/')).toEqual(d('2026-12-02'));
    expect(lastUpdated(log, '/themes/fluid-careers/')).toEqual(d('2026-12-01'));
    expect(lastUpdated(log, '/about/')).toEqual(d('2026-11-24'));
    expect(lastUpdated(log, '/workshop/')).toBeUndefined();
  });

  it('groups the changes by day for /updates/, with ids that are the day', () => {
    const days = changesByDay(log);
    expect(days.map((day) => [dayId(day.date), day.changes.length])).toEqual([
      ['changes-2026-12-02', 1],
      ['changes-2026-12-01', 2],
      ['changes-2026-11-24', 5],
    ]);
  });

  it('gives each change a tag URI that depends on its file and place only, not on the build', () => {
    const id = changeId(log[1]!, 'https://example.ac.uk/');
    expect(id).toBe('tag:example.ac.uk,2026-12-01:content/themes/04-fluid-careers.mdx/changes/1');
    expect(changeLog(content).map((c) => changeId(c, 'https://example.ac.uk/'))).toEqual(log.map((c) => changeId(c, 'https://example.ac.uk/')));
    expect(new Set(log.map((c) => changeId(c, 'https://example.ac.uk/'))).size).toBe(log.length);
  });

  it('names the file when a page file has no page to link to', () => {
    const orphan = { ...content, pages: [{ id: 'colophon', file: 'content/pages/colophon.mdx', data: { title: 'Colophon', changes: [first] } }] };
    expect(() => changeLog(orphan)).toThrow('content/pages/colophon.mdx › changes: no page of the guide shows this file');
  });
});

describe('the changes schema', () => {
  it('accepts a history that starts with the first version, in date order', () => {
    expect(changesSchema.parse([{ date: '2026-11-24', summary: 'First version' }, { date: '2026-12-01', summary: 'x', section: 'in-brief' }])).toHaveLength(2);
  });
  it.each([
    ['an empty history', [], 'must start with the first version'],
    ['a history that does not start with the first version', [{ date: '2026-11-24', summary: 'Reworded' }], 'must start with { summary: "First version" }'],
    ['changes out of date order', [{ date: '2026-12-01', summary: 'First version' }, { date: '2026-11-24', summary: 'x' }], 'must be in date order, oldest first'],
    ['an unknown field', [{ date: '2026-11-24', summary: 'First version', who: 'me' }], 'Unrecognized key'],
    ['a section that is not an id', [{ date: '2026-11-24', summary: 'First version' }, { date: '2026-12-01', summary: 'x', section: '#In brief' }], 'must be a section id'],
  ])('refuses %s', (_, changes, message) => {
    const result = changesSchema.safeParse(changes);
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.message).join('\n')).toContain(message);
  });
});
