import { describe, expect, it } from 'vitest';
import { appendToSection, idsIn, prefixIds } from './html-sections.ts';

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
