/**
 * A Tailwind plugin that turns the tokens (tokens.ts) into the stylesheet's CSS variables, one
 * block per scheme, and registers each colour for the utilities (bg-page, text-muted, …).
 * Loaded by global.css with @plugin, so no colour is written in CSS. The site follows the
 * reader's system scheme; the embed card (`@plugin "./palette.ts" { dark: class; }`) is light
 * unless its page has class="dark", because it follows the blog it sits in.
 */
import plugin from 'tailwindcss/plugin';
import { FONT_VARIABLE, colourVariable, fontStack, palette, schemeVariables, type ColourName } from './tokens.ts';

const names = Object.keys(palette.light) as ColourName[];

export default plugin.withOptions<{ dark?: 'media' | 'class' }>(
  (options = {}) =>
    ({ addBase }) => {
      const dark = schemeVariables(palette.dark);
      addBase({
        ':root': { [FONT_VARIABLE]: fontStack, ...schemeVariables(palette.light) },
        ...(options.dark === 'class' ? { ':root.dark': dark } : { '@media (prefers-color-scheme: dark)': { ':root': dark } }),
        '@media print': { ':root': schemeVariables(palette.print) },
      });
    },
  () => ({ theme: { extend: { colors: Object.fromEntries(names.map((name) => [name, `var(${colourVariable(name)})`])) } } }),
);
