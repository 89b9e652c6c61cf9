/**
 * The connections map, the full-report edition and the workshop cards in Debian's Chromium:
 * the map's two layouts (real text measured, keyboard order, focus), and printing (page.pdf()).
 * axe on these pages, in both schemes, runs in reading.test.ts (URL contract).
 */
import { mkdirSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { palette } from '../../src/styles/tokens.ts';
import { cssRgb, useBrowser } from '../support/browser.ts';
import { readPdfLayout } from '../support/pdf.ts';

const SCREENSHOTS = 'test-results/screenshots';
/** A4 with the site's @page margins (18 mm × 16 mm), in CSS px: what is left to print on. */
const PRINTABLE = { width: Math.floor(((210 - 32) / 25.4) * 96), height: Math.floor(((297 - 36) / 25.4) * 96) };

const chromium = useBrowser();
const { open } = chromium;
beforeAll(() => mkdirSync(SCREENSHOTS, { recursive: true }));

/** The map drawing the reader sees (the other is display: none). */
const shownMap = (page: Page) => page.evaluate(() => [...document.querySelectorAll('svg[data-map]')].filter((svg) => getComputedStyle(svg).display !== 'none').map((svg) => svg.getAttribute('data-map')));

describe('the connections map', () => {
  describe.each([
    [375, 'narrow'],
    [1280, 'wide'],
  ] as const)('at %i px', (width, variant) => {
    it.each(['light', 'dark'] as const)(`shows the ${variant} layout in the %s scheme, with every label inside its node`, async (scheme) => {
      const { page, problems, close } = await open('/connections/', { width, scheme });
      expect(await shownMap(page)).toEqual([variant]);
      await page.locator('#map').screenshot({ path: `${SCREENSHOTS}/map-${width}-${scheme}.png` });
      // Real text, measured in the browser's own font: every label fits its node, every node fits the drawing.
      const overruns = await page.evaluate((v) => {
        const svg = document.querySelector<SVGSVGElement>(`svg[data-map="${v}"]`)!;
        const view = svg.viewBox.baseVal;
        const bad: string[] = [];
        for (const a of svg.querySelectorAll('a[data-node]')) {
          const box = (a.querySelector('rect, circle') as SVGGraphicsElement).getBBox();
          const label = [...a.querySelectorAll('text')].at(-1)!.getBBox();
          const inside = (b: DOMRect, o: { x: number; y: number; width: number; height: number }) =>
            b.x >= o.x - 0.5 && b.y >= o.y - 0.5 && b.x + b.width <= o.x + o.width + 0.5 && b.y + b.height <= o.y + o.height + 0.5;
          if (!inside(label, box)) bad.push(`${a.getAttribute('data-node')}: label ${Math.round(label.x + label.width)} > box ${Math.round(box.x + box.width)}`);
          if (!inside(label, view)) bad.push(`${a.getAttribute('data-node')}: outside the drawing`);
        }
        return bad;
      }, variant);
      expect(overruns).toEqual([]);
      // Readable: the narrow drawing is shown at least at its own size (text at least 14 px), the wide one near it.
      const scale = await page.evaluate((v) => {
        const svg = document.querySelector<SVGSVGElement>(`svg[data-map="${v}"]`)!;
        return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      }, variant);
      expect(scale).toBeGreaterThanOrEqual(variant === 'narrow' ? 1 : 0.95);
      expect(problems).toEqual({ consoleErrors: [], failedRequests: [], otherOrigins: [] });
      await close();
    });
  });

  it('reads at 320 px without scrolling sideways, drawn at full size', async () => {
    const { page, close } = await open('/connections/', { width: 320 });
    expect(await shownMap(page)).toEqual(['narrow']);
    const scale = await page.evaluate(() => {
      const svg = document.querySelector<SVGSVGElement>('svg[data-map="narrow"]')!;
      return svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
    });
    expect(scale).toBeGreaterThanOrEqual(0.98);
    expect(await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)).toBeLessThanOrEqual(0);
    await close();
  });

  it.each([375, 1280])('at %i px, Tab meets the themes in order, then the findings, with the focused node filled', async (width) => {
    const { page, close } = await open('/connections/', { width });
    const met: string[] = [];
    let fill = '';
    for (let i = 0; i < 80 && met.length < 15; i++) {
      await page.keyboard.press('Tab');
      const node = await page.evaluate(() => document.activeElement?.getAttribute('data-node') ?? null);
      if (node) {
        met.push(node);
        if (met.length === 5) fill = await page.evaluate(() => getComputedStyle(document.activeElement!.querySelector('rect')!).fill);
      } else if (met.length) break;
    }
    expect(met).toEqual([...Array.from({ length: 10 }, (_, i) => `theme-${i + 1}`), 'finding-new-model-of-leadership', 'finding-staff-shape-values', 'finding-change-takes-time', 'finding-leadership-beyond-the-board', 'finding-willmott-comment']);
    expect(fill).toBe(cssRgb(palette.light.focus));
    await close();
  });

  it('prints the wide layout, whole, on one page', async () => {
    const { page, close } = await open('/connections/', { width: PRINTABLE.width });
    await page.emulateMedia({ media: 'print' });
    expect(await shownMap(page)).toEqual(['wide']);
    const figure = await page.locator('#map').boundingBox();
    expect(figure?.height ?? Infinity).toBeLessThan(PRINTABLE.height);
    expect(await page.locator('#map').evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
    await close();
  });
});

describe('the full-report edition', () => {
  it('in page.pdf(), every theme (and every part) begins a new printed page', async () => {
    const { page, close } = await open('/report/full/');
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, outline: true });
    const layout = readPdfLayout(pdf);
    const order = await page.evaluate(() => [...document.querySelectorAll('main [id]')].map((el) => el.id));
    const where = (id: string) => {
      const destination = layout.destinations.get(id);
      if (!destination) throw new Error(`no PDF destination for #${id}`);
      return destination;
    };
    const starts = ['report-summary', 'themes', ...Array.from({ length: 10 }, (_, i) => `theme-${i + 1}`), 'leadership-findings', 'sources-and-citation'];
    const pages = new Set<number>();
    for (const id of starts) {
      const { page: at, fromTop } = where(id);
      const earlierOnPage = order.slice(0, order.indexOf(id)).filter((other) => layout.destinations.get(other)?.page === at);
      // Theme 1 shares its page with the heading of the part it opens, and nothing else.
      expect(earlierOnPage, `#${id} on page ${at + 1}`).toEqual(id === 'theme-1' ? ['themes'] : []);
      // At the top of the page: above it at most the heading's own margin (a line of text is taller).
      if (id !== 'theme-1') expect(fromTop, `#${id} is at the top of page ${at + 1}`).toBeLessThanOrEqual(48);
      pages.add(at);
    }
    expect(pages.size).toBe(starts.length - 1);
    expect(layout.pageCount).toBeGreaterThanOrEqual(pages.size + 1);
    await close();
  });

  it('prints without navigation or the print button, and prints link URLs', async () => {
    const { page, close } = await open('/report/full/');
    expect(await page.locator('button[data-print-page]').isVisible()).toBe(true);
    await page.emulateMedia({ media: 'print' });
    for (const selector of ['header', 'footer', 'nav[aria-label="Breadcrumb"]', 'button[data-print-page]']) {
      expect(await page.locator(selector).first().isVisible(), selector).toBe(false);
    }
    expect(await page.locator('nav[aria-labelledby="contents"]').isVisible()).toBe(true);
    const after = await page.locator('#theme-5-connections ~ ul a[data-print-url]').first().evaluate((a) => getComputedStyle(a, '::after').content);
    expect(after).toMatch(/\(http.*\/themes\/.+\)/);
    await close();
  });

  it('without JavaScript, the print button stays hidden', async () => {
    const { page, close } = await open('/report/full/', { javaScript: false });
    expect(await page.locator('button[data-print-page]').isVisible()).toBe(false);
    expect(await page.locator('#theme-10-questions').isVisible()).toBe(true);
    await close();
  });

  it('the print button opens the print dialog', async () => {
    const { page, close } = await open('/report/full/');
    await page.evaluate(() => {
      (window as unknown as { printed: number }).printed = 0;
      window.print = () => void ((window as unknown as { printed: number }).printed += 1);
    });
    await page.click('button[data-print-page]');
    expect(await page.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await close();
  });
});

describe('the workshop cards', () => {
  it('print two to an A4 page, after the facilitator’s note, with dashed lines to cut along', async () => {
    const { page, close } = await open('/workshop/', { width: PRINTABLE.width });
    const layout = readPdfLayout(await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    expect(layout.pageCount).toBe(1 + 10 / 2);
    await page.emulateMedia({ media: 'print' });
    const cards = await page.locator('[data-workshop-cards] > li').evaluateAll((items) =>
      items.map((li) => {
        const css = getComputedStyle(li);
        return { breakAfter: css.breakAfter, border: css.borderTopStyle, height: li.getBoundingClientRect().height, overflows: li.scrollHeight > li.clientHeight + 1 };
      }),
    );
    expect(cards.map((c) => c.breakAfter)).toEqual(Array.from({ length: 10 }, (_, i) => (i % 2 ? 'page' : 'auto')));
    for (const card of cards) {
      expect(card.border).toBe('dashed');
      expect(card.overflows, 'card text is cut off').toBe(false);
      expect(2 * card.height).toBeLessThan(PRINTABLE.height);
    }
    await close();
  });
});
