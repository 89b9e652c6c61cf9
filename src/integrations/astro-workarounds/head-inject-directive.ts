/**
 * Vite plugin: removes the `"use astro:head-inject";` directive that Astro 7 writes at the top of
 * the module it generates for every MDX content entry (`….mdx?astroPropagatedAssets`). Nothing
 * reads that directive any more (head propagation goes by the module id), but Rolldown warns
 * about every module-level directive it cannot keep: one MODULE_LEVEL_DIRECTIVE warning with a
 * code frame per MDX page (1,014 at 1,000 bench pages; Starlight prints them too). Upstream:
 * https://github.com/withastro/astro/issues/18087 — remove this plugin when Astro drops the line.
 */
import type { Plugin } from 'vite';

const DIRECTIVE = '"use astro:head-inject";';

export function dropHeadInjectDirective(): Plugin {
  return {
    name: 'drop-head-inject-directive',
    enforce: 'post',
    transform: {
      filter: { id: /[?&]astroPropagatedAssets\b/ },
      handler(code) {
        const at = code.indexOf(DIRECTIVE);
        // Only the generated prologue: the directive is the first statement of Astro's module.
        if (at === -1 || code.slice(0, at).trim() !== '') return undefined;
        return { code: code.slice(0, at) + code.slice(at + DIRECTIVE.length), map: null };
      },
    },
  };
}
