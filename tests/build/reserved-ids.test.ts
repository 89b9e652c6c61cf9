/**
 * The ids content may not use (src/lib/reserved-ids.ts) cover every id the layouts and
 * components put on the pages content appears in: take a built page's ids, remove those its
 * content file wrote, and every one left must be reserved. A layout that gains an id without
 * reserving it fails here, before a content file can take the same id.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';
import { readSourceHeadings } from '../../src/lib/content/heading-ids.ts';
import { isReservedId } from '../../src/lib/reserved-ids.ts';
import { page } from '../support/dist.ts';

const content = readContent('.');
const findingIds = new Set(content.findings.map((finding) => finding.id));
const pagesWithContent = [
  ...content.themes.map((theme) => ({ url: `/themes/${theme.data.slug}/`, body: theme.body ?? '' })),
  ...content.pages.map((entry) => ({ url: `/${entry.id}/`, body: entry.body ?? '' })),
];

describe('ids reserved for the layouts', () => {
  it.each(pagesWithContent.map((p) => [p.url, p] as const))('%s uses no unreserved id of its own', (_, { url, body }) => {
    const fromContent = new Set(readSourceHeadings(body).map((heading) => heading.id));
    const layoutIds = page(url)
      .querySelectorAll('[id]')
      .map((element) => element.getAttribute('id') ?? '')
      .filter((id) => !fromContent.has(id) && !findingIds.has(id));
    expect(layoutIds.length).toBeGreaterThan(0);
    expect(layoutIds.filter((id) => !isReservedId(id))).toEqual([]);
  });
});
