/** The theme layout rendered on its own with Astro's Container API. */
import { experimental_AstroContainer as AstroContainer } from 'astro/container';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, it } from 'vitest';
import ThemeLayout from '../../src/layouts/ThemeLayout.astro';

const theme = {
  number: 5,
  slug: 'publicness-and-commerciality',
  title: 'Publicness and commerciality',
  statement: 'The 21st Century Public Servant combines an ethos of publicness with an understanding of commerciality',
  description: 'Theme 5 described for a test.',
  editorial: 'Complete in the announcement post.',
  reviewed: new Date('2026-11-24'),
};
const props = {
  theme,
  total: 10,
  source: 'The 21st Century Public Servant, Needham and Mangan, INLOGOV, 2014',
  contents: [
    { id: 'in-brief', text: 'In brief' },
    { id: 'connections', text: 'Connections' },
    { id: 'questions', text: 'Questions for reflection' },
  ],
  previous: { number: 4, title: 'Fluid careers', slug: 'fluid-careers' },
  next: { number: 6, title: 'Permaausterity', slug: 'permaausterity' },
};

let container: AstroContainer;
beforeAll(async () => {
  container = await AstroContainer.create();
});

const render = async (overrides: Record<string, unknown> = {}, body = '<h2 id="in-brief">In brief</h2><p>Reading.</p>') =>
  parse(await container.renderToString(ThemeLayout, { props: { ...props, ...overrides }, slots: { default: body } }));

describe('ThemeLayout', () => {
  it('says which theme this is, shows the statement and its source, and has one h1', async () => {
    const page = await render();
    expect(page.querySelectorAll('h1').map((h) => h.textContent)).toEqual(['Publicness and commerciality']);
    expect(page.querySelector('main')?.textContent).toContain('Theme 5 of 10');
    expect(page.querySelector('[data-theme-statement]')?.textContent.trim()).toBe(theme.statement);
    expect(page.querySelector('figcaption')?.textContent).toContain('Needham and Mangan');
    expect(page.querySelector('title')?.textContent).toBe('5. Publicness and commerciality — 21CPS Guide');
  });
  it('says nothing about the wording when the statement is complete, and flags it when it is not', async () => {
    expect((await render()).querySelector('[data-wording-note]')).toBeNull();
    const note = 'Every public copy of the list found stops at “models of”.';
    expect((await render({ theme: { ...theme, editorial: note } })).querySelector('[data-wording-note]')?.textContent).toContain(note);
  });
  it('turns the sentence that says a section is the guide’s own into one tag, explained once', async () => {
    const body = '<h2 id="in-brief">In brief</h2><p><em>The guide’s own plain-English reading.</em></p><p>Reading.</p><h2 id="questions">Questions</h2><p><em>Questions from this guide.</em></p><ol><li>Q?</li></ol>';
    const page = await render({}, body);
    expect(page.querySelectorAll('.prose p.guide-tag').map((p) => p.textContent)).toEqual(['Guide’s reading', 'Guide’s reading']);
    expect(page.querySelectorAll('[data-guide-legend]')).toHaveLength(1);
    expect(page.querySelector('.prose')?.textContent).not.toContain('The guide’s own plain-English reading.');
  });
  it('renders the body inside the reading area and a numbered contents list', async () => {
    const page = await render();
    expect(page.querySelector('[data-pagefind-body] .prose #in-brief')).not.toBeNull();
    expect(page.querySelectorAll('nav[aria-labelledby="contents-heading"] ol li a').map((a) => a.getAttribute('href'))).toEqual([
      '#in-brief',
      '#connections',
      '#questions',
    ]);
  });
  it('links to the previous and next themes', async () => {
    const page = await render();
    expect(page.querySelector('a[rel="prev"]')?.getAttribute('href')).toBe('/themes/fluid-careers/');
    expect(page.querySelector('a[rel="prev"]')?.textContent).toContain('4 Fluid careers');
    expect(page.querySelector('a[rel="next"]')?.getAttribute('href')).toBe('/themes/permaausterity/');
  });
  it('has no previous link on the first theme and no next link on the last', async () => {
    const first = await render({ theme: { ...theme, number: 1 }, previous: undefined });
    expect(first.querySelector('a[rel="prev"]')).toBeNull();
    const last = await render({ theme: { ...theme, number: 10 }, next: undefined });
    expect(last.querySelector('a[rel="next"]')).toBeNull();
  });
  it('marks a bracketed editorial insertion in the statement', async () => {
    const page = await render({ theme: { ...theme, statement: 'The 21st Century Public Servant rejects heroic leadership in favour of distributed and collaborative models of [leadership]' } });
    expect(page.querySelector('[data-theme-statement] ins')?.textContent).toBe('[leadership]');
  });
  it('breadcrumbs lead home, to the themes, then to this theme', async () => {
    const page = await render();
    const crumbs = page.querySelectorAll('nav[aria-label="Breadcrumb"] li');
    expect(crumbs.map((li) => li.textContent.replace('›', '').trim())).toEqual(['Home', 'Themes', 'Theme 5 of 10']);
  });
  it('says how long the page takes to read, next to when it was last reviewed', async () => {
    const page = await render({}, `<h2 id="in-brief">In brief</h2><p>${'word '.repeat(450)}</p>`);
    expect(page.querySelector('[data-reading-time]')?.textContent).toBe('3 minutes to read');
    expect(page.querySelector('[data-reading-time]')?.parentNode?.textContent).toMatch(/^Last reviewed 24 November 2026 · 3 minutes to read$/);
  });
  it('ends the Connections section with a link to the connections map, before the questions', async () => {
    const body = '<h2 id="in-brief">In brief</h2><p>x</p><h2 id="connections">Connections</h2><ul><li>y</li></ul><h2 id="questions">Questions</h2><ol><li>z</li></ol>';
    const html = (await render({}, body)).toString();
    const link = html.indexOf('href="/connections/"');
    expect(link).toBeGreaterThan(html.indexOf('id="connections"'));
    expect(link).toBeLessThan(html.indexOf('id="questions"'));
    const page = await render({}, body);
    expect(page.querySelector('[data-connections-map-link] a')?.getAttribute('data-print-url')).toMatch(/^https?:\/\/.+\/connections\/$/);
  });
});
