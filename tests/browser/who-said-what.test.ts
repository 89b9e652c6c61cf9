/**
 * What a screen reader is given for statement 8's editorial insertion, in Chromium (Playwright's
 * accessibility snapshot): on every page that shows the statement, and in search results.
 */
import { describe, expect, it } from 'vitest';
import { readContent } from '../../src/lib/content/read.ts';
import { INSERTION_WORDS, insertionLabel, insertionsIn } from '../../src/shared/editorial.ts';
import { GUIDE_READING_LABEL } from '../../src/lib/labels.ts';
import { useBrowser } from '../support/browser.ts';

const eight = readContent('.').themes.find((t) => insertionsIn(t.data.statement).length > 0)!.data;
const [insertion] = insertionsIn(eight.statement) as [string];

const { open } = useBrowser();

describe('statement 8, as a screen reader is given it', () => {
  // Each page, and the element around the statement there.
  const surfaces: [string, string][] = [
    ['/', 'li:has(a[data-editorial-insertion])'],
    ['/themes/', 'li:has(a[data-editorial-insertion])'],
    ['/workshop/', '.workshop-card:has(a[data-editorial-insertion]) blockquote'],
    [`/themes/${eight.slug}/`, '[data-theme-statement]'],
    [`/embed/themes/${eight.slug}/`, 'blockquote'],
    ['/report/full/', `[data-full-theme="${eight.number}"] [data-full-statement]`],
  ];
  it.each(surfaces)('%s names the insertion as the guide’s, starting with its visible words, as a link to the note', async (path, around) => {
    const { page, problems, close } = await open(path);
    const statement = page.locator(around).first();
    const snapshot = await statement.ariaSnapshot();
    expect(snapshot).toContain('collaborative models of');
    expect(snapshot).toContain(`link "${insertionLabel(insertion)}"`);
    // Visibly marked: the brackets show, underlined (dotted) as a link.
    const mark = statement.locator('a[data-editorial-insertion]');
    expect(await mark.innerText()).toBe(insertion);
    expect(await mark.evaluate((a: Element) => getComputedStyle(a).textDecorationStyle)).toBe('dotted');
    expect(problems.otherOrigins).toEqual([]);
    await close();
  });
  it('following the insertion’s link lands on the note on the wording', async () => {
    const { page, close } = await open('/themes/');
    await page.getByRole('link', { name: insertionLabel(insertion) }).click();
    await page.waitForURL(new RegExp(`/themes/${eight.slug}/#wording$`));
    await expect.poll(() => page.locator('#wording').innerText()).toMatch(/^Note on the wording: .*editorial insertion/);
    await close();
  });
  it('search results mark the insertion in the excerpt, read out as one, and label the guide’s sections', async () => {
    const { page, close } = await open(`/search/?q=${encodeURIComponent('collaborative models')}`);
    const result = page.locator('[data-search-page] .search-result').filter({ has: page.locator(`a[href^="/themes/${eight.slug}/"]`) }).first();
    await result.waitFor({ timeout: 15_000 });
    const excerpt = result.locator('ins.editorial-insertion').first();
    await excerpt.waitFor();
    // The words before the brackets are for screen readers only; the brackets show, dotted-underlined.
    expect(await excerpt.textContent()).toBe(`${INSERTION_WORDS}: ${insertion}`);
    expect(await excerpt.locator('.sr-only').evaluate((el: Element) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(1);
    expect(await excerpt.evaluate((el: Element) => getComputedStyle(el).textDecorationStyle)).toBe('dotted');
    expect(await result.ariaSnapshot()).toContain(`${INSERTION_WORDS}: ${insertion}`);
    await expect.poll(() => result.locator('.search-label').allInnerTexts()).toContain(GUIDE_READING_LABEL);
    await close();
  });
});
