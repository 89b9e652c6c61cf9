// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/lib/site.ts';
import contentGuard from './src/integrations/content-guard.ts';
import { remarkHeadingIds } from './src/lib/remark-heading-ids.ts';
import { rehypeInternalLinks } from './src/lib/rehype-internal-links.ts';
import { rehypeHeadingLinks } from './src/lib/rehype-heading-links.ts';
import { inSitemap } from './src/lib/sitemap.ts';
import { allRedirects } from './src/lib/redirects.ts';
import { readContent } from './src/lib/read-content.ts';

/**
 * No modulepreload helper in the browser bundle. Vite wraps every dynamic import() in a 1.6 KB
 * helper that preloads the imported chunk's dependencies and CSS; that alone would break the
 * 2 KB budget of the one bootstrap script (src/scripts/enhance.ts). The feature modules it
 * imports have no CSS, and preloading is switched off (Astro sets build.modulePreload itself,
 * so it is switched off per environment), so the helper is replaced by a plain call.
 * @returns {import('vite').Plugin}
 */
function noModulePreload() {
  const helper = '\0vite/preload-helper.js';
  return {
    name: 'no-module-preload',
    enforce: 'pre',
    configEnvironment(name) {
      return name === 'client' ? { build: { modulePreload: false } } : undefined;
    },
    resolveId(id) {
      return id === helper ? helper : undefined;
    },
    load(id) {
      return id === helper ? 'export const __vitePreload = (load) => load();' : undefined;
    },
  };
}

// Redirects are derived from the theme files (number → slug), read once here.
const themes = readContent(process.cwd()).themes.map((entry) => entry.data);

export default defineConfig({
  site: site.siteUrl,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx(), sitemap({ filter: inSitemap })],
  redirects: Object.fromEntries(allRedirects(/** @type {{number: number, slug: string}[]} */ (themes)).map((r) => [r.from, r.to])),
  // Unified (remark/rehype) rather than the default Sätteri processor, for the hand-set heading ids.
  // SmartyPants is off: quotations are copied character for character, straight quotes included.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkHeadingIds],
      rehypePlugins: [rehypeInternalLinks, rehypeHeadingLinks],
      smartypants: false,
    }),
  },
  vite: { plugins: [tailwindcss(), noModulePreload()] },
  devToolbar: { enabled: false },
});
