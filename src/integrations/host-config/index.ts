/**
 * Astro integration: after the build, prepares the pages for the hosts (preparePages) and writes
 * the static-host and nginx configuration into the output folder (_headers, _redirects,
 * _nginx/site.conf; see src/integrations/host-config/host-files.ts). The Content-Security-Policy
 * header is read back from the <meta> policy Astro wrote into the pages (with the hashes of the
 * inline code the pages actually contain). Two integrations, listed apart (see the last
 * function). A step that changes the output after Astro has finished (a search indexer run on its
 * own, say) should call writeHostFiles() again.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicyFromCode, headersFile, nginxHttpConf, nginxSiteConf, pageCode, redirectsFile, withPagePolicy } from './host-files.ts';
import { validRedirectPage } from './redirect-pages.ts';
import { ERROR_PAGE, errorPageFrom404 } from './error-page.ts';
import { outputPages } from '../output-files.ts';
import { PAGES } from '../../lib/pages.ts';
import type { Redirect } from '../../lib/redirects.ts';

export interface HostConfigOptions {
  basePath: string;
  redirects: Redirect[];
  /** The site's language, for the redirect pages Astro writes without one. */
  lang?: string;
}

/**
 * Makes the built pages ready for the hosts, and returns the policy they share: the error page
 * from the 404 page, Astro's short-link pages made valid, and every page's <meta> policy made
 * exactly the header's.
 */
export function preparePages(outDir: string, options: HostConfigOptions): string {
  // The page for errors the web server makes itself (400, 414, 5xx), from the 404 page.
  writeFileSync(join(outDir, ERROR_PAGE), errorPageFrom404(readFileSync(join(outDir, '404.html'), 'utf8'), PAGES.notFound.title));
  // Each page is read and parsed once. Its text is kept for the rewrite below (13 MB at 1,000
  // pages, after the build's memory has peaked): reading every page a second time took longer.
  const pages = outputPages(outDir).map((file) => {
    // (A second run, after a step that changed the output, reads the policies this one wrote.)
    const read = readFileSync(join(outDir, file), 'utf8');
    // Astro's short-link pages, made valid HTML (redirect-pages.ts).
    const fixed = validRedirectPage(read, options.lang ?? 'en');
    if (fixed !== undefined) writeFileSync(join(outDir, file), fixed);
    const html = fixed ?? read;
    return { file, html, code: pageCode(html) };
  });
  const pagePolicy = headerPolicyFromCode(pages);
  // The <meta> policy, the only one on hosts without headers, becomes exactly the header's.
  for (const page of pages) {
    if (page.code.policy === undefined || page.code.policy === pagePolicy) continue;
    const updated = withPagePolicy(page.html, pagePolicy, page.code.policy);
    if (updated !== undefined && updated !== page.html) writeFileSync(join(outDir, page.file), updated);
  }
  return pagePolicy;
}

/** Writes _headers, _redirects and _nginx/ for the site in outDir, whose pages share `pagePolicy` (preparePages). */
function writeConfigFiles(outDir: string, options: HostConfigOptions, pagePolicy: string): void {
  const topLevel = readdirSync(outDir, { withFileTypes: true }).map((entry) => ({ name: entry.name, directory: entry.isDirectory() }));
  let pagefindFiles: string[] = [];
  try {
    pagefindFiles = readdirSync(join(outDir, 'pagefind'), { withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    // No search index in this build (yet).
  }
  const input = { basePath: options.basePath, pagePolicy, topLevel, pagefindFiles, redirects: options.redirects };
  writeFileSync(join(outDir, '_headers'), headersFile(input));
  writeFileSync(join(outDir, '_redirects'), redirectsFile(options.redirects, options.basePath));
  mkdirSync(join(outDir, '_nginx'), { recursive: true });
  writeFileSync(join(outDir, '_nginx', 'site.conf'), nginxSiteConf(input));
  writeFileSync(join(outDir, '_nginx', 'http.conf'), nginxHttpConf(input));
}

/** Prepares the pages and writes _headers, _redirects and _nginx/ for the finished site in outDir. */
export function writeHostFiles(outDir: string, options: HostConfigOptions): void {
  writeConfigFiles(outDir, options, preparePages(outDir, options));
}

/**
 * The integration, in two parts. `pages` prepares the pages (preparePages): list it before the
 * offline copy, which hashes the pages as they are published. It changes nothing the search
 * indexes (the <meta> policy, Astro's short-link pages, the error page), so it may run while
 * Pagefind writes the index (src/integrations/search/index.ts). `files` writes the host files:
 * list it last, so it sees the output of every integration before it (the search index's files,
 * the service worker).
 */
export default function hostConfig(options: HostConfigOptions): { pages: AstroIntegration; files: AstroIntegration } {
  let pagePolicy: string | undefined;
  return {
    pages: {
      name: 'host-config:pages',
      hooks: {
        'astro:build:done': ({ dir }) => {
          pagePolicy = preparePages(fileURLToPath(dir), options);
        },
      },
    },
    files: {
      name: 'host-config',
      hooks: {
        'astro:build:done': ({ dir, logger }) => {
          const outDir = fileURLToPath(dir);
          writeConfigFiles(outDir, options, pagePolicy ?? preparePages(outDir, options));
          pagePolicy = undefined;
          logger.info('wrote error.html, _headers, _redirects and _nginx/{http,site}.conf');
        },
      },
    },
  };
}
