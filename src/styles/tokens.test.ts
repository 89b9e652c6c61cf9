import { describe, expect, it } from 'vitest';
import { palette, previewSoft, type ColourName, type Scheme } from './tokens.ts';
import { site } from '../lib/site.ts';

/** WCAG 2.2 contrast ratio of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const luminance = (hex: string) => {
    const [r, g, b] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const [high, low] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (high + 0.05) / (low + 0.05);
}

/** Text colour on background colour, as the stylesheet pairs them. */
const TEXT_PAIRS: [ColourName, ColourName][] = [
  ['ink', 'page'],
  ['ink', 'panel'],
  ['muted', 'page'],
  ['muted', 'panel'],
  ['accent', 'page'],
  ['accent', 'panel'],
  ['accent-ink', 'accent'],
  ['focus-ink', 'focus'],
];
const schemes: Record<string, Scheme> = {
  light: palette.light,
  dark: { ...palette.light, ...palette.dark },
  print: { ...palette.light, ...palette.print },
};

describe('the palette', () => {
  for (const [scheme, colours] of Object.entries(schemes)) {
    it(`meets WCAG AA (4.5:1) for every text pair in the ${scheme} scheme`, () => {
      for (const [text, background] of TEXT_PAIRS) {
        expect(contrast(colours[text] as string, colours[background] as string), `${text} on ${background}`).toBeGreaterThanOrEqual(4.5);
      }
    });
  }
  it('draws focus so it shows on the page in both schemes (3:1 for the indicator), and is not GOV.UK’s yellow', () => {
    // Light: the dark edge under the focus block; dark: the focus block itself.
    expect(contrast(palette.light['focus-ink'], palette.light.page)).toBeGreaterThanOrEqual(3);
    expect(contrast(palette.light.focus, palette.dark.page)).toBeGreaterThanOrEqual(3);
    expect([palette.light.focus, palette.light.accent].map((c) => c.toLowerCase())).not.toContain('#ffdd00');
    expect(palette.light.accent.toLowerCase()).not.toBe('#1d70b8');
  });
  it('gives the preview images legible text on the accent', () => {
    expect(contrast(previewSoft, palette.light.accent)).toBeGreaterThanOrEqual(4.5);
  });
  it('is where the browser’s theme colour comes from: the page background of each scheme', () => {
    expect(site.themeColor).toEqual({ light: palette.light.page, dark: palette.dark.page });
  });
});
