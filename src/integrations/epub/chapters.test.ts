import { describe, expect, it } from 'vitest';
import { fromHtml } from 'hast-util-from-html';
import { toHtml } from 'hast-util-to-html';
import { FullEditionShapeError, chaptersFromFullEdition, navigation } from './chapters.ts';

const edition = `<main><article data-full-edition><div class="prose">
<nav aria-labelledby="contents"><h2 id="contents">Contents</h2></nav>
<section aria-labelledby="report-summary"><h2 id="report-summary">1. Report summary</h2>
  <p>From the <a href="/base/report/" data-print-url="https://example.ac.uk/base/report/">report page</a>.</p>
  <h3 id="report-scope">Scope</h3><p>See <a href="#theme-1-in-brief">theme 1</a>.</p>
  <button hidden data-print-page>Print</button></section>
<section aria-labelledby="themes"><h2 id="themes">2. The ten themes</h2><p>Intro.</p>
  <section aria-labelledby="theme-1" data-full-theme="1"><h3 id="theme-1">Theme 1: Municipal entrepreneur</h3>
    <p><ins class="editorial-insertion">[x]</ins></p><h4 id="theme-1-in-brief">In brief</h4><p>Text.</p></section>
</section></div></article></main>`;

describe('chaptersFromFullEdition', () => {
  const chapters = chaptersFromFullEdition(fromHtml(edition), 'https://example.ac.uk/');

  it('makes one chapter per part, and one per theme after its part’s introduction', () => {
    expect(chapters.map((c) => [c.file, c.title, c.partOf])).toEqual([
      ['report-summary.xhtml', '1. Report summary', undefined],
      ['themes.xhtml', '2. The ten themes', undefined],
      ['theme-1.xhtml', 'Theme 1: Municipal entrepreneur', 'themes'],
    ]);
    expect(toHtml(chapters[1]!.body)).not.toContain('Municipal');
  });

  it('promotes headings so each chapter starts at h1, and keeps editorial marks', () => {
    const theme = toHtml(chapters[2]!.body);
    expect(theme).toContain('<h1 id="theme-1">');
    expect(theme).toContain('<h2 id="theme-1-in-brief">');
    expect(theme).toContain('<ins class="editorial-insertion">[x]</ins>');
  });

  it('points links at the chapter holding their target or back to the site, and drops site-only parts', () => {
    const report = toHtml(chapters[0]!.body);
    expect(report).toContain('href="theme-1.xhtml#theme-1-in-brief"');
    expect(report).toContain('href="https://example.ac.uk/base/report/"');
    expect(report).not.toContain('data-');
    expect(report).not.toContain('<button');
  });

  it('nests the themes under their part in the navigation, each with its sections', () => {
    expect(navigation(chapters)).toEqual([
      { href: 'report-summary.xhtml', text: '1. Report summary', children: [{ href: 'report-summary.xhtml#report-scope', text: 'Scope', children: [] }] },
      {
        href: 'themes.xhtml',
        text: '2. The ten themes',
        children: [{ href: 'theme-1.xhtml', text: 'Theme 1: Municipal entrepreneur', children: [{ href: 'theme-1.xhtml#theme-1-in-brief', text: 'In brief', children: [] }] }],
      },
    ]);
  });

  it('says what is wrong when the page is not the full edition, or links outside it', () => {
    expect(() => chaptersFromFullEdition(fromHtml('<main></main>'), 'https://example.ac.uk/')).toThrow(FullEditionShapeError);
    expect(() => chaptersFromFullEdition(fromHtml(edition.replace('#theme-1-in-brief', '#nowhere')), 'https://example.ac.uk/')).toThrow(/links to #nowhere/);
  });
});
