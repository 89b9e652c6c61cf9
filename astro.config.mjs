// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { unified } from '@astrojs/markdown-remark';
import tailwindcss from '@tailwindcss/vite';
import { site } from './src/lib/site.ts';
import contentGuard from './src/integrations/content-guard.ts';
import { remarkHeadingIds } from './src/lib/remark-heading-ids.ts';
import { rehypeInternalLinks } from './src/lib/rehype-internal-links.ts';

export default defineConfig({
  site: site.siteUrl,
  base: site.basePath,
  trailingSlash: 'always',
  build: { format: 'directory' },
  integrations: [contentGuard(), mdx()],
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
