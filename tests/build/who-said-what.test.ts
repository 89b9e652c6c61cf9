/**
 * Who said what, as built in dist/ (issue 11): the 2012 quotations are PublicNet's news item about
 * the CIPD / PPMA research, not the CIPD's or the PPMA's; its five passages are three reported
 * findings, a call and a comment, named from the content's `kind` wherever they appear; the
 * guide's editorial insertion in statement 8 is marked and read out on every surface that shows
 * the statement; the guide's own readings are labelled as the guide's.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { apaNewsItem, apaReport, citationText } from '../../src/lib/citations.ts';
import { readContent } from '../../src/lib/content/read.ts';
import { THEME_SECTION_IDS } from '../../src/lib/content/schemas.ts';
import { GUIDE_READING_LABEL, findingKindLabel, findingLabel, findingLinkText } from '../../src/lib/labels.ts';
import { previewCards } from '../../src/lib/pages.ts';
import { insertionLabel, insertionNote, insertionsIn, withoutInsertions } from '../../src/shared/editorial.ts';
import { SEARCH_FILTERS, SECTION_LABELS_META, sectionLabel } from '../../src/shared/search.ts';
import { DIST, page, text } from '../support/dist.ts';

const content = readContent('.');
const findings = [...content.findings].sort((a, b) => a.data.order - b.data.order);
const themes = [...content.themes].sort((a, b) => a.data.number - b.data.number);
const report = (id: string) => content.reports.find((r) => r.id === id)!.data;
const newsItem = content.newsItems.find((n) => n.data.about === 'cipd-ppma-2012')!.data;
const eight = themes.find((t) => insertionsIn(t.data.statement).length > 0)!.data;

/** Every text file the site publishes (pages, data, feeds, scripts), by path under dist/. */
function textFiles(dir = DIST): string[] {
  const found: string[] = [];
  const walk = (folder: string) => {
    for (const name of readdirSync(folder)) {
      const path = join(folder, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(html|json|xml|txt|js|css|webmanifest)$/.test(name) || name === '_headers' || name === '_redirects') found.push(path);
    }
  };
  walk(dir);
  return found;
}

describe('the 2012 text is PublicNet’s news item about the research', () => {
  it('nothing the site publishes calls it “the CIPD and PPMA news item”', () => {
    const files = textFiles();
    expect(files.length).toBeGreaterThan(30);
    const offending = files.filter((file) => /CIPD\s*(and|&|\/)\s*(the\s*)?PPMA(’s|'s)?\s+news item/i.test(readFileSync(file, 'utf8')));
    expect(offending).toEqual([]);
  });
  it('/leadership/ offers the news item’s citation, from the same code as the report’s, before the report’s', () => {
    const root = page('/leadership/');
    expect(text(root.querySelector('#cite-news-item-apa'))).toBe(citationText(apaNewsItem(newsItem, report('cipd-ppma-2012'))));
    expect(text(root.querySelector('#cite-news-item-apa'))).toMatch(/^PublicNet\. \(2012, December 3\)\. \[News item on the CIPD and PPMA report Leading culture change: /);
    expect(text(root.querySelector('#cite-news-item-harvard'))).toMatch(/^PublicNet \(2012\) \[News item on the CIPD and PPMA report .*\], 3 December\. Available at: http:\/\/www\.publicnet\.co\.uk\//);
    expect(text(root.querySelector('#cite-news-item-bibtex'))).toMatch(/^@misc\{publicnet2012,/);
    expect(text(root.querySelector('#cite-report-apa'))).toBe(citationText(apaReport(report('cipd-ppma-2012'))));
    const order = root.querySelectorAll('.cite-this h3').map((h) => h.id);
    expect(order).toEqual(['cite-news-item', 'cite-report', 'cite-page']);
  });
  it('/leadership/ says above its title that it quotes PublicNet’s news item about the report, and its card says the same', () => {
    const kicker = text(page('/leadership/').querySelector('main h1')?.previousElementSibling ?? null);
    expect(kicker).toBe('PublicNet news item, 3 December 2012 · on the CIPD / PPMA report');
    const cards = previewCards({
      siteName: 'Guide',
      themes: themes.map((t) => t.data),
      pages: { report: 'R', leadership: 'L', about: 'A', accessibility: 'Acc' },
      reports: { inlogov: report('inlogov-2014'), cipd: report('cipd-ppma-2012') },
      newsItem,
    });
    expect(cards.find((c) => c.path === '/leadership/')?.kicker).toBe(kicker);
  });
  it('/leadership/ shows each passage once, in the news item’s words: no summary repeating it beside the quotation', () => {
    const root = page('/leadership/');
    expect(root.querySelectorAll('blockquote[data-quote-by]')).toHaveLength(findings.length);
    expect(text(root.querySelector('main'))).not.toMatch(/In short/);
    for (const finding of findings) expect(text(root.querySelector('main')), finding.id).not.toContain(finding.data.summary);
  });
  it('/leadership/ does not send readers to the report for words it does not quote', () => {
    const advice = text(page('/leadership/').querySelector('[data-cite-advice]'));
    expect(advice).not.toMatch(/For what the report says, cite the report/);
    expect(advice).toMatch(/Every quotation on this page is the PublicNet news item’s wording, not the report’s: to quote it, cite the news item/);
  });
  it('/data/findings.json names the news item as its source and the report as what it is about', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/findings.json'), 'utf8')) as { source: string; about: string };
    expect(data.source).toBe(citationText(apaNewsItem(newsItem, report('cipd-ppma-2012'))));
    expect(data.about).toBe(citationText(apaReport(report('cipd-ppma-2012'))));
  });
});

describe('each passage is named by its kind, from the content’s kind field', () => {
  it('/leadership/ lists the passages under a heading for their kind', () => {
    const root = page('/leadership/');
    const groups = root.querySelectorAll('[data-finding-kind]');
    expect(groups.length).toBeGreaterThan(1);
    const placed = groups.flatMap((group) => {
      const kind = group.getAttribute('data-finding-kind') as (typeof findings)[number]['data']['kind'];
      expect(text(group.querySelector('h2'))).toBe(findingKindLabel(kind, 'heading'));
      return group.querySelectorAll('section h3').map((h) => [h.id, kind]);
    });
    expect(placed).toEqual(findings.map((f) => [f.id, f.data.kind]));
    expect(text(root.querySelector('h2#kind-reported-finding'))).toBe('What the news item reports');
  });
  it('says once, where they are listed, that the passages’ titles are the guide’s own words', () => {
    const notes = page('/leadership/').querySelectorAll('[data-finding-titles-note]');
    expect(notes).toHaveLength(1);
    expect(text(notes[0])).toMatch(/the title above it is this guide’s own/);
  });
  it('labels the themes each passage is linked to as the guide’s reading, not the news item’s', () => {
    const lines = page('/leadership/').querySelectorAll('section[aria-labelledby] > p').filter((p) => text(p).startsWith('Related themes'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(text(line)).toMatch(/^Related themes \(the guide’s reading\): Theme \d+/);
  });
  it('the connections map and table name each passage with its kind', () => {
    const root = page('/connections/');
    findings.forEach((finding, index) => {
      const letter = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ'[index] as string;
      for (const node of root.querySelectorAll(`a[data-node="finding-${finding.id}"]`)) {
        expect(node.getAttribute('aria-label')).toBe(findingLabel(letter, finding.data));
      }
      const header = text(root.querySelector(`[data-connections-table] th[data-finding="${finding.id}"]`));
      expect(header).toBe(`${letter}. ${finding.data.title} (${findingKindLabel(finding.data.kind).toLowerCase()})`);
    });
  });
  it('theme pages link to a passage with its title and its kind', () => {
    let links = 0;
    for (const theme of themes) {
      for (const a of page(`/themes/${theme.data.slug}/`).querySelectorAll('article a[href^="/leadership/#"]')) {
        const finding = findings.find((f) => a.getAttribute('href') === `/leadership/#${f.id}`);
        expect(finding, a.getAttribute('href') ?? '').toBeDefined();
        expect(text(a)).toBe(findingLinkText(finding!.data));
        links += 1;
      }
    }
    expect(links).toBe(themes.reduce((sum, t) => sum + t.data.related.length, 0));
  });
  it('open data gives each passage its kind and the kind’s name', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/findings.json'), 'utf8')) as { findings: { id: string; kind: string; kindLabel: string }[] };
    expect(data.findings.map((f) => [f.id, f.kind, f.kindLabel])).toEqual(findings.map((f) => [f.id, f.data.kind, findingKindLabel(f.data.kind)]));
  });
  it('search results label each passage’s excerpt with its kind, and theme sections as the guide’s reading', () => {
    const metaOf = (root: HTMLElement) =>
      Object.fromEntries(
        root.querySelectorAll('[data-pagefind-meta]').map((el) => {
          const value = el.getAttribute('data-pagefind-meta') ?? '';
          return [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
        }),
      );
    const leadership = metaOf(page('/leadership/'));
    expect(leadership[SECTION_LABELS_META]).toBeTruthy();
    for (const finding of findings) expect(sectionLabel(leadership, `/leadership/#${finding.id}`)).toBe(findingKindLabel(finding.data.kind));
    for (const theme of themes) {
      const meta = metaOf(page(`/themes/${theme.data.slug}/`));
      for (const id of THEME_SECTION_IDS) expect(sectionLabel(meta, `/themes/${theme.data.slug}/#${id}`)).toBe(GUIDE_READING_LABEL);
    }
  });
});

describe('statement 8’s editorial insertion is marked and announced wherever the statement appears', () => {
  const [insertion] = insertionsIn(eight.statement) as [string];
  const published = withoutInsertions(eight.statement);
  const lastWords = published.split(' ').slice(-3).join(' ');
  const surfaces = ['/', '/themes/', '/workshop/', '/report/', `/themes/${eight.slug}/`, `/embed/themes/${eight.slug}/`, '/report/full/'];
  it.each(surfaces)('%s marks it, names it for screen readers and links to the note on the wording', (path) => {
    const root = page(path);
    const shown = text(root.querySelector('body')).split(lastWords).length - 1;
    expect(shown, `times ${path} shows the statement`).toBeGreaterThan(0);
    const marks = root.querySelectorAll('a[data-editorial-insertion]');
    expect(marks).toHaveLength(shown);
    for (const mark of marks) {
      expect(text(mark.querySelector('ins'))).toBe(insertion);
      expect(mark.getAttribute('aria-label')).toBe(insertionLabel(insertion));
      // The link lands on the note on the wording: on this page, or on the theme's own page.
      const href = new URL(mark.getAttribute('href') ?? '', `https://site.example${path}`);
      const target = href.pathname === path ? root : page(href.pathname);
      expect(href.hash, path).toMatch(/wording$/);
      expect(text(target.querySelector(`[id="${href.hash.slice(1)}"]`)), `${path} → ${href.pathname}${href.hash}`).toMatch(/Note on the wording: .*this guide’s editorial insertion/);
    }
  });
  it('no page says “as published” next to a statement that carries an insertion', () => {
    for (const path of ['/themes/', '/workshop/', '/report/full/']) expect(text(page(path).querySelector('main')), path).not.toMatch(/\bas published\b/);
  });
  it('open data gives the statement as published, ending “models of”, and the insertion separately', () => {
    const data = JSON.parse(readFileSync(join(DIST, 'data/themes.json'), 'utf8')) as { themes: { number: number; statement: string; editorialInsertion: string | null }[] };
    const theme = data.themes.find((t) => t.number === eight.number)!;
    expect(theme.statement).toMatch(/collaborative models of$/);
    expect(theme.editorialInsertion).toBe('[leadership]');
    for (const t of data.themes) expect(t.statement, `theme ${t.number}`).not.toMatch(/[[\]]/);
  });
  it('the preview image says what the insertion is (an image cannot link to the note)', () => {
    const cards = previewCards({
      siteName: 'Guide',
      themes: themes.map((t) => t.data),
      pages: { report: 'R', leadership: 'L', about: 'A', accessibility: 'Acc' },
      reports: { inlogov: report('inlogov-2014'), cipd: report('cipd-ppma-2012') },
      newsItem: { publisher: 'PublicNet', date: new Date('2012-12-03') },
    });
    const card = cards.find((c) => c.number === eight.number)!;
    expect(card.detail).toBe(eight.statement);
    expect(card.note).toBe(insertionNote([insertion]));
    expect(cards.filter((c) => c.note)).toHaveLength(1);
  });
});

describe('the guide’s own text is never filed under a report', () => {
  it('search filter labels say what a page is about, keeping the URL values, with the reports’ own years', () => {
    expect(Object.keys(SEARCH_FILTERS.source.values)).toEqual(['inlogov', 'cipd', 'guide']);
    expect(SEARCH_FILTERS.source.values.inlogov).toBe(`About: the INLOGOV report (${report('inlogov-2014').year})`);
    expect(SEARCH_FILTERS.source.values.cipd).toBe(`About: the CIPD / PPMA research (${report('cipd-ppma-2012').year})`);
    expect(SEARCH_FILTERS.source.values.guide).toBe('About this guide');
    const labels = page('/search/').querySelectorAll('input[name="source"]').map((input) => text(input.closest('label') ?? input.parentNode as HTMLElement));
    expect(labels).toEqual(Object.values(SEARCH_FILTERS.source.values));
  });
  it('the connections say they are the guide’s own reading, and claim nothing about what the reports do', () => {
    for (const path of ['/connections/', '/leadership/', '/report/full/']) {
      const main = text(page(path).querySelector('main'));
      expect(main, path).toMatch(/these links are the guide’s own reading/i);
      expect(main, path).not.toMatch(/neither report|either report makes/i);
    }
  });
  it('every theme page says near its top that it has only the report’s one-line statement', () => {
    for (const theme of themes) {
      const root = page(`/themes/${theme.data.slug}/`);
      const scope = root.querySelector('[data-statement-scope]');
      expect(text(scope)).toMatch(/^The guide has only this one-line statement of the theme, .* not the report’s own discussion of it/);
      // Before the contents list and the first section.
      const html = root.querySelector('article')!.innerHTML;
      expect(html.indexOf('data-statement-scope')).toBeLessThan(html.indexOf('id="in-brief"'));
    }
  });
});
