/**
 * Made to be linked, in the built site: previews (meta tags and images), JSON-LD, heading links,
 * "Cite this page", embed cards, oEmbed, open data, sitemap and robots.txt.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildDate } from '../../src/lib/build-info.ts';
import { apaReport, citationText, harvardReport } from '../../src/lib/citations.ts';
import { reportSchema } from '../../src/lib/content/schemas.ts';
import { embedResizeScript, oembedProblems } from '../../src/lib/embeds.ts';
import { pngSize } from '../../src/lib/preview-image.ts';
import { readContent } from '../../src/lib/content/read.ts';
import { site } from '../../src/lib/site.ts';
import { absoluteUrl } from '../../src/lib/urls.ts';
import { DIST, ERROR_PAGES, builtPages, meta, page, text } from '../support/dist.ts';
import { contractEmbeds, contractUrls } from '../support/url-contract.ts';

const isRedirect = (url: string) => page(url).querySelector('meta[http-equiv="refresh"]') !== null;
const pages = builtPages().filter((url) => !isRedirect(url) && !url.startsWith('/embed/'));
const readingPages = pages.filter((url) => !ERROR_PAGES.includes(url));
const themeUrls = contractUrls.filter((url) => /^\/themes\/[^/]+\/$/.test(url));
const origin = site.siteUrl;
const distFile = (absolute: string) => join(DIST, new URL(absolute).pathname.slice(site.basePath.length - 1));
const content = readContent('.');
const reports = Object.fromEntries(content.reports.map((entry) => [entry.file.replace(/^.*\/|\.yaml$/g, ''), reportSchema.parse(entry.data)]));

type Json = Record<string, unknown> & { '@type'?: string };
function graph(url: string): Json[] {
  const scripts = page(url).querySelectorAll('script[type="application/ld+json"]');
  expect(scripts, `one JSON-LD script on ${url}`).toHaveLength(1);
  const data = JSON.parse(scripts[0]?.textContent ?? '') as { '@context': string; '@graph': Json[] };
  expect(data['@context']).toBe('https://schema.org');
  return data['@graph'];
}
const node = (nodes: Json[], type: string) => nodes.find((n) => n['@type'] === type);

describe.each(pages)('link previews of %s', (url) => {
  const root = page(url);
  it('has Open Graph and Twitter card tags with absolute URLs, a title, a description and an image', () => {
    // X (Twitter) cards read title, description, image and alt text from these Open Graph tags.
    for (const name of ['og:title', 'og:description', 'og:image:alt']) {
      expect(meta(root, name)?.length ?? 0, name).toBeGreaterThan(3);
    }
    expect(meta(root, 'og:url')).toBe(root.querySelector('link[rel="canonical"]')?.getAttribute('href'));
    expect(meta(root, 'og:url')?.startsWith(origin)).toBe(true);
    expect(meta(root, 'twitter:card')).toBe('summary_large_image');
    expect(meta(root, 'og:image')).toMatch(new RegExp(`^${origin}og/[a-z0-9/-]+\\.png$`));
    expect([meta(root, 'og:image:width'), meta(root, 'og:image:height')]).toEqual(['1200', '630']);
    expect(root.querySelectorAll('meta[name="theme-color"]')).toHaveLength(2);
  });
  it('has a preview image that exists and is 1200×630', () => {
    const png = readFileSync(distFile(meta(root, 'og:image') ?? ''));
    expect(pngSize(png)).toEqual({ width: 1200, height: 630 });
    expect(png.length).toBeLessThan(100_000);
  });
  it('has no Google Scholar citation_* tags: a summary must not be indexed as the report itself', () => {
    expect(root.querySelectorAll('meta').filter((m) => (m.getAttribute('name') ?? '').startsWith('citation_'))).toHaveLength(0);
  });
});

describe('each theme page has its own preview image, showing its number', () => {
  it('ten different images', () => {
    const images = themeUrls.map((url) => meta(page(url), 'og:image'));
    expect(new Set(images).size).toBe(10);
    expect(images[4]).toBe(`${origin}og/themes/publicness-and-commerciality.png`);
  });
});

describe.each(readingPages)('JSON-LD of %s', (url) => {
  const nodes = graph(url);
  it('describes the page as a WebPage of the WebSite, with absolute URLs', () => {
    const webPage = node(nodes, 'WebPage');
    expect(webPage?.['url']).toBe(absoluteUrl(url));
    expect(webPage?.['image']).toBe(meta(page(url), 'og:image'));
    expect(String(webPage?.['name']).length).toBeGreaterThan(3);
    expect(webPage?.['isPartOf']).toEqual({ '@id': `${absoluteUrl('/')}#website` });
    expect(node(nodes, 'WebSite')?.['name']).toBe(site.name);
  });
  it('has a BreadcrumbList from Home to this page (except on the home page)', () => {
    if (url === '/') return expect(node(nodes, 'BreadcrumbList')).toBeUndefined();
    const items = node(nodes, 'BreadcrumbList')?.['itemListElement'] as { position: number; name: string; item: string }[];
    expect(items[0]).toEqual({ '@type': 'ListItem', position: 1, name: 'Home', item: absoluteUrl('/') });
    expect(items.at(-1)?.item).toBe(absoluteUrl(url));
    expect(items.map((item) => item.position)).toEqual(items.map((_, index) => index + 1));
  });
});

describe('JSON-LD: the reports', () => {
  const reportNode = (url: string) => node(graph(url), 'Report');
  it.each([['/report/', 'inlogov-2014'], ...themeUrls.map((url) => [url, 'inlogov-2014']), ['/leadership/', 'cipd-ppma-2012']])(
    '%s is about and cites the %s report',
    (url, id) => {
      const nodes = graph(url);
      const report = node(nodes, 'Report');
      const record = reports[id];
      expect(report?.['name']).toBe(record?.title);
      expect(node(nodes, 'WebPage')?.['about']).toEqual([{ '@id': report?.['@id'] }]);
      expect(node(nodes, 'WebPage')?.['citation']).toEqual([{ '@id': report?.['@id'] }]);
      expect((report?.['author'] as unknown[]).length).toBeGreaterThan(0);
      expect(report?.['publisher']).toEqual({ '@type': 'Organization', name: record?.publisher });
      expect(report?.['datePublished']).toBe(record?.datePublished);
    },
  );
  it('the INLOGOV report names its authors and its funder and grant', () => {
    const report = reportNode('/report/');
    expect((report?.['author'] as { name: string }[]).map((a) => a.name)).toEqual(['Catherine Needham', 'Catherine Mangan']);
    expect(report?.['funder']).toEqual({ '@type': 'Organization', name: 'Economic and Social Research Council (ESRC)' });
    expect(report?.['funding']).toMatchObject({ '@type': 'Grant', identifier: 'ES/K007572/1' });
    expect(report?.['datePublished']).toBe('2014-11-03');
  });
  it('the CIPD / PPMA report is credited to the two bodies', () => {
    const report = reportNode('/leadership/');
    expect(report?.['author']).toEqual([
      { '@type': 'Organization', name: 'Chartered Institute of Personnel and Development' },
      { '@type': 'Organization', name: "Public Sector People Managers' Association" },
    ]);
    expect(report?.['datePublished']).toBe('2012-11');
  });
});

describe('heading links', () => {
  // Left out: the search page's own headings (the search feature's), and the one-page edition for
  // print and offline reading, whose sections have their permanent links on the pages it gathers.
  const withLinks = readingPages.filter((url) => url !== '/search/' && url !== '/report/full/');
  it.each(withLinks)('%s: every h2 and h3 has a "#" link to itself, named for screen readers', (url) => {
    const root = page(url);
    for (const heading of root.querySelectorAll('main h2, main h3')) {
      // "Cite and share" is the heading of a closed block, in its <summary>: a link there would be a control inside a control.
      if (heading.parentNode?.tagName === 'SUMMARY') {
        expect(heading.id).toBe('cite-and-share');
        continue;
      }
      const link = heading.parentNode?.querySelector('a.heading-link');
      expect(link?.getAttribute('href'), `#${heading.id} on ${url}`).toBe(`#${heading.id}`);
      expect(link?.getAttribute('aria-label')).toBe(`Link to section: ${text(heading)}`);
      expect(text(link)).toBe('#');
    }
  });
  it('are on every section of the reading pages', () => {
    // In brief, Connections, Questions, and inside "Cite and share": the report, this page, embed.
    expect(page('/themes/fluid-careers/').querySelectorAll('a.heading-link').length).toBe(6);
    expect(page('/leadership/').querySelectorAll('a.heading-link').length).toBeGreaterThanOrEqual(10);
  });
  it('the one-page edition carries none: its sections link to the pages they come from', () => {
    expect(page('/report/full/').querySelectorAll('a.heading-link')).toHaveLength(0);
  });
  it('leaves the heading text alone, so the contents list and search see just the heading', () => {
    const root = page('/themes/fluid-careers/');
    expect(text(root.querySelector('#in-brief'))).toBe('In brief');
    expect(root.querySelectorAll('nav[aria-labelledby="contents-heading"] a').map((a) => text(a))).toEqual([
      '1 In brief',
      '2 Connections',
      '3 Questions for reflection',
      '4 Cite and share',
    ]);
  });
});

describe('"Cite and share"', () => {
  const citeUrls = ['/report/', '/leadership/', ...themeUrls];
  it.each(citeUrls)('%s has it, in its contents, with APA, Harvard and BibTeX for the report and the page', (url) => {
    const root = page(url);
    expect(text(root.querySelector('#cite-and-share'))).toBe('Cite and share');
    expect(root.querySelector('details:not([open]) > summary > #cite-and-share'), 'a closed block').not.toBeNull();
    // #cite is the block's first element after its summary: a fragment there opens the block, even without JavaScript.
    expect(root.querySelector('details:not([open]) > summary + #cite'), '#cite inside the block').not.toBeNull();
    expect(root.querySelector('nav[aria-labelledby="contents-heading"] a[href="#cite"]')).not.toBeNull();
    for (const id of ['cite-report-apa', 'cite-report-harvard', 'cite-report-bibtex', 'cite-page-apa', 'cite-page-harvard', 'cite-page-bibtex']) {
      expect(text(root.querySelector(`#${id}`)).length, id).toBeGreaterThan(20);
      const button = root.querySelector(`button[data-copy="${id}"]`);
      expect(button?.hasAttribute('hidden'), `copy button for ${id} waits for JavaScript`).toBe(true);
      expect(text(button)).toMatch(/^Copy /);
    }
    const pageCitation = text(root.querySelector('#cite-page-harvard'));
    expect(pageCitation).toContain(`Available at: ${absoluteUrl(url)} (Accessed: `);
    expect(text(root.querySelector('#cite-page-bibtex'))).toContain(`urldate = {${buildDate.toISOString().slice(0, 10)}}`);
  });
  it('the report citations on the pages are the worked examples in facts.md', () => {
    const inlogov = reports['inlogov-2014'];
    const cipd = reports['cipd-ppma-2012'];
    if (!inlogov || !cipd) throw new Error('report records missing');
    expect(text(page('/report/').querySelector('#cite-report-apa'))).toBe(citationText(apaReport(inlogov)));
    expect(page('/report/').querySelector('#cite-report-apa i')?.textContent).toBe('The 21st century public servant');
    expect(text(page('/themes/permaausterity/').querySelector('#cite-report-harvard'))).toBe(citationText(harvardReport(inlogov)));
    expect(text(page('/leadership/').querySelector('#cite-report-apa'))).toBe(citationText(apaReport(cipd)));
    expect(page('/leadership/').querySelector('#cite-report-bibtex')?.textContent).toContain('@techreport{cipd2012,');
  });
});

describe('embeddable theme cards', () => {
  it.each(contractEmbeds)('%s is a self-contained card: one inline script (its height, for the embed code), no other file, noindex, light unless it is the dark address, a link back', (url) => {
    const root = page(url);
    const slug = url.split('/')[3] as string;
    const dark = url.endsWith('/dark/');
    expect(root.querySelectorAll('script[src], link[rel="stylesheet"], img, iframe')).toHaveLength(0);
    expect(root.querySelectorAll('script').map((script) => script.textContent)).toEqual([expect.stringContaining('postMessage')]);
    expect(meta(root, 'robots')).toBe('noindex');
    // The card follows the blog it sits in, not the reader's system setting.
    expect(root.querySelector('style')?.textContent).not.toMatch(/prefers-color-scheme/);
    expect(root.querySelector('style')?.textContent).toMatch(/:root\.dark/);
    expect(root.querySelector('html')?.getAttribute('class') ?? '').toBe(dark ? 'dark' : '');
    expect(meta(root, 'color-scheme')).toBe(dark ? 'dark' : 'light');
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(absoluteUrl(url));
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    const back = root.querySelector(`a[href="${absoluteUrl(`/themes/${slug}/`)}"]`);
    expect(back?.getAttribute('target')).toBe('_top');
    const theme = content.themes.find((entry) => (entry.data as { slug: string }).slug === slug)?.data as { number: number; statement: string };
    expect(text(root.querySelector('blockquote'))).toBe(theme.statement);
    expect(text(root.querySelector('.kicker'))).toBe(`Theme ${theme.number} of 10`);
  });
  it.each(themeUrls)('%s offers the embed code and announces its oEmbed answer', (url) => {
    const root = page(url);
    const slug = url.split('/')[2] as string;
    const code = root.querySelector('#embed-code')?.textContent ?? '';
    expect(code).toMatch(new RegExp(`^<iframe src="${absoluteUrl(`/embed/themes/${slug}/`)}" title="Theme \\d+ of 10: [^"]+" width="560" height="\\d+"`));
    expect(root.querySelector('button[data-copy="embed-code"]')).not.toBeNull();
    const discovery = root.querySelectorAll('link[rel="alternate"][type="application/json+oembed"]');
    expect(discovery).toHaveLength(1);
    expect(discovery[0]?.getAttribute('href')).toBe(absoluteUrl(`/oembed/themes/${slug}.json`));
    const oembed = JSON.parse(readFileSync(join(DIST, `oembed/themes/${slug}.json`), 'utf8')) as Record<string, unknown>;
    expect(oembedProblems(oembed)).toEqual([]);
    // oEmbed answers with the frame alone (its consumers take no script): the embed code without its script.
    expect(code).toBe(`${oembed['html']}${embedResizeScript()}`);
    expect(oembed['thumbnail_url']).toBe(meta(root, 'og:image'));
    expect(oembed['provider_name']).toBe(site.name);
  });
  it('only theme pages announce an oEmbed answer', () => {
    const others = pages.filter((url) => !themeUrls.includes(url));
    for (const url of others) expect(page(url).querySelector('link[type="application/json+oembed"]'), url).toBeNull();
  });
});

describe('open data', () => {
  const themes = JSON.parse(readFileSync(join(DIST, 'data/themes.json'), 'utf8')) as { themes: Record<string, unknown>[]; licence: string };
  const findings = JSON.parse(readFileSync(join(DIST, 'data/findings.json'), 'utf8')) as { findings: Record<string, unknown>[] };
  it('/data/themes.json lists the ten themes in order with statements, URLs and related finding ids', () => {
    expect(themes.themes.map((t) => t['number'])).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    expect(themes.themes.map((t) => t['url'])).toEqual(themeUrls.map((url) => absoluteUrl(url)));
    const five = themes.themes[4];
    expect(five).toMatchObject({
      slug: 'publicness-and-commerciality',
      statement: 'The 21st Century Public Servant combines an ethos of publicness with an understanding of commerciality',
      shortUrl: absoluteUrl('/themes/5/'),
      embedUrl: absoluteUrl('/embed/themes/publicness-and-commerciality/'),
      relatedFindings: ['staff-shape-values', 'change-takes-time'],
    });
    expect(themes.licence).toBe(site.licence.text);
  });
  it('/data/findings.json lists the findings with their quotes, URLs and related theme numbers, both ways round', () => {
    const ids = findings.findings.map((f) => f['id']);
    expect(ids).toHaveLength(5);
    for (const finding of findings.findings) {
      expect(finding['url']).toBe(absoluteUrl(`/leadership/#${finding['id']}`));
      for (const number of finding['relatedThemes'] as number[]) {
        expect(themes.themes[number - 1]?.['relatedFindings'], `theme ${number} ↔ ${finding['id']}`).toContain(finding['id']);
      }
    }
    for (const theme of themes.themes) for (const id of theme['relatedFindings'] as string[]) expect(ids).toContain(id);
  });
});

describe('sitemap.xml and robots.txt', () => {
  const index = readFileSync(join(DIST, 'sitemap-index.xml'), 'utf8');
  const locations = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] as string);
  const sitemap = locations(index).flatMap((loc) => locations(readFileSync(distFile(loc), 'utf8')));
  it('lists every reading page by its absolute canonical URL, and no embed card, short link or 404', () => {
    expect(new Set(sitemap)).toEqual(new Set(contractUrls.map((url) => absoluteUrl(url))));
  });
  it('robots.txt allows crawling and names the sitemap', () => {
    const robots = readFileSync(join(DIST, 'robots.txt'), 'utf8');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
    expect(robots).toContain(`Sitemap: ${absoluteUrl('/sitemap-index.xml')}`);
  });
});
