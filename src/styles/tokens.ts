/**
 * The design tokens: the site's one palette and type stack. The stylesheet gets them as CSS
 * variables through the Tailwind plugin beside this file (palette.ts), and TypeScript imports
 * them directly: the embed card, the preview images and <meta name="theme-color">.
 * One palette designed for both schemes (not inverted); every text pair meets WCAG AA.
 */

/** The light scheme, and the default of every colour. */
const light = {
  page: '#ffffff',
  panel: '#f3f5f8',
  ink: '#1b1f24',
  muted: '#4a5562',
  rule: '#c9d1da',
  accent: '#1d4f91',
  'accent-ink': '#ffffff',
  /** GOV.UK-style focus: a yellow block with a dark edge shows on any background. */
  focus: '#ffdd00',
  'focus-ink': '#0b0c0c',
} as const;

export type ColourName = keyof typeof light;
export type Scheme = Partial<Record<ColourName, string>>;

export const palette = {
  light,
  /** The colours that change in the dark scheme; the focus pair stays. */
  dark: {
    page: '#15181d',
    panel: '#1f242b',
    ink: '#e8ebef',
    muted: '#b3bcc7',
    rule: '#3b444f',
    accent: '#8cb8f2',
    'accent-ink': '#0d1117',
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
export const previewSoft = '#dce7f5';

/** The system's own UI font: no web font to download. */
export const fontStack = 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif';

/** The CSS variable of a colour ("--color-ink") and of the type stack. */
export const colourVariable = (name: ColourName) => `--color-${name}`;
export const FONT_VARIABLE = '--font-body';

/** A scheme as CSS custom properties. */
export function schemeVariables(scheme: Scheme): Record<string, string> {
  return Object.fromEntries(Object.entries(scheme).map(([name, value]) => [colourVariable(name as ColourName), value]));
}
