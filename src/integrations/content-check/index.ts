/**
 * Astro integration: validates all content before the build (and dev server) starts.
 * Astro's own schema checks run per entry; this adds the whole-set rules (exactly ten
 * themes, unique numbers, relations, statements as in facts.md) and stops at once.
 */
import type { AstroIntegration } from 'astro';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCAL_SITE_URL, site, usesLocalSiteUrl } from '../../lib/site.ts';
import { componentNamesFrom } from './mdx-check.ts';
import { ContentCheckError, formatProblems, type ContentProblem, readCheckedFactsMarkdown, readRawContent, strayFileProblems } from '../../lib/content/read.ts';
import { parseCheckedStatements, validateContent } from './validate-content.ts';

/** Every problem in the content under `root`. Throws ContentCheckError for a file that cannot be read at all (encoding, YAML). */
export function contentProblems(root: string): ContentProblem[] {
  // MDX syntax, components, images and the allowlist are checked too, with file lines (Astro's own errors point at compiled code).
  const components = componentNamesFrom(readFileSync(join(root, 'src/components/mdx/index.ts'), 'utf8'));
  const exists = (path: string) => existsSync(join(root, path));
  return [...strayFileProblems(root), ...validateContent(readRawContent(root), parseCheckedStatements(readCheckedFactsMarkdown(root)), { components, exists })];
}

export function checkContent(root: string): void {
  const problems = contentProblems(root);
  if (problems.length) throw new ContentCheckError(formatProblems(problems));
}

export default function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        checkContent(fileURLToPath(config.root));
        logger.info('content check passed');
        // Once per command a reader runs (build, dev), not again from the type check or the test runner.
        if (usesLocalSiteUrl() && (command === 'build' || command === 'dev') && !process.env['VITEST']) {
          logger.warn(`SITE_URL is not set: links in canonicals, the sitemap and robots.txt use ${LOCAL_SITE_URL}. Fine for a local build; set SITE_URL (and PUBLISH=1) to publish.`);
        }
        if (!site.contactUrl) {
          logger.warn('SITE_CONTACT_URL is not set: the accessibility statement will say the contact is set by whoever publishes the site.');
        }
      },
    },
  };
}
