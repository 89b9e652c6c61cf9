/**
 * The reading design in a real browser: reading comes first, the connections table breaks no
 * word, and a link to a section inside "Cite and share" opens it. (That every focused element
 * keeps readable text, which axe does not test, is checked with axe in reading.test.ts.)
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { baseUrl, cssRgb, useBrowser } from '../support/browser.ts';
import { contractUrls, urlContract } from '../support/url-contract.ts';
import { palette } from '../../src/styles/tokens.ts';
import { MARK_PATHS } from '../../src/shared/mark.ts';

/** Waits for what the browser does after load (opening a block, scrolling): a busy machine can take seconds. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 10_000 });


const { open } = useBrowser();

const themeUrls = contractUrls.filter((url) => /^\/themes\/[^/]+\/$/.test(url));

describe('reading first', () => {
  it.concurrent.for(themeUrls)('%s at 375 px: the reading content is at least two-thirds of the page’s height', async (path, { expect }) => {
    const { page, release } = await open(path, { width: 375 });
    const share = await page.evaluate(() => {
      const reading = [...document.querySelectorAll('[data-reading]')].reduce((sum, el) => sum + el.getBoundingClientRect().height, 0);
      return { reading, page: document.documentElement.scrollHeight };
    });
    expect(share.reading).toBeGreaterThan(0);
    expect(share.reading / share.page, `${Math.round(share.reading)} of ${share.page} px`).toBeGreaterThanOrEqual(2 / 3);
    await release();
  });
});

/** Words of the table's cells that the browser laid out across two lines. */
function brokenWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const broken: string[] = [];
    for (const cell of document.querySelectorAll('[data-connections-table] :is(th, td, caption, dt, dd)')) {
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? '';
        for (const match of text.matchAll(/\S+/g)) {
          const range = document.createRange();
          range.setStart(node, match.index);
          range.setEnd(node, match.index + match[0].length);
          const tops = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
          if (tops.size > 1) broken.push(match[0]);
        }
      }
    }
    return broken;
  });
}

describe('the connections table', () => {
  it.concurrent.for([320, 375, 1280])('breaks no word at %i px, on the map page and in the one-page edition', async (width, { expect }) => {
    for (const path of ['/connections/', '/report/full/']) {
      const { page, release } = await open(path, { width });
      const cells = await page.locator('[data-connections-table] td').count();
      expect(cells, path).toBeGreaterThan(0);
      expect(await brokenWords(page), `${path} at ${width} px`).toEqual([]);
      await release();
    }
  });
});

describe('"Cite and share"', () => {
  const ids = ['cite', 'cite-report', 'cite-page', 'embed'];
  const opened = (page: Page, id: string) =>
    page.evaluate((target) => {
      const el = document.getElementById(target);
      return { open: el?.closest('details')?.open ?? false, visible: Boolean(el && el.getBoundingClientRect().height > 0), top: el?.getBoundingClientRect().top ?? -1 };
    }, id);

  it('is closed at first, after the reading sections', async () => {
    const { page, close } = await open(themeUrls[4] ?? '', { width: 375 });
    expect(await page.locator('details:has(#cite)').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    expect(await page.locator('#cite-page-apa').isVisible()).toBe(false);
    const order = await page.evaluate(() => ['questions', 'cite-and-share'].map((id) => document.getElementById(id)!.getBoundingClientRect().top));
    expect(order[0]).toBeLessThan(order[1]!);
    await close();
  });

  const links = themeUrls.flatMap((url) => ids.filter((id) => urlContract[url]?.includes(id)).map((id) => [url, id] as const));
  it.concurrent.for(links)('%s#%s opens the block and scrolls to the section', async ([url, id], { expect }) => {
    const { page, release } = await open(`${url}#${id}`, { width: 375 });
    await expect.poll(() => opened(page, id)).toMatchObject({ open: true, visible: true });
    // The page may still be scrolling (smoothly, unless the reader asks for reduced motion).
    await expect.poll(async () => (await opened(page, id)).top).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => (await opened(page, id)).top).toBeLessThan(450);
    await release();
  });
  // Without JavaScript the browser opens a <details> for a fragment inside it (not in its summary:
  // so #cite is the block's first paragraph, not its heading), on every page that has the block.
  const everyLink = contractUrls.flatMap((url) => ids.filter((id) => urlContract[url]?.includes(id)).map((id) => [url, id] as const));
  it('every page with "Cite and share" is linked to below', () => {
    expect(everyLink.filter(([, id]) => id === 'cite').map(([url]) => url)).toEqual(expect.arrayContaining([...themeUrls, '/report/', '/leadership/']));
  });
  it.concurrent.for(everyLink)('without JavaScript, %s#%s opens the block too, its heading in view', async ([url, id], { expect }) => {
    const { page, release } = await open(`${url}#${id}`, { width: 375, javaScript: false });
    await expect.poll(() => opened(page, id)).toMatchObject({ open: true, visible: true });
    // Scrolled to it (not just opened), and for #cite the block's heading, above it, in view too.
    await expect.poll(async () => (await opened(page, id)).top).toBeGreaterThanOrEqual(0);
    await expect.poll(async () => (await opened(page, id)).top).toBeLessThan(450);
    if (id === 'cite') await expect.poll(() => page.evaluate(() => document.getElementById('cite-and-share')!.getBoundingClientRect().top)).toBeGreaterThanOrEqual(0);
    await release();
  });

  it.each(['/report/', '/leadership/'])('%s#cite-page opens the block too', async (url) => {
    const { page, close } = await open(`${url}#cite-page`, { width: 1280 });
    await poll(() => opened(page, 'cite-page')).toMatchObject({ open: true, visible: true });
    await close();
  });

  it('a link followed on the page (a hash change) opens it', async () => {
    const { page, close } = await open(themeUrls[0] ?? '', { width: 1280 });
    await page.evaluate(() => {
      location.hash = '#cite-report';
    });
    await poll(() => opened(page, 'cite-report')).toMatchObject({ open: true, visible: true });
    await close();
  });

  it('shows the format the reader picks, for the report and the page alike', async () => {
    const { page, close } = await open(`${themeUrls[0]}#cite`, { width: 375 });
    await poll(() => page.locator('#cite-report-apa').isVisible()).toBe(true);
    expect(await page.locator('#cite-report-bibtex').isVisible()).toBe(false);
    await page.getByLabel('BibTeX').check();
    expect(await page.locator('#cite-report-bibtex').isVisible()).toBe(true);
    expect(await page.locator('#cite-page-bibtex').isVisible()).toBe(true);
    expect(await page.locator('#cite-report-apa').isVisible()).toBe(false);
    expect(await page.locator('#embed-code').isVisible()).toBe(true);
    await close();
  });

  it('on paper is one line citing the page', async () => {
    const { page, close } = await open(`${themeUrls[0]}#cite`, { width: 1280 });
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('details:has(#cite)').isVisible()).toBe(false);
    const line = page.locator('[data-print-citation]');
    expect(await line.isVisible()).toBe(true);
    expect(await line.innerText()).toMatch(/^Cite this page: .+https?:\/\/\S+\/themes\//);
    await close();
  });
});

describe('the foot of a theme page', () => {
  it('has one rule between "Cite and share" and the previous / next links, not two', async () => {
    const { page, close } = await open(themeUrls[3] ?? '', { width: 1280 });
    const rules = await page.evaluate(() => {
      const block = document.querySelector('details.cite-share')!;
      const pagination = document.querySelector('nav[aria-label="Previous and next themes"]')!;
      // Every drawn horizontal border from the block's bottom edge down to the first link.
      const lines: number[] = [];
      const from = block.getBoundingClientRect().bottom - 2;
      const to = pagination.querySelector('a')!.getBoundingClientRect().top;
      for (const el of [block, pagination, ...pagination.querySelectorAll('*')]) {
        const style = getComputedStyle(el);
        const r = el.getBoundingClientRect();
        if (parseFloat(style.borderBottomWidth) > 0 && r.bottom >= from && r.bottom <= to) lines.push(Math.round(r.bottom));
        if (parseFloat(style.borderTopWidth) > 0 && r.top >= from && r.top <= to) lines.push(Math.round(r.top));
      }
      return lines;
    });
    expect(rules).toHaveLength(1);
    await close();
  });
});

describe('the site header', () => {
  /** Where the header's parts sit: the mark, the name, the menu's items and the search form. */
  const parts = (page: Page) =>
    page.evaluate(() => {
      const box = (el: Element | null) => {
        const r = el?.getBoundingClientRect();
        return r ? { top: Math.round(r.top), bottom: Math.round(r.bottom), right: Math.round(r.right) } : undefined;
      };
      const header = document.querySelector('header')!;
      return {
        name: box(header.querySelector('a[href$="/"]:not(nav a)')),
        menu: [...header.querySelectorAll('nav li')].map(box),
        search: box(header.querySelector('form[role="search"]')),
        widest: Math.max(...[...header.querySelectorAll('*')].map((el) => el.getBoundingClientRect().right)),
        mark: header.querySelector('svg[aria-hidden="true"] path')?.getAttribute('d'),
      };
    });

  it.each([1024, 1280])('holds the mark, the name, the menu and the search box on one row at %i px', async (width) => {
    const { page, close } = await open(themeUrls[0] ?? '', { width });
    const { name, menu, search, mark } = await parts(page);
    expect(mark).toBe(MARK_PATHS.page);
    // One row: every part starts above the bottom of every other.
    for (const part of [...menu, search]) {
      expect(part!.top).toBeLessThan(name!.bottom);
      expect(name!.top).toBeLessThan(part!.bottom);
    }
    await close();
  });
  it.each([320, 375])('stacks at %i px: the name, then the whole menu on one line, then the search box, all inside the screen', async (width) => {
    const { page, close } = await open(themeUrls[0] ?? '', { width });
    const { name, menu, search, widest } = await parts(page);
    expect(new Set(menu.map((item) => item!.top)).size).toBe(1);
    expect(menu[0]!.top).toBeGreaterThanOrEqual(name!.bottom);
    expect(search!.top).toBeGreaterThanOrEqual(menu[0]!.bottom);
    expect(widest).toBeLessThanOrEqual(width);
    await close();
  });
});

describe('the workshop cards', () => {
  it('have a print button that prints', async () => {
    const { page, close } = await open('/workshop/');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => {
        (window as unknown as { printed: number }).printed += 1;
      };
    });
    await page.getByRole('button', { name: 'Print this page' }).click();
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await close();
  });
});

describe('heading links', () => {
  it('sit on the heading’s last line and show on hover and focus only', async () => {
    const { page, close } = await open(themeUrls[2] ?? '', { width: 375 });
    const wrap = page.locator('.heading-link-wrap:has(#questions)');
    const link = wrap.locator('a.heading-link');
    const lines = await wrap.evaluate((el) => {
      const heading = el.querySelector('h2')!.getClientRects();
      const anchor = el.querySelector('a')!.getBoundingClientRect();
      const last = heading[heading.length - 1]!;
      return { lastLine: Math.round(last.top), anchor: Math.round(anchor.top), headingLines: new Set([...heading].map((r) => Math.round(r.top))).size };
    });
    expect(Math.abs(lines.anchor - lines.lastLine)).toBeLessThanOrEqual(4);
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('0');
    await link.focus();
    expect(await link.evaluate((a) => getComputedStyle(a).opacity)).toBe('1');
    await close();
  });
});

describe('the embed card', () => {
  it('is light by default, whatever the reader’s scheme, and dark at its dark address', async () => {
    for (const scheme of ['light', 'dark'] as const) {
      const { page, close } = await open('/embed/themes/fluid-careers/', { scheme, width: 560 });
      expect(await page.locator('main').evaluate((m) => getComputedStyle(m).backgroundColor), scheme).toBe(cssRgb(palette.light.page));
      await page.goto(`${baseUrl()}/embed/themes/fluid-careers/dark/`);
      expect(await page.locator('main').evaluate((m) => getComputedStyle(m).backgroundColor), scheme).toBe(cssRgb(palette.dark.page));
      await close();
    }
  });
});
