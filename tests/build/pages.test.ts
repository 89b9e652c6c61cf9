/** The built site (dist/): what every reader, crawler and link depends on. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HTMLElement } from 'node-html-parser';
import { DIST, builtPages, meta, page, text } from '../support/dist.ts';
import { contractUrls, urlContract } from '../support/url-contract.ts';

/** The bootstrap's code, whether Astro inlined it or linked it (src/scripts/enhance.ts). */
function bootstrapCode(script: HTMLElement | null): string {
  const src = script?.getAttribute('src');
  return src ? readFileSync(join(DIST, src), 'utf8') : (script?.textContent ?? '');
}

const isRedirect = (url: string) => page(url).querySelector('meta[http-equiv="refresh"]') !== null;
// Embed cards (/embed/…) are fragments for other sites' <iframe>s, tested in linking.test.ts.
const pages = builtPages().filter((url) => !isRedirect(url) && !url.startsWith('/embed/'));

describe('the URL contract', () => {
  it.each(contractUrls)('%s is built with all its section ids', (url) => {
    expect(pages).toContain(url);
    const ids = page(url).querySelectorAll('[id]').map((el) => el.id);
    for (const id of urlContract[url] ?? []) expect(ids, `#${id} on ${url}`).toContain(id);
  });
  it('has a 404 page linking to every theme', () => {
    const notFound = page('/404.html');
    const themeLinks = notFound.querySelectorAll('main a[href^="/themes/"]');
    expect(themeLinks).toHaveLength(10);
  });
});

describe('short theme links', () => {
  it.each(Array.from({ length: 10 }, (_, i) => i + 1))('/themes/%i/ redirects to that theme', (n) => {
    const target = contractUrls.filter((url) => /^\/themes\/[a-z-]+\/$/.test(url))[n - 1];
    const redirect = page(`/themes/${n}/`);
    expect(redirect.querySelector('meta[http-equiv="refresh"]')?.getAttribute('content')).toBe(`0; url=${target}`);
    expect(redirect.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(new RegExp(`${target}$`));
  });
});

describe.each(pages)('page %s', (url) => {
  const root = page(url);
  it('has one h1, a title, a description, British English and a canonical URL', () => {
    expect(root.querySelectorAll('h1')).toHaveLength(1);
    expect(text(root.querySelector('title')).length).toBeGreaterThan(5);
    expect(meta(root, 'description')?.length ?? 0).toBeGreaterThan(50);
    expect(root.querySelector('html')?.getAttribute('lang')).toBe('en-GB');
    expect(root.querySelector('link[rel="canonical"]')?.getAttribute('href')).toMatch(/^https?:\/\/[^/]+\//);
  });
  it('gives every h2 and h3 a unique id', () => {
    const headings = root.querySelectorAll('h2, h3');
    const ids = headings.map((h) => h.id);
    expect(ids.every(Boolean), headings.filter((h) => !h.id).map((h) => text(h)).join(', ')).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    const allIds = root.querySelectorAll('[id]').map((el) => el.id);
    expect(new Set(allIds).size).toBe(allIds.length);
  });
  it('has a skip link to main, and main, header and footer landmarks', () => {
    expect(root.querySelector('a[href="#main"]')).not.toBeNull();
    expect(root.querySelectorAll('main#main')).toHaveLength(1);
    expect(root.querySelector('header')).not.toBeNull();
    expect(root.querySelector('footer a[href$="/accessibility/"]')).not.toBeNull();
    expect(root.querySelector('footer a[href$="/about/"]')).not.toBeNull();
  });
  it('loads nothing from another origin and runs one script at most: the small bootstrap every page shares', () => {
    const loaded = root.querySelectorAll('script[src], link[rel="stylesheet"], img, iframe, source, video, audio, link[rel="preload"], link[rel="icon"]');
    for (const element of loaded) {
      const address = element.getAttribute('src') ?? element.getAttribute('href') ?? '';
      expect(address, element.outerHTML).toMatch(/^\/(?!\/)/);
    }
    const scripts = root.querySelectorAll('script').filter((s) => s.getAttribute('type') !== 'application/ld+json');
    expect(scripts.length).toBeLessThanOrEqual(1);
    for (const script of scripts) {
      expect(script.getAttribute('type')).toBe('module');
      expect(bootstrapCode(script)).toBe(bootstrapCode(page('/').querySelector('script[type="module"]')));
      expect(Buffer.byteLength(bootstrapCode(script)), 'the bootstrap stays within its 2 KB budget').toBeLessThanOrEqual(2048);
    }
    expect(root.querySelectorAll('[style*="url("]')).toHaveLength(0);
  });
});

describe('theme pages', () => {
  const themeUrls = contractUrls.filter((url) => /^\/themes\/[^/]+\/$/.test(url));
  it.each(themeUrls.map((url, index) => [url, index] as const))('%s says which theme it is and links to its neighbours', (url, index) => {
    const root = page(url);
    expect(text(root.querySelector('main'))).toContain(`Theme ${index + 1} of 10`);
    const previous = root.querySelector('a[rel="prev"]')?.getAttribute('href');
    const next = root.querySelector('a[rel="next"]')?.getAttribute('href');
    expect(previous).toBe(themeUrls[index - 1]);
    expect(next).toBe(themeUrls[index + 1]);
  });
  it('theme 8 shows "[leadership]" as an editorial insertion', () => {
    const statement = page('/themes/distributed-leadership/').querySelector('[data-theme-statement]');
    expect(text(statement)).toMatch(/models of \[leadership\]$/);
    expect(text(statement?.querySelector('ins'))).toBe('[leadership]');
  });
  it('each Connections section links to exactly the findings in its frontmatter', async () => {
    const { readContent } = await import('../../src/lib/content/read.ts');
    for (const entry of readContent('.').themes) {
      const data = entry.data as { slug: string; related: string[] };
      const html = page(`/themes/${data.slug}/`).toString();
      const start = html.indexOf('id="connections"');
      const end = html.indexOf('id="questions"');
      const linked = [...html.slice(start, end).matchAll(/href="\/leadership\/#([a-z-]+)"/g)].map((m) => m[1]);
      expect(start).toBeGreaterThan(0);
      expect(end).toBeGreaterThan(start);
      expect(new Set(linked), data.slug).toEqual(new Set(data.related));
    }
  });
});

describe('the home page', () => {
  it('lists the ten themes in order, each linking to its page', () => {
    const links = page('/').querySelectorAll('.heading-link-wrap:has(#the-ten-themes) ~ ol a:not([data-editorial-insertion])').map((a) => a.getAttribute('href'));
    expect(links).toEqual(contractUrls.filter((url) => /^\/themes\/[^/]+\/$/.test(url)));
  });
});
