import { markdownToHtml, type MarkdownToHtmlResult } from 'satteri';
import { describe, expect, it } from 'vitest';
import { HAST_PLUGINS } from './index.ts';
import { inSitemap } from '../../lib/sitemap.ts';
import { withBase } from '../../lib/urls.ts';

/** Content through the same Sätteri plugins as the build (Markdown rather than MDX: same trees). Synchronous: no plugin is async. */
const render = (markdown: string, path = 'content/themes/04-fluid-careers.mdx') =>
  (markdownToHtml(markdown, { hastPlugins: HAST_PLUGINS, features: { smartPunctuation: false }, fileURL: new URL(`file:///site/${path}`) }) as MarkdownToHtmlResult).html;

describe('hand-set heading ids and their links', () => {
  it('moves the marker into the id and wraps each h2 and h3 with a link to it, labelled with the heading text', () => {
    const html = render('## In *brief* \\{#in-brief\\}\n\nText\n\n### Sub \\{#sub\\}\n');
    expect(html).toContain(
      '<div class="heading-link-wrap level-2"><h2 id="in-brief">In <em>brief</em></h2><a class="heading-link no-print" href="#in-brief" aria-label="Link to section: In brief" data-pagefind-ignore="">#</a></div>',
    );
    expect(html).toContain('<div class="heading-link-wrap level-3"><h3 id="sub">Sub</h3>');
    expect(html).not.toContain('{#');
  });
  it('gives an h4 its id without a link, and leaves an h4 without an id alone', () => {
    expect(render('#### Deep \\{#deep\\}\n\n#### Plain\n').trim()).toBe('<h4 id="deep">Deep</h4>\n<h4>Plain</h4>');
  });
  it('fails with the file name when an h2 has no id or repeats one', () => {
    expect(() => render('## Connections\n')).toThrow(/content\/themes\/04-fluid-careers\.mdx: heading "Connections" has no hand-set id/);
    expect(() => render('## A \\{#a\\}\n\n### B \\{#a\\}\n')).toThrow(/heading id "a" is used twice on the page/);
  });
});

describe('internal links', () => {
  it('gives root-relative links the base path and the address printed on paper; leaves others alone', () => {
    const html = render('[About](/about/), [elsewhere](https://example.org/) and [a section](#in-brief).');
    expect(html).toContain(`<a href="${withBase('/about/')}" data-print-url="`);
    expect(html).toContain('<a href="https://example.org/">elsewhere</a>');
    expect(html).toContain('<a href="#in-brief">a section</a>');
  });
});

describe('quote attribution', () => {
  it('marks a block quotation with the speaker named on the line after it', () => {
    const html = render('Before.\n\n> Words.\n\n— Mark Rogers, chief executive, in his preface\n');
    expect(html).toContain('<blockquote data-quote-by="Mark Rogers, chief executive, in his preface">');
  });
  it('leaves a quotation without an attribution line unmarked', () => {
    const html = render('> Words.\n\nThe guide goes on — with a dash later.\n');
    expect(html).toContain('<blockquote>');
    expect(html).not.toContain('data-quote-by');
  });
});

describe('the sitemap', () => {
  it('keeps reading pages and leaves out embed cards, short links and the 404 page', () => {
    expect(inSitemap('https://g.example/themes/fluid-careers/', '/')).toBe(true);
    expect(inSitemap('https://g.example/21cps/report/', '/21cps/')).toBe(true);
    expect(inSitemap('https://g.example/embed/themes/fluid-careers/', '/')).toBe(false);
    expect(inSitemap('https://g.example/21cps/themes/4/', '/21cps/')).toBe(false);
    expect(inSitemap('https://g.example/404/', '/')).toBe(false);
  });
});
