/**
 * A Tailwind plugin that turns the tokens (tokens.ts) into the stylesheet's CSS variables, one
 * block per scheme, and registers each colour for the utilities (bg-page, text-muted, …).
 * Loaded by global.css with @plugin, so no colour is written in CSS.
 */
import plugin from 'tailwindcss/plugin';
import { FONT_VARIABLE, colourVariable, fontStack, palette, schemeVariables, type ColourName } from './tokens.ts';

const names = Object.keys(palette.light) as ColourName[];

export default plugin(
  ({ addBase }) => {
    addBase({
      ':root': { [FONT_VARIABLE]: fontStack, ...schemeVariables(palette.light) },
      '@media (prefers-color-scheme: dark)': { ':root': schemeVariables(palette.dark) },
      '@media print': { ':root': schemeVariables(palette.print) },
    });
  },
  { theme: { extend: { colors: Object.fromEntries(names.map((name) => [name, `var(${colourVariable(name)})`])) } } },
);
