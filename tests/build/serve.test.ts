/** `npm start`'s server answers like a static host: short links and pasted variants are real 301s. */
import { describe, expect, it } from 'vitest';
import { baseUrl } from '../support/browser.ts';

const head = (path: string) => fetch(baseUrl() + path, { redirect: 'manual' });

describe('the static server', () => {
  it.each([
    ['/themes/5/', '/themes/publicness-and-commerciality/'],
    ['/themes/5', '/themes/publicness-and-commerciality/'],
    ['/themes/fluid-careers', '/themes/fluid-careers/'],
    ['/themes/fluid-careers/index.html', '/themes/fluid-careers/'],
  ])('%s answers 301 to %s', async (from, to) => {
    const response = await head(from);
    expect(response.status).toBe(301);
    expect(response.headers.get('location')).toBe(to);
  });
  it('answers 404 with the not-found page', async () => {
    const response = await head('/no-such-page/');
    expect(response.status).toBe(404);
    expect(await response.text()).toContain('Page not found');
  });
});
