import { describe, expect, it } from 'vitest';
import { appendToSection, appendToTreeSection, idsIn, parseHtml, prefixIds, prefixTreeIds, rewriteHtml, serializeHtml, stripHeadingLinks, stripTreeHeadingLinks, stripTreeQuoteMarks, treeIds, GUIDE_READING_TAG, tagGuideReadings } from './html-sections.ts';

const theme = [
  '<h2 id="in-brief">In brief</h2><p>Say id="x" in text stays.</p>',
  '<h2 id="connections">Connections</h2><ul><li><a href="/themes/x/" data-print-url="http://h/themes/x/">Theme 1</a></li></ul>',
  '<h2 id="questions">Questions for reflection</h2><ol><li>Why?</li></ol>',
].join('');

describe('prefixIds', () => {
  it('prefixes ids and the in-page links and labels that point at them', () => {
    const html = '<section aria-labelledby="a b"><h2 id="a">A</h2><a href="#a">to A</a><a href="/about/#a">away</a><label for="q">Q</label></section>';
    expect(prefixIds(html, 'p')).toBe(
      '<section aria-labelledby="p-a p-b"><h2 id="p-a">A</h2><a href="#p-a">to A</a><a href="/about/#a">away</a><label for="p-q">Q</label></section>',
    );
  });
  it('never touches the text, only attributes inside tags', () => {
    expect(prefixIds(theme, 'theme-5')).toContain('Say id="x" in text stays.');
  });
  it('moves headings down a level or two', () => {
    const out = prefixIds(theme, 'theme-5', 2);
    expect(idsIn(out)).toEqual(['theme-5-in-brief', 'theme-5-connections', 'theme-5-questions']);
    expect(out).toMatch(/^<h4 id="theme-5-in-brief">In brief<\/h4>/);
    expect(out).not.toMatch(/<\/?h2/);
    expect(prefixIds('<h6 id="z">Z</h6><header>x</header>', 'p', 1)).toBe('<h6 id="p-z">Z</h6><header>x</header>');
  });
});

describe('appendToSection', () => {
  it('puts the snippet at the end of the named section, before the next h2', () => {
    const out = appendToSection(theme, 'connections', '<p>MAP</p>');
    expect(out.indexOf('<p>MAP</p>')).toBeGreaterThan(out.indexOf('id="connections"'));
    expect(out.indexOf('<p>MAP</p>')).toBeLessThan(out.indexOf('id="questions"'));
    expect(out.indexOf('</ul><p>MAP</p><h2 id="questions"')).toBeGreaterThan(0);
  });
  it('appends at the end when the section is the last one', () => {
    expect(appendToSection(theme, 'questions', '<p>END</p>').endsWith('</ol><p>END</p>')).toBe(true);
  });
  it('leaves HTML without the section alone', () => {
    expect(appendToSection('<h2 id="in-brief">x</h2>', 'connections', '<p>MAP</p>')).toBe('<h2 id="in-brief">x</h2>');
  });
});

describe('with heading links (heading-link.ts)', () => {
  const wrap = (level: number, id: string, text: string) =>
    `<div class="heading-link-wrap level-${level}"><h${level} id="${id}">${text}</h${level}><a class="heading-link no-print" href="#${id}" aria-label="Link to section: ${text}">#</a></div>`;
  const linked = `${wrap(2, 'connections', 'Connections')}<ul><li>x</li></ul>${wrap(2, 'questions', 'Questions')}<ol><li>Why?</li></ol>`;
  it('ends a section before the next heading’s wrapper, not inside it', () => {
    expect(appendToSection(linked, 'connections', '<p>MAP</p>')).toContain('</ul><p>MAP</p><div class="heading-link-wrap level-2"><h2 id="questions">');
  });
  it('prefixes the heading link with its heading and moves the wrapper down with the heading', () => {
    const out = prefixIds(linked, 'theme-5', 1);
    expect(out).toContain('<div class="heading-link-wrap level-3"><h3 id="theme-5-connections">Connections</h3><a class="heading-link no-print" href="#theme-5-connections"');
  });
  it('can drop the heading links and keep the headings', () => {
    expect(stripHeadingLinks(`<p>a</p>\n${wrap(2, 'x', 'X')}\n<p>b</p>${wrap(3, 'y', 'Y <em>z</em>')}`)).toBe('<p>a</p>\n<h2 id="x">X</h2>\n<p>b</p><h3 id="y">Y <em>z</em></h3>');
  });
});

describe('on the tree', () => {
  it('rewrites attributes only: an id-looking text, a comment-free fragment and entities survive', () => {
    const tree = parseHtml('<p id="a">Fish &amp; chips, id="b"</p>');
    prefixTreeIds(tree, 'x');
    expect(treeIds(tree)).toEqual(['x-a']);
    expect(serializeHtml(tree)).toBe('<p id="x-a">Fish &amp; chips, id="b"</p>');
  });
  it('appends nodes before the next section’s wrapper, found by its class, not by its markup', () => {
    const tree = parseHtml('<div class="level-2 heading-link-wrap"><h2 id="a">A</h2></div><p>a</p><div class="heading-link-wrap level-2"><h2 id="b">B</h2></div>');
    appendToTreeSection(tree, 'a', parseHtml('<p>END</p>').children);
    expect(serializeHtml(tree)).toContain('<p>a</p><p>END</p><div class="heading-link-wrap level-2"><h2 id="b">');
  });
  it('strips heading links inside other elements too', () => {
    expect(rewriteHtml('<section><div class="heading-link-wrap level-3"><h3 id="c">C</h3><a class="heading-link" href="#c">#</a></div></section>', stripTreeHeadingLinks)).toBe(
      '<section><h3 id="c">C</h3></section>',
    );
  });
});

describe('tagGuideReadings', () => {
  it('replaces an all-italic sentence right after a section heading with the one tag', () => {
    const tree = parseHtml('<div class="heading-link-wrap level-2"><h2 id="a">A</h2></div>\n<p><em>The guide’s own reading.</em></p><p><em>Emphasis</em> in a sentence stays.</p><h2 id="b">B</h2><p>Text, <em>not all italic</em>.</p>');
    expect(tagGuideReadings(tree)).toBe(1);
    const html = serializeHtml(tree);
    expect(html).toContain(`<p class="guide-tag" data-pagefind-ignore>${GUIDE_READING_TAG}</p>`);
    expect(html).not.toContain('The guide’s own reading.');
    expect(html).toContain('<p><em>Emphasis</em> in a sentence stays.</p>');
    expect(html).toContain('<p>Text, <em>not all italic</em>.</p>');
  });
});

describe('stripTreeQuoteMarks', () => {
  it('drops who-said-it marks, unwrapping a span that carried only them and keeping editorial insertions', () => {
    const html = '<blockquote data-quote-by="Mark Rogers" class="q"><p>Words.</p></blockquote><li><span data-quote-by="The report" data-quote-source="inlogov-2014">models of <ins class="editorial-insertion">[leadership]</ins></span></li>';
    expect(rewriteHtml(html, stripTreeQuoteMarks)).toBe('<blockquote class="q"><p>Words.</p></blockquote><li>models of <ins class="editorial-insertion">[leadership]</ins></li>');
  });
});
