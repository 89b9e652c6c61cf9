/**
 * The design tokens: the site's one palette and type stack. The stylesheet gets them as CSS
 * variables through the Tailwind plugin beside this file (palette.ts), and TypeScript imports
 * them directly: the embed card, the preview images and <meta name="theme-color">.
 * One palette designed for both schemes (not inverted); every text pair meets WCAG AA.
 */

/** The light scheme, and the default of every colour. */
const light = {
  /** Warm paper, ink and a deep teal accent: the guide's own, not an official publication's blue and yellow. */
  page: '#fbfaf7',
  panel: '#f0eee8',
  ink: '#1f1d1a',
  muted: '#59544b',
  rule: '#d3cec3',
  accent: '#0d5c57',
  'accent-ink': '#ffffff',
  /** Focus: a light apricot block with a dark edge, which shows on any background in either scheme. */
  focus: '#ffc2a8',
  'focus-ink': '#1f0e07',
} as const;

export type ColourName = keyof typeof light;
export type Scheme = Partial<Record<ColourName, string>>;

export const palette = {
  light,
  /** The colours that change in the dark scheme; the focus pair stays. */
  dark: {
    page: '#151a19',
    panel: '#1e2423',
    ink: '#ebe8e2',
    muted: '#b7b1a6',
    rule: '#3a4342',
    accent: '#7dcfc4',
    'accent-ink': '#0a1413',
  },
  /** On paper: black on white, whatever the screen's scheme. */
  print: {
    page: '#ffffff',
    panel: '#ffffff',
    ink: '#000000',
    muted: '#333333',
    accent: '#000000',
    'accent-ink': '#ffffff',
  },
} as const satisfies Record<string, Scheme>;

/** Drawn only on the preview images: the kicker and detail lines, light on the accent. */
export const previewSoft = '#cfe9e5';

/** The system's own UI font: no web font to download (every browser the site supports knows system-ui). */
export const fontStack = 'system-ui, sans-serif';

/** The CSS variable of a colour ("--color-ink") and of the type stack. */
export const colourVariable = (name: ColourName) => `--color-${name}`;
export const FONT_VARIABLE = '--font-body';

/** A scheme as CSS custom properties. */
export function schemeVariables(scheme: Scheme): Record<string, string> {
  return Object.fromEntries(Object.entries(scheme).map(([name, value]) => [colourVariable(name as ColourName), value]));
}
