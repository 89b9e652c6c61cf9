import { describe, expect, it } from 'vitest';
import { MAX_SELECTION, cappedSelection, problemReportUrl } from './problem-report.ts';

const page = { pageUrl: 'https://example.ac.uk/themes/fluid-careers/', pageTitle: 'Theme 4: Fluid careers' };

describe('problemReportUrl', () => {
  it('prefills a mailto: subject and body with the page, the section and the selected words', () => {
    const href = problemReportUrl('mailto:guide@example.ac.uk', { ...page, section: 'in-brief', selection: 'careers  that\nmove' });
    const url = new URL(href);
    expect(url.protocol).toBe('mailto:');
    expect(url.pathname).toBe('guide@example.ac.uk');
    expect(url.searchParams.get('subject')).toBe('Problem with a page: Theme 4: Fluid careers');
    expect(url.searchParams.get('body')).toBe(
      'Page: https://example.ac.uk/themes/fluid-careers/\r\nSection: https://example.ac.uk/themes/fluid-careers/#in-brief\r\nSelected text: “careers that move”\r\n\r\nWhat is wrong:\r\n',
    );
    // mailto: wants %20 for spaces, never "+".
    expect(href).not.toContain('+');
  });
  it('adds to a mailto: link that already has a query', () => {
    expect(problemReportUrl('mailto:guide@example.ac.uk?cc=web@example.ac.uk', page)).toMatch(/^mailto:guide@example\.ac\.uk\?cc=web@example\.ac\.uk&subject=/);
  });
  it('gives a web form the page, title, section and text as query parameters, keeping its own', () => {
    const url = new URL(problemReportUrl('https://example.ac.uk/contact?form=guide', { ...page, section: 'connections', selection: 'the map' }));
    expect(url.origin + url.pathname).toBe('https://example.ac.uk/contact');
    expect(Object.fromEntries(url.searchParams)).toEqual({
      form: 'guide',
      page: page.pageUrl,
      title: page.pageTitle,
      section: `${page.pageUrl}#connections`,
      text: 'the map',
    });
  });
  it('leaves out the section and text for the page as a whole', () => {
    const url = new URL(problemReportUrl('https://example.ac.uk/contact', page));
    expect([...url.searchParams.keys()]).toEqual(['page', 'title']);
  });
  it(`caps the selection at ${MAX_SELECTION} characters`, () => {
    const long = 'word '.repeat(300);
    const capped = cappedSelection(long);
    expect(capped.length).toBeLessThanOrEqual(MAX_SELECTION);
    expect(capped.endsWith('…')).toBe(true);
    const url = new URL(problemReportUrl('https://example.ac.uk/contact', { ...page, selection: long }));
    expect(url.searchParams.get('text')).toBe(capped);
    expect(cappedSelection('short words')).toBe('short words');
  });
});
