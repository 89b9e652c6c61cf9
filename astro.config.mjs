// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/lib/site.ts';
import contentGuard from './src/integrations/content-guard.ts';
import searchIndex from './src/integrations/search-index.ts';
import { remarkHeadingIds } from './src/lib/remark-heading-ids.ts';
import { rehypeInternalLinks } from './src/lib/rehype-internal-links.ts';
import { allRedirects } from './src/lib/redirects.ts';
import { readContent } from './src/lib/read-content.ts';

// Redirects are derived from the theme files (number → slug), read once here.
const themes = readContent(process.cwd()).themes.map((entry) => entry.data);

export default defineConfig({
  site: site.siteUrl,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx(), searchIndex()],
  redirects: Object.fromEntries(allRedirects(/** @type {{number: number, slug: string}[]} */ (themes)).map((r) => [r.from, r.to])),
  // Unified (remark/rehype) rather than the default Sätteri processor, for the hand-set heading ids.
  // SmartyPants is off: quotations are copied character for character, straight quotes included.
  markdown: {
    processor: unified({
      remarkPlugins: [remarkHeadingIds],
      rehypePlugins: [rehypeInternalLinks],
      smartypants: false,
    }),
  },
  vite: { plugins: [tailwindcss()] },
  devToolbar: { enabled: false },
});
