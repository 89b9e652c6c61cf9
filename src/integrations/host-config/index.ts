/**
 * Astro integration: after the build, writes the static-host and nginx configuration into the
 * output folder (_headers, _redirects, _nginx/site.conf; see src/integrations/host-config/host-files.ts). The
 * Content-Security-Policy header is read back from the <meta> policy Astro wrote into the pages
 * (with the hashes of the inline code the pages actually contain). Keep it last in the
 * integrations list, so it sees the output of any integration before it (the search index, for
 * one). A step that changes the output after Astro has finished (a search indexer run on its
 * own, say) should call writeHostFiles() again.
 */
import type { AstroIntegration } from 'astro';
import { mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { headerPolicyFromPages, headersFile, nginxSiteConf, redirectsFile } from './host-files.ts';
import type { Redirect } from '../../lib/redirects.ts';

function htmlFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) files.push(...htmlFiles(path));
    else if (name.endsWith('.html')) files.push(path);
  }
  return files;
}

export interface HostConfigOptions {
  basePath: string;
  redirects: Redirect[];
}

/** Writes _headers, _redirects and _nginx/site.conf for the finished site in outDir. */
export function writeHostFiles(outDir: string, options: HostConfigOptions): void {
  const pagePolicy = headerPolicyFromPages(htmlFiles(outDir).map((file) => ({ file: relative(outDir, file), html: readFileSync(file, 'utf8') })));
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
}

export default function hostConfig(options: HostConfigOptions): AstroIntegration {
  return {
    name: 'host-config',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        writeHostFiles(fileURLToPath(dir), options);
        logger.info('wrote _headers, _redirects and _nginx/site.conf');
      },
    },
  };
}
