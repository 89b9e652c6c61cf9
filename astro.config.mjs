// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { site } from './src/lib/site.ts';
import contentGuard from './src/integrations/content-check/index.ts';
import searchIndex from './src/integrations/search/index.ts';
import epubEdition from './src/integrations/epub/index.ts';
import { markdownProcessor } from './src/integrations/markdown/index.ts';
import { inSitemap } from './src/lib/sitemap.ts';
import { allRedirects } from './src/lib/redirects.ts';
import { absoluteUrl, routes, withBase } from './src/lib/urls.ts';
import { ContentCheckError, readCollection } from './src/lib/content/read.ts';
import { CSP_DIRECTIVES, CSP_SCRIPT_SOURCES, CSP_STYLE_SOURCES } from './src/integrations/host-config/security.ts';
import hostConfig from './src/integrations/host-config/index.ts';
import offlineCopy from './src/integrations/offline/index.ts';
import { buildId } from './src/lib/build-info.ts';
import previewImages from './src/integrations/preview-images/index.ts';
import { dropHeadInjectDirective } from './src/integrations/astro-workarounds/head-inject-directive.ts';
import { loadTailwind } from './src/integrations/astro-workarounds/tailwind-resolve-hook.ts';

// Tailwind's Vite plugin, and a plugin that removes the module hook it registers once the CSS is built (see the file).
const { tailwindcss, dropTailwindResolveHook } = await loadTailwind();

// Redirects are derived from the theme files (number → slug), read and validated once here. When
// a theme file is invalid, the content check (contentGuard) stops the build with every problem.
const redirects = (() => {
  try {
    return allRedirects(readCollection(process.cwd(), 'themes').map((entry) => entry.data));
  } catch (error) {
    if (error instanceof ContentCheckError) return allRedirects([]);
    throw error;
  }
})();

const hosting = hostConfig({ basePath: site.basePath, redirects, lang: site.lang });
const search = searchIndex();

export default defineConfig({
  site: site.siteUrl,
  base: site.basePath,
  trailingSlash: 'always',
  // concurrency: pages are rendered four at a time, so one page's file writes and hashing overlap another's rendering (docs/performance.md).
  build: { format: 'directory', concurrency: 4 },
  // After the pages are written, in this order: the EPUB (it writes the book's size into pages the
  // search indexes); Pagefind reads the pages (search.pages) and, while it writes the index, the pages
  // are made ready for the hosts (the <meta> policy it does not index; before the offline copy, which
  // hashes them) and the sitemap is written; the index's files and the search help (search.files); the
  // offline copy; last, the host files, from the finished output.
  integrations: [contentGuard(), mdx({ optimize: true }), previewImages({ siteName: site.name, shortName: site.shortName, homeUrl: absoluteUrl(routes.home) }), epubEdition(), search.pages, hosting.pages, sitemap({ filter: inSitemap }), search.files, offlineCopy(), hosting.files],
  // Astro takes the source without the base path but writes the destination as given: add it.
  redirects: Object.fromEntries(redirects.map((r) => [r.from, withBase(r.to, site.basePath)])),
  // Sätteri with the site's hast plugins: hand-set heading ids and their links, internal links, quote speakers.
  markdown: { syntaxHighlight: false, processor: markdownProcessor() },
  // dropHeadInjectDirective: one Rolldown warning per MDX page otherwise (an Astro bug; see the file).
  // BUILD_ID: Pagefind's metaCacheTag in the search code (src/shared/search.ts).
  vite: { plugins: [tailwindcss(), dropTailwindResolveHook(), dropHeadInjectDirective()], define: { 'import.meta.env.BUILD_ID': JSON.stringify(buildId) } },
  devToolbar: { enabled: false },
  // Content-Security-Policy: Astro hashes any inline script or style and writes the policy into
  // each page's <meta>; host-config sends it as a header too. The sources are in src/integrations/host-config/security.ts.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [...CSP_DIRECTIVES],
      scriptDirective: { resources: [...CSP_SCRIPT_SOURCES] },
      styleDirective: { resources: [...CSP_STYLE_SOURCES] },
    },
  },
});
