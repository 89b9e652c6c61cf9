/**
 * The connections map, the full-report edition, the workshop cards and reading times, as built
 * in dist/: checked against the content files, so a change in content shows up in all of them.
 */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';
import { FINDING_KINDS } from '../../src/lib/content/schemas.ts';
import { findingKindLabel } from '../../src/lib/labels.ts';
import { page, readPage, text } from '../support/dist.ts';
import { contractUrls, urlContract } from '../support/url-contract.ts';

const content = readContent('.');
const themes = content.themes
  .map((e) => e.data as { number: number; slug: string; title: string; statement: string; related: string[] })
  .sort((a, b) => a.number - b.number);
const findings = content.findings
  .map((e) => ({ id: e.file.replace(/^.*\/|\.ya?ml$/g, ''), ...(e.data as { order: number; title: string; quote: string; related: number[] }) }))
  .sort((a, b) => a.order - b.order);
const relations = themes.flatMap((t) => t.related.map((id) => `${t.number}→${id}`)).sort();
/** A statement as it reads on the page (the editorial brackets stay). */
const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

/** Whether a built href lands on a published page and, if it has one, an id on that page. */
function resolves(href: string): boolean {
  const [path = '', hash] = href.split('#');
  if (!contractUrls.includes(path)) return false;
  return hash === undefined || (urlContract[path] ?? []).includes(hash) || page(path).querySelector(`[id="${hash}"]`) !== null;
}

describe('the connections map (/connections/)', () => {
  const root = page('/connections/');
  const maps = root.querySelectorAll('svg[data-map]');

  it('draws two layouts of the map, wide and narrow, each with a title and a description', () => {
    expect(maps.map((m) => m.getAttribute('data-map')).sort()).toEqual(['narrow', 'wide']);
    for (const map of maps) {
      const [title, desc] = (map.getAttribute('aria-labelledby') ?? '').split(' ').concat(map.getAttribute('aria-describedby') ?? '');
      expect(text(map.querySelector(`title[id="${title}"]`))).toMatch(/as this guide reads them/);
      expect(text(map.querySelector(`desc[id="${desc}"]`))).toMatch(/^The guide’s own reading/);
    }
  });
  it.each(['wide', 'narrow'])('the %s map has exactly the edges the content relates', (variant) => {
    const map = root.querySelector(`svg[data-map="${variant}"]`);
    const edges = map?.querySelectorAll('path[data-theme]').map((p) => `${p.getAttribute('data-theme')}→${p.getAttribute('data-finding')}`).sort();
    expect(edges).toEqual(relations);
    const fromFindings = findings.flatMap((f) => f.related.map((n) => `${n}→${f.id}`)).sort();
    expect(edges).toEqual(fromFindings);
  });
  it.each(['wide', 'narrow'])('the %s map has a node for every theme and finding, each linking to an existing page and section', (variant) => {
    const links = root.querySelectorAll(`svg[data-map="${variant}"] a[data-node]`);
    const nodes = new Set(links.map((a) => a.getAttribute('data-node')));
    expect([...nodes]).toEqual([...themes.map((t) => `theme-${t.number}`), ...findings.map((f) => `finding-${f.id}`)]);
    for (const a of links) {
      const href = a.getAttribute('href') ?? '';
      expect(resolves(href), href).toBe(true);
      const node = a.getAttribute('data-node') ?? '';
      const expected = node.startsWith('theme-') ? `/themes/${themes.find((t) => `theme-${t.number}` === node)?.slug}/` : `/leadership/#${node.slice('finding-'.length)}`;
      expect(href).toBe(expected);
    }
  });
  it('keyboard users meet each node once, themes in order then findings, each with a name', () => {
    for (const map of maps) {
      const tabbable = map.querySelectorAll('a[data-node]').filter((a) => a.getAttribute('tabindex') !== '-1');
      expect(tabbable.map((a) => a.getAttribute('data-node'))).toEqual([...themes.map((t) => `theme-${t.number}`), ...findings.map((f) => `finding-${f.id}`)]);
      const kinds = FINDING_KINDS.map((kind) => findingKindLabel(kind)).join('|');
      for (const a of tabbable) expect(a.getAttribute('aria-label')).toMatch(new RegExp(`^(Theme \\d+|(${kinds}) [A-Z]): .+`));
      for (const a of map.querySelectorAll('a[tabindex="-1"]')) expect(a.getAttribute('aria-hidden')).toBe('true');
    }
  });
  it('the table has the themes as rows, the findings as columns, and the same connections as the map', () => {
    const table = root.querySelector('[data-connections-table] table');
    expect(table?.querySelectorAll('thead th[data-finding]').map((th) => th.getAttribute('data-finding'))).toEqual(findings.map((f) => f.id));
    const rows = table?.querySelectorAll('tbody tr') ?? [];
    expect(rows.map((r) => text(r.querySelector('th')))).toEqual(themes.map((t) => `${t.number}. ${t.title}`));
    for (const td of table?.querySelectorAll('td') ?? []) expect(['✓', '']).toContain(text(td));
    const ticked = rows.flatMap((row) =>
      row.querySelectorAll('td').flatMap((td, i) => (text(td) === '✓' ? [`${row.getAttribute('data-theme')}→${findings[i]?.id}`] : [])),
    );
    const svgEdges = root.querySelectorAll('svg[data-map="wide"] path[data-theme]').map((p) => `${p.getAttribute('data-theme')}→${p.getAttribute('data-finding')}`);
    expect(ticked.sort()).toEqual(svgEdges.sort());
    const links = table?.querySelectorAll('a') ?? [];
    expect(links.length, 'every theme row links its theme').toBeGreaterThanOrEqual(themes.length);
    for (const a of links) expect(resolves(a.getAttribute('href') ?? ''), a.getAttribute('href')).toBe(true);
  });
  it('is captioned as the guide’s own reading', () => {
    expect(text(root.querySelector('figure#map figcaption'))).toMatch(/the guide’s own reading, not a finding of either report/);
    expect(text(root.querySelector('[data-connections-table] caption'))).toMatch(/as this guide reads them/);
  });
});

describe('links to the connections map', () => {
  const linksTo = (url: string, scope = 'main') => page(url).querySelectorAll(`${scope} a[href="/connections/"]`).length;
  it.each(['/', '/report/', '/leadership/'])('%s links to it', (url) => {
    expect(linksTo(url)).toBeGreaterThan(0);
  });
  it.each(themes.map((t) => t.slug))('/themes/%s/ links to it at the end of its Connections section', (slug) => {
    const html = page(`/themes/${slug}/`).toString();
    const start = html.indexOf('id="connections"');
    const end = html.indexOf('id="questions"');
    expect(html.slice(start, end)).toMatch(/<p data-connections-map-link>[^]*href="\/connections\/"/);
  });
});

describe('the full-report edition (/report/full/)', () => {
  const root = page('/report/full/');
  const main = root.querySelector('main');
  const body = text(main);

  it('is left out of the search index, so results point at the canonical pages', () => {
    expect(root.querySelector('[data-pagefind-body]')).toBeNull();
    expect(root.querySelector('article[data-full-edition]')?.getAttribute('data-pagefind-ignore')).toBe('all');
  });
  it('contains every theme statement, in order, each section starting a new printed page', () => {
    const sections = root.querySelectorAll('section[data-full-theme]');
    expect(sections.map((s) => Number(s.getAttribute('data-full-theme')))).toEqual(themes.map((t) => t.number));
    sections.forEach((section, i) => {
      expect(flat(text(section.querySelector('[data-full-statement]')))).toBe(flat(themes[i]!.statement));
      expect(section.classList.contains('break-before-page')).toBe(i > 0);
    });
    expect(root.querySelector('section[aria-labelledby="themes"]')?.classList.contains('break-before-page')).toBe(true);
  });
  it('contains every CIPD / PPMA finding, its quotation and the connections table', () => {
    for (const f of findings) {
      expect(text(root.querySelector(`#leadership-${f.id}`))).toBe(f.title);
      expect(body).toContain(flat(f.quote));
    }
    expect(root.querySelectorAll('[data-connections-table] td').filter((td) => text(td) === '✓')).toHaveLength(relations.length);
  });
  it('keeps every section id of the pages it gathers, prefixed so each stays unique', () => {
    const ids = root.querySelectorAll('[id]').map((el) => el.id);
    expect(new Set(ids).size).toBe(ids.length);
    // "Cite this page" and "Embed this theme" belong to each page itself, not to the content gathered here.
    const own = new Set(['cite', 'cite-news-item', 'cite-report', 'cite-page', 'embed']);
    const gathered = (url: string) => (urlContract[url] ?? []).filter((id) => !own.has(id));
    const expected = [
      ...gathered('/report/').map((id) => `report-${id}`),
      ...themes.flatMap((t) => [`theme-${t.number}`, ...gathered(`/themes/${t.slug}/`).map((id) => `theme-${t.number}-${id}`)]),
      ...gathered('/leadership/').map((id) => `leadership-${id}`),
      ...gathered('/about/').map((id) => `about-${id}`),
    ];
    for (const id of expected) expect(ids, id).toContain(id);
  });
  it('has a numbered contents list whose every link lands on the page', () => {
    const links = root.querySelectorAll('nav[aria-labelledby="contents"] a');
    expect(links.map((a) => text(a)).slice(0, 1)).toEqual(['Report summary']);
    const ids = new Set(root.querySelectorAll('[id]').map((el) => el.id));
    for (const a of links) expect(ids.has((a.getAttribute('href') ?? '').slice(1)), a.getAttribute('href')).toBe(true);
    const parts = root.querySelectorAll('nav[aria-labelledby="contents"] > ol > li > a').map((a) => text(a));
    expect(parts).toEqual(['Report summary', 'The ten themes', 'The CIPD / PPMA findings', 'Sources and citation']);
  });
  it('weighs less than the pages it gathers, read one by one', () => {
    const parts = ['/report/', '/leadership/', '/about/', ...themes.map((t) => `/themes/${t.slug}/`)];
    const bytes = (url: string) => Buffer.byteLength(readPage(url));
    expect(bytes('/report/full/')).toBeLessThan(parts.reduce((sum, url) => sum + bytes(url), 0));
  });
  it('cites both reports', () => {
    const references = text(root.querySelector('#references + ul'));
    expect(references).toContain('Needham, C. and Mangan, C. (2014) The 21st Century Public Servant.');
    expect(references).toContain('(2012) Leading Culture Change');
  });
  it('has a print button that stays hidden until JavaScript shows it', () => {
    const button = root.querySelector('button[data-print-page]');
    expect(button?.hasAttribute('hidden')).toBe(true);
    expect(button?.parentNode?.classList.contains('no-print')).toBe(true);
  });
  it('links the PDF edition only when `npm run pdf` has made it', () => {
    const made = existsSync('public/downloads/21st-century-public-servant.pdf');
    const link = root.querySelector('a[data-pdf-download]');
    expect(link !== null).toBe(made);
    if (made) expect(existsSync('dist/downloads/21st-century-public-servant.pdf')).toBe(true);
  });
});

describe('the workshop cards (/workshop/)', () => {
  const root = page('/workshop/');
  const cards = root.querySelectorAll('[data-workshop-cards] > li');
  it('has ten cards, one per theme in order, with its number and statement', () => {
    expect(cards).toHaveLength(10);
    cards.forEach((card, i) => {
      const theme = themes[i]!;
      expect(text(card.querySelector('[aria-hidden="true"]'))).toBe(String(theme.number));
      expect(text(card.querySelector('h3'))).toBe(`Theme ${theme.number}: ${theme.title}`);
      expect(flat(text(card.querySelector('blockquote')))).toBe(flat(theme.statement));
    });
  });
  it('gives each card three of the questions on its theme page, word for word', () => {
    cards.forEach((card, i) => {
      const onPage = page(`/themes/${themes[i]!.slug}/`).querySelectorAll('.heading-link-wrap:has(#questions) ~ ol li').map((li) => text(li));
      const onCard = card.querySelectorAll('ul li').map((li) => text(li));
      expect(onCard).toHaveLength(3);
      expect(onCard).toEqual(onPage.slice(0, 3));
    });
  });
  it('labels the facilitator’s note and the questions as the guide’s own', () => {
    expect(text(root.querySelector('.heading-link-wrap:has(#facilitators-note) + p'))).toMatch(/^The guide’s own suggestion, not from either report/);
    for (const card of cards) expect(text(card)).toContain('(the guide’s own)');
  });
});

describe('reading time and last reviewed', () => {
  const readingPages = ['/report/', '/leadership/', '/about/', '/accessibility/', '/report/full/', ...themes.map((t) => `/themes/${t.slug}/`)];
  it.each(readingPages)('%s says when it was last reviewed and how long it takes to read', (url) => {
    const line = page(url).querySelector('[data-reading-time]')?.parentNode;
    expect(text(line)).toMatch(/last reviewed \d{1,2} [A-Z][a-z]+ \d{4} · \d+ minutes? to read$/i);
    expect(line?.querySelector('time')?.getAttribute('datetime')).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
  it('the whole guide takes longer to read than any one page of it', () => {
    const minutes = (url: string) => Number(/(\d+) minute/.exec(text(page(url).querySelector('[data-reading-time]')))?.[1]);
    const total = minutes('/report/full/');
    for (const url of readingPages.filter((u) => u !== '/report/full/')) expect(total).toBeGreaterThan(minutes(url));
  });
});
